import { describe, expect, it } from 'vitest';
import { formatFinding, summarise, validateContent, type ContentFile } from '~/lib/authoring/validate';
import { PNG } from '../../../helpers/images';

const NOW = new Date('2026-12-01T09:00:00+01:00');
const TZ = 'Europe/Amsterdam';

const base: ContentFile[] = [
  {
    rel: 'companies/acme.yaml',
    text: 'name: Acme\nboilerplate:\n  nl: ["Acme maakt dingen."]\n  en: ["Acme makes things."]\n',
  },
  { rel: 'people/ann.yaml', text: 'name: Ann Example\ncompany: acme\nemail: ann@acme.example\n' },
  { rel: 'topics.yaml', text: '- { id: energy, label: { nl: Energie, en: Energy } }\n' },
];

const release = (fields: string, body = 'Acme groeit met 12 procent.') => `---
title: 'Acme groeit'
date: 2023-03-01T09:00:00+01:00
location: Utrecht
company: acme
${fields}---

${body}
`;

function validate(extra: ContentFile[], options: { strict?: boolean; images?: string[] } = {}) {
  return validateContent([...base, ...extra], {
    dir: 'content',
    now: NOW,
    timeZone: TZ,
    strict: options.strict ?? false,
    readFile: (path) => ((options.images ?? []).includes(path) ? PNG : undefined),
  });
}

const brief = (findings: ReturnType<typeof validate>) =>
  findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.field}`);

describe('validateContent', () => {
  it('passes good content', () => {
    expect(validate([{ rel: 'releases/nl/2023/groei.md', text: release('') }])).toEqual([]);
  });

  it('reports every problem at once, each on the line of its field', () => {
    const findings = validate([
      {
        rel: 'releases/nl/2023/groei.md',
        text: release('keyFigures:\n  - { id: g, value: 12, unit: percentage, label: groei }\n'),
      },
      { rel: 'releases/nl/2023/kapot.md', text: "---\ntitle: 'Kapot\n---\n" },
      {
        rel: 'releases/nl/2023/onbekend.md',
        text: release('topics: [energy, klimaat]\n').replace('acme', 'acne'),
      },
    ]);
    expect(brief(findings)).toEqual([
      'content/releases/nl/2023/groei.md:7:31 error key figure 1 (id "g"), unit',
      'content/releases/nl/2023/kapot.md:3:1 error (yaml)',
      'content/releases/nl/2023/onbekend.md:5:10 error company',
      'content/releases/nl/2023/onbekend.md:6:18 error topic 2',
    ]);
    expect(findings[0]!.message).toContain('expected a unit from the closed list');
    expect(findings[2]!.message).toBe('unknown company "acne"; expected one of: acme');
  });

  it('names a missing required field plainly', () => {
    const [finding] = validate([
      { rel: 'releases/nl/2023/groei.md', text: release('').replace('location: Utrecht\n', '') },
    ]);
    expect(finding).toMatchObject({
      field: 'location',
      line: 1,
      message: 'missing: this field is required (expected string)',
    });
  });

  it('checks images: the file must exist next to the release, and have alt text', () => {
    const images = (alt: string) =>
      `images:\n  - { src: ../../../images/foto.jpg${alt} }\n  - { src: ../../../images/weg.jpg, alt: Weg }\n`;
    const findings = validate([{ rel: 'releases/nl/2023/groei.md', text: release(images('')) }], {
      images: ['images/foto.jpg'],
    });
    expect(findings.map((f) => [f.field, f.line])).toEqual([
      ['image 1, alt', 7],
      ['image 2, src', 8],
    ]);
    expect(findings[1]!.message).toBe(
      'image not found: "../../../images/weg.jpg" (looked for content/images/weg.jpg); expected a path relative to the release file',
    );
  });

  it('validates drafts and embargoed releases too', () => {
    const findings = validate([
      {
        rel: 'releases/nl/2023/concept.md',
        text: release('draft: true\ncompany: [acme, nope]\n').replace('company: acme\n', ''),
      },
    ]);
    expect(brief(findings)).toEqual(['content/releases/nl/2023/concept.md:6:17 error company 2']);
  });

  it('finds two files with one URL, unknown language folders and misplaced files', () => {
    const findings = validate([
      { rel: 'releases/nl/2023/groei.md', text: release('') },
      { rel: 'releases/nl/2023/groei.mdx', text: release('translationKey: other\n') },
      { rel: 'releases/es/2023/crece.md', text: release('') },
      { rel: 'releases/nl/groei.md', text: release('') },
    ]);
    expect(findings.map((f) => `${f.file} ${f.message}`)).toEqual([
      'content/releases/es/2023/crece.md unknown language folder "es"; expected one of: nl, en, de, fr',
      'content/releases/nl/2023/groei.mdx has the same URL as content/releases/nl/2023/groei.md; expected one file per slug (rename one)',
      'content/releases/nl/groei.md not built: expected releases/<lang>/<yyyy>/<slug>.md (a language folder, then a year folder)',
    ]);
  });

  it('warns about a future date without an embargo and unknown fields; a TODO in a release that would be public is an error', () => {
    const findings = validate([
      {
        rel: 'releases/nl/2027/later.md',
        text: release('subtilte: Later\n', 'TODO tekst.').replace('2023-03-01', '2027-01-05'),
      },
    ]);
    expect(brief(findings)).toEqual([
      'content/releases/nl/2027/later.md:3:7 warning date',
      'content/releases/nl/2027/later.md:6:11 warning subtilte',
      'content/releases/nl/2027/later.md:9:1 error (text)',
    ]);
  });

  it('turns unmentioned key figures into errors when strict', () => {
    const text = release('keyFigures:\n  - { id: g, value: 40, unit: percent, label: groei }\n');
    const files = [{ rel: 'releases/nl/2023/groei.md', text }];
    expect(validate(files).map((f) => f.severity)).toEqual(['warning']);
    expect(validate(files, { strict: true }).map((f) => `${f.severity} ${f.field} ${f.line}`)).toEqual([
      'error key figure 1 (id "g"), value 7',
    ]);
  });

  it('reports data files by line, without repeating a broken file’s problems', () => {
    const findings = validateContent(
      [
        { rel: 'companies/acme.yaml', text: 'name: Acme\nwebsite: not-a-url\n' },
        base[1]!,
        {
          rel: 'topics.yaml',
          text: '- { id: energy, label: { nl: Energie } }\n- { id: energy, label: { nl: Stroom } }\n',
        },
        { rel: 'releases/nl/2023/groei.md', text: release('') },
      ],
      { dir: 'content', now: NOW, timeZone: TZ, readFile: () => PNG },
    );
    expect(brief(findings)).toEqual([
      'content/companies/acme.yaml:2:10 error website',
      'content/topics.yaml:2:9 error topic 2 (id "energy"), id',
    ]);
  });
});

describe('output', () => {
  it('prints path:line:column, severity, field and message, then a count', () => {
    const findings = validate([
      { rel: 'releases/nl/2023/groei.md', text: release('').replace('company: acme', 'company: x') },
    ]);
    expect(formatFinding(findings[0]!)).toBe(
      'content/releases/nl/2023/groei.md:5:10: error: company: unknown company "x"; expected one of: acme',
    );
    expect(summarise(findings)).toBe('1 error, 0 warnings');
    expect(summarise([])).toBe('no problems');
  });
});
