/**
 * The text of new release files: a complete skeleton for `npm run new`, and a translation
 * skeleton that carries over everything that must stay the same across languages.
 * Both are drafts that validate and build as they are.
 */
import { dirname, join, relative } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { splitFrontMatter } from '~/lib/authoring/front-matter';
import { frontMatterText, type Field } from '~/lib/authoring/release-writer';
import type { Lang } from '~/i18n/locales';
import { qualifiers, units } from '~/lib/units';

/** What a new release needs to start with. */
export interface NewRelease {
  lang: Lang;
  company: string;
  title: string;
  location: string;
  /** Date-time with offset, e.g. from isoWithOffset. */
  date: string;
  translationKey: string;
  /** Topic ids to list in the comment, so authors need not look them up. */
  topicIds?: readonly string[];
  /** Person ids of the company's press contacts, listed in the comment. */
  contactIds?: readonly string[];
}

/** Placeholder body text per language: the shape of a release, to be overwritten. */
const SKELETON: Record<Lang, { intro: string; more: string; heading: string; section: string }> = {
  nl: {
    intro: 'TODO openingsalinea: het nieuws in twee of drie zinnen (wie, wat, wanneer, waar, waarom).',
    more: 'TODO tweede alinea: achtergrond en details. Noem hier de cijfers uit "keyFigures".',
    heading: 'TODO tussenkop',
    section: 'TODO alinea onder de tussenkop.',
  },
  en: {
    intro: 'TODO opening paragraph: the news in two or three sentences (who, what, when, where, why).',
    more: 'TODO second paragraph: background and details. Mention the numbers from "keyFigures" here.',
    heading: 'TODO sub-heading',
    section: 'TODO paragraph under the sub-heading.',
  },
  de: {
    intro: 'TODO Einstiegsabsatz: die Nachricht in zwei oder drei Sätzen (wer, was, wann, wo, warum).',
    more: 'TODO zweiter Absatz: Hintergrund und Details. Nennen Sie hier die Zahlen aus "keyFigures".',
    heading: 'TODO Zwischenüberschrift',
    section: 'TODO Absatz unter der Zwischenüberschrift.',
  },
  fr: {
    intro:
      'TODO paragraphe d’ouverture : la nouvelle en deux ou trois phrases (qui, quoi, quand, où, pourquoi).',
    more: 'TODO deuxième paragraphe : contexte et détails. Citez ici les chiffres de « keyFigures ».',
    heading: 'TODO intertitre',
    section: 'TODO paragraphe sous l’intertitre.',
  },
};

/** The file text of a new draft release, every field present (optional ones commented out). */
export function newReleaseText(release: NewRelease): string {
  const skeleton = SKELETON[release.lang];
  const ids = (list: readonly string[] | undefined, fallback: string) =>
    list && list.length > 0 ? list.join(', ') : fallback;
  const fields: Field[] = [
    { key: 'title', value: release.title, comment: 'The headline.' },
    {
      example: 'subtitle',
      value: '',
      comment: 'Optional: the subheadline, one sentence under the headline.',
    },
    {
      example: 'highlights',
      value: [''],
      comment: 'Optional: short teaser lines, shown as the "+++" highlights at the top.',
    },
    {
      key: 'date',
      value: release.date,
      comment: 'Publication date-time with offset; the release stays off the site until then.',
    },
    { key: 'location', value: release.location, comment: 'The dateline city.' },
    {
      key: 'company',
      value: release.company,
      comment: 'Issuing company id from content/companies/ (a list like [a, b] for a joint release).',
    },
    {
      key: 'translationKey',
      value: release.translationKey,
      comment: 'The same value on every language version of this release; leave it as it is.',
    },
    {
      example: 'topics',
      value: [],
      comment: `Optional: topic ids from content/topics.yaml (${ids(release.topicIds, 'none yet')}).`,
    },
    {
      example: 'keyFigures',
      value: [
        {
          id: 'figure-id',
          value: 70,
          unit: 'percent',
          qualifier: 'about',
          label: 'words after the number',
          evidence: 'evidence-id',
          target: 'target-id',
        },
      ],
      comment: 'Optional: the figures the release is about; each number must also appear in the text.',
      notes: [
        [[0, 'unit'], units.join(', ')],
        [[0, 'qualifier'], qualifiers.join(', ')],
        [
          [0, 'evidence'],
          'from content/evidence/: what the figure rests on (figures about emissions, energy, materials)',
        ],
        [[0, 'target'], 'from content/targets/: when the figure reports progress on a target'],
      ],
    },
    {
      example: 'evidence',
      value: [],
      comment: "Optional: evidence ids from content/evidence/ behind the release's environmental claims.",
    },
    {
      example: 'targets',
      value: [],
      comment:
        'Optional: target ids from content/targets/; every claim about future environmental performance needs one.',
    },
    {
      example: 'claimExceptions',
      value: [{ phrase: '', reason: '' }],
      comment:
        'Optional: words that look like an environmental claim but are none (a place, a name), each with the reason.',
    },
    {
      example: 'contacts',
      value: [],
      comment: `Optional: person ids of the press contacts in content/people/ (${ids(release.contactIds, 'none yet')}).`,
    },
    {
      example: 'quotes',
      value: [{ id: 'quote-id', person: 'person-id', text: '' }],
      comment: 'Optional: quotes; the person id from content/people/, the words without quotation marks.',
    },
    {
      example: 'images',
      value: [{ src: '../../../images/file.jpg', alt: '', caption: '', credit: '' }],
      comment:
        'Optional: images; src relative to this file, alt describes the image for readers who cannot see it.',
    },
    {
      key: 'draft',
      value: true,
      comment: 'true keeps the release off the public site; set it to false when the release is ready.',
    },
    {
      example: 'embargo',
      value: release.date,
      comment: 'Optional: the date-time before which the release must not be public.',
    },
    {
      example: 'updated',
      value: { date: release.date, note: '' },
      comment: 'Optional, after publication: a correction notice.',
    },
  ];
  return `${frontMatterText(fields)}
${skeleton.intro}

${skeleton.more}

## ${skeleton.heading}

${skeleton.section}
`;
}

/** Marks source text that still has to be translated. */
export const TRANSLATE = 'TODO translate: ';

/** Front-matter fields whose words are translated; everything else is kept as it is. */
const TRANSLATED_FIELDS: readonly (readonly (string | number)[])[] = [
  ['title'],
  ['subtitle'],
  ['updated', 'note'],
];
const TRANSLATED_ITEM_FIELDS = [
  ['highlights', []],
  ['keyFigures', ['label', 'baseline']],
  ['quotes', ['text']],
  ['images', ['alt', 'caption']],
  // The words of the translation differ: the translator writes them anew (and a stale phrase warns).
  ['claimExceptions', ['phrase', 'reason']],
] as const;

/**
 * The text of a translation of `source` (a release file's text) into `lang`: same translationKey,
 * companies, topics, figures and images; words prefixed with "TODO translate: "; the source body
 * quoted as a guide. `sourcePath` and `targetPath` (release files) re-anchor relative image paths.
 */
export function translationText(
  source: string,
  options: { sourcePath: string; targetPath: string; translationKey: string; title?: string | undefined },
): string {
  const split = splitFrontMatter(source);
  if (split.yaml === undefined) throw new Error(`${options.sourcePath}: expected front-matter at the top`);
  // No timestamp tag: dates are copied exactly as written.
  const doc = parseDocument(split.yaml);
  if (doc.errors.length > 0) {
    throw new Error(`${options.sourcePath}: YAML syntax error: ${doc.errors[0]!.message.split('\n')[0]}`);
  }
  const mark = (path: readonly (string | number)[]) => {
    const node = doc.getIn(path, true);
    if (isScalar(node) && typeof node.value === 'string' && !node.value.startsWith(TRANSLATE)) {
      node.value = `${TRANSLATE}${node.value}`;
    }
  };
  for (const path of TRANSLATED_FIELDS) mark(path);
  if (options.title) doc.setIn(['title'], options.title);
  for (const [field, keys] of TRANSLATED_ITEM_FIELDS) {
    const items = doc.get(field, true);
    if (!isSeq(items)) continue;
    items.items.forEach((item, i) => {
      if (keys.length === 0) mark([field, i]);
      else if (isMap(item)) for (const key of keys) mark([field, i, key]);
    });
  }
  const images = doc.get('images', true);
  if (isSeq(images)) {
    images.items.forEach((_, i) => {
      const src = doc.getIn(['images', i, 'src'], true);
      if (isScalar(src) && typeof src.value === 'string') {
        const absolute = join(dirname(options.sourcePath), src.value);
        src.value = relative(dirname(options.targetPath), absolute).split('\\').join('/');
      }
    });
  }
  doc.set('translationKey', options.translationKey);
  doc.set('draft', true);
  const yaml = doc.toString({ lineWidth: 0 });

  // MDX imports must stay code, not quoted text, or the components in the guide would be undefined.
  const lines = split.body
    .replace(/^\s*\n/, '')
    .replace(/\s+$/, '')
    .split('\n');
  const imports: string[] = [];
  while (lines.length > 0 && /^(import|export)\s/.test(lines[0]!)) imports.push(lines.shift()!);
  const guide = lines.map((line) => (line.trim() === '' ? '>' : `> ${line}`)).join('\n');
  return `---\n${yaml}---\n${imports.length > 0 ? `\n${imports.join('\n')}\n` : ''}
${TRANSLATE}write the translated text here, then delete this line and the quoted source text below.

${guide}
`;
}

/** Adds a translationKey line at the end of a release's front-matter, leaving the rest untouched. */
export function withTranslationKey(source: string, translationKey: string): string {
  const split = splitFrontMatter(source);
  if (split.yaml === undefined) throw new Error('expected front-matter at the top');
  const lines = source.split('\n');
  // The closing `---` is the line just before the body.
  lines.splice(split.bodyLine - 2, 0, `translationKey: ${translationKey}`);
  return lines.join('\n');
}
