import { describe, expect, it } from 'vitest';
import { splitFrontMatter, parseYaml } from '~/lib/authoring/front-matter';
import { newReleaseText, translationText, withTranslationKey } from '~/lib/authoring/release-template';
import { validateContent, type ContentFile } from '~/lib/authoring/validate';
import { PNG } from '../../../helpers/images';

const data: ContentFile[] = [
  {
    rel: 'companies/acme.yaml',
    text: 'name: Acme\nboilerplate:\n  nl: ["Acme maakt dingen."]\n  en: ["Acme makes things."]\n  fr: ["Acme fait des choses."]\n',
  },
  { rel: 'topics.yaml', text: '- { id: energy, label: { nl: Energie } }\n' },
];
const check = (files: ContentFile[]) =>
  validateContent([...data, ...files], {
    dir: 'content',
    now: new Date('2026-12-01T09:00:00+01:00'),
    timeZone: 'Europe/Amsterdam',
    readFile: () => PNG,
  });

const fresh = newReleaseText({
  lang: 'nl',
  company: 'acme',
  title: 'Acme opent "De Fabriek": 40 banen',
  location: 'Utrecht',
  date: '2026-12-01T09:00:00+01:00',
  translationKey: 'acme-opent-de-fabriek-x1y',
  topicIds: ['energy'],
  contactIds: [],
});

describe('newReleaseText', () => {
  it('is a draft that validates as it is', () => {
    expect(check([{ rel: 'releases/nl/2026/acme-opent-de-fabriek.md', text: fresh }])).toEqual([]);
    const raw = parseYaml(splitFrontMatter(fresh).yaml!).doc.toJS();
    expect(raw).toMatchObject({ title: 'Acme opent "De Fabriek": 40 banen', draft: true, company: 'acme' });
  });

  it('lists every optional field, commented, each with a line saying what it is', () => {
    for (const field of [
      'subtitle',
      'highlights',
      'topics',
      'keyFigures',
      'evidence',
      'targets',
      'claimExceptions',
      'contacts',
      'quotes',
      'images',
      'embargo',
      'updated',
    ]) {
      expect(fresh).toMatch(new RegExp(`^# Optional.*\\n(?:#.*\\n)*?# ${field}:`, 'm'));
    }
    expect(fresh).toContain('topic ids from content/topics.yaml (energy)');
  });

  it('has a body skeleton in the release’s language', () => {
    expect(splitFrontMatter(fresh).body).toMatch(
      /^\nTODO openingsalinea.*\n\nTODO tweede alinea.*\n\n## TODO tussenkop\n/,
    );
  });
});

const SOURCE = `---
title: 'Acme groeit'
subtitle: Meer omzet
highlights:
  - 'Ongeveer 12 procent groei'
date: 2023-03-01T09:00:00+01:00
location: Utrecht
company: acme
topics: [energy]
keyFigures:
  - { id: growth, value: 12, unit: percent, qualifier: about, label: 'groei', period: '2022' }
images:
  - { src: ./foto.jpg, alt: 'Een foto', credit: Acme }
---

Acme groeit ongeveer 12 procent.

## Vooruitblik

Meer groei.
`;

describe('translationText', () => {
  const text = translationText(SOURCE, {
    sourcePath: 'content/releases/nl/2023/groei.md',
    targetPath: 'content/releases/fr/2023/croissance.md',
    translationKey: 'acme-groei-abc',
  });
  const raw = parseYaml(splitFrontMatter(text).yaml!).doc.toJS();

  it('keeps what must stay the same and marks the words to translate', () => {
    expect(raw).toMatchObject({
      title: 'TODO translate: Acme groeit',
      subtitle: 'TODO translate: Meer omzet',
      highlights: ['TODO translate: Ongeveer 12 procent groei'],
      company: 'acme',
      topics: ['energy'],
      translationKey: 'acme-groei-abc',
      draft: true,
      keyFigures: [
        {
          id: 'growth',
          value: 12,
          unit: 'percent',
          qualifier: 'about',
          label: 'TODO translate: groei',
          period: '2022',
        },
      ],
      images: [{ src: '../../nl/2023/foto.jpg', alt: 'TODO translate: Een foto', credit: 'Acme' }],
    });
    expect(splitFrontMatter(text).yaml).toContain('date: 2023-03-01T09:00:00+01:00');
  });

  it('quotes the source body as a guide', () => {
    expect(splitFrontMatter(text).body).toContain('> Acme groeit ongeveer 12 procent.\n>\n> ## Vooruitblik');
  });

  it('validates next to its source, figures and all', () => {
    const findings = check([
      { rel: 'releases/nl/2023/groei.md', text: withTranslationKey(SOURCE, 'acme-groei-abc') },
      { rel: 'releases/fr/2023/croissance.md', text },
    ]);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('withTranslationKey', () => {
  it('adds the key as the last front-matter line and changes nothing else', () => {
    const text = withTranslationKey(SOURCE, 'acme-groei-abc');
    expect(text.replace('translationKey: acme-groei-abc\n', '')).toBe(SOURCE);
    expect(text).toContain(
      "  - { src: ./foto.jpg, alt: 'Een foto', credit: Acme }\ntranslationKey: acme-groei-abc\n---\n",
    );
  });
});
