/**
 * The patterns the importer reads by, built once from each language's vocabulary
 * (`locales.<lang>.import`) and from Intl (month names, number separators). Parts of a release
 * (headings over the contacts, the note to editors, a dateline's month) are matched in every
 * language, since a Dutch release may well say "Press contact"; numbers, units and qualifiers
 * are read in the release's own language.
 */
import { langs, locales, type Lang } from '~/i18n/locales';
import type { ImportVocabulary } from '~/i18n/import-vocabulary';
import { dateTimeFormat, numberFormat } from '~/lib/locale/intl';

/** Start and end of a word, for patterns with the `u` flag. */
export const WB = String.raw`(?<![\p{L}\p{N}])`;
export const WE = String.raw`(?![\p{L}\p{N}])`;

/**
 * A regex alternation of words: longest first, any run of spaces, either apostrophe.
 * @example alternation(['meer dan', 'ruim']) // 'meer\\s+dan|ruim'
 */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) =>
      w
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\s+/g, String.raw`\s+`)
        .replace(/['’]/g, "['’]"),
    )
    .join('|');
}

/**
 * An alternation of words as written and with a capital first letter, for patterns without the
 * `i` flag (with it, `\p{Lu}` would match any letter).
 * @example cased(['zegt']) // 'zegt|Zegt'
 */
export function cased(words: readonly string[]): string {
  return alternation(words.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]));
}

const union = (pick: (words: ImportVocabulary) => readonly string[]) =>
  langs.flatMap((lang) => pick(locales[lang].import));

/** Month names and numbers of a language: long and short forms from Intl, plus its aliases. */
function monthsOf(lang: Lang): Map<string, number> {
  const months = new Map<string, number>();
  for (const month of ['long', 'short'] as const) {
    const format = dateTimeFormat(locales[lang].intl, { month, timeZone: 'UTC' });
    for (let m = 0; m < 12; m++) {
      const name = format
        .format(new Date(Date.UTC(2000, m, 15)))
        .toLowerCase()
        .replace(/\.$/, '');
      // Short forms of one or two letters would read too much as a date.
      if (name.length >= 3) months.set(name, m + 1);
    }
  }
  for (const [name, m] of Object.entries(locales[lang].import.monthAliases)) months.set(name, m);
  return months;
}

/** The parts of a release and the dates, recognised in every language. */
export const markers = (() => {
  const months = new Map(langs.flatMap((lang) => [...monthsOf(lang)]));
  const line = (words: readonly string[]) => new RegExp(`^(?:${alternation(words)})${WE}`, 'iu');
  return {
    months,
    monthName: alternation([...months.keys()]),
    dateParticles: alternation(union((w) => w.dateParticles)),
    /** A line that is only a document type: "Persbericht", "COMMUNIQUÉ DE PRESSE". */
    documentType: new RegExp(`^[-–—\\s]*(?:${alternation(union((w) => w.documentTypes))})[\\s.:–—-]*$`, 'iu'),
    /** A document type anywhere in a short line: a running page header. */
    documentTypeIn: new RegExp(`${WB}(?:${alternation(union((w) => w.documentTypes))})${WE}`, 'iu'),
    headerLabel: new RegExp(`^(?:${alternation(union((w) => w.headerLabels))})\\s*:`, 'iu'),
    embargo: line(union((w) => w.embargo)),
    note: line(union((w) => w.noteToEditors)),
    notForPublication: new RegExp(`${WB}(?:${alternation(union((w) => w.notForPublication))})${WE}`, 'iu'),
    end: new RegExp(
      `^[-–—#*\\s(]*(?:${alternation([...union((w) => w.endOfRelease), '###', '-30-'])})[-–—#*\\s).]*$`,
      'iu',
    ),
    contact: line(union((w) => w.contact)),
    /** A department or company rather than a person: "Corporate Communications", "Testco GmbH". */
    department: new RegExp(
      `${WB}(?:${alternation([...union((w) => w.departmentWords), 'gmbh', 'ag', 'bv', 'b.v.', 'nv', 'n.v.', 'sa', 's.a.', 'sas', 'ltd', 'inc', 'plc', 'se', 'kg', 'group', 'groep', 'gruppe', 'groupe'])})${WE}`,
      'iu',
    ),
    contactLabel: new RegExp(`^(?:${alternation(union((w) => w.contactLabels))})${WE}\\.?\\s*:?\\s*`, 'iu'),
    about: new RegExp(
      `^(?:${alternation(union((w) => w.about))})(?:\\s+|(?<=['’]))(?<name>[^\\s:][^:]{0,59}?)\\s*(?::\\s*(?<inline>.*))?$`,
      'iu',
    ),
    aboutArticle: new RegExp(
      `^(?:${alternation(union((w) => w.aboutArticles))})\\s+(?<name>\\S.{1,60})$`,
      'iu',
    ),
    smallWords: new Set(union((w) => w.smallWords).map((w) => w.toLowerCase())),
    page: new RegExp(
      `^(?:(?:${alternation(union((w) => w.page.words))}|p\\.)\\s*)?[-–—]?\\s*\\d{1,3}\\s*(?:(?:\\/|${alternation(union((w) => w.page.of))})\\s*\\d{1,3})?\\s*[-–—]?$`,
      'iu',
    ),
    /** Word lists for patterns that must keep case (personal names): see `cased`. */
    says: union((w) => w.says),
    anonymous: union((w) => w.anonymousSpeakers),
    titles: union((w) => w.titles),
    particles: alternation(union((w) => w.nameParticles)),
    conjunctions: new RegExp(`^(?:${alternation(union((w) => w.conjunctions))})${WE}`, 'iu'),
  };
})();

/** What reading numbers in one language needs. */
export interface NumberLexicon {
  lang: Lang;
  words: ImportVocabulary;
  decimal: string;
  group: string;
  /** Scale word (lowercase, no final dot) to factor. */
  scales: Map<string, number>;
  scaleWord: string;
  qualifiers: [qualifier: keyof ImportVocabulary['qualifiers'], pattern: RegExp][];
  stopWords: Set<string>;
  /** Each word of the linking verbs: "bedroeg", "kwam", "uit", "op". */
  linkingWords: Set<string>;
  /** An elided article at the start of a label: "l’" in "l’investissement". */
  elision: RegExp;
}

const numberLexicons = new Map<Lang, NumberLexicon>();

/** The number vocabulary of a language, made once. */
export function numberLexicon(lang: Lang): NumberLexicon {
  const known = numberLexicons.get(lang);
  if (known) return known;
  const words = locales[lang].import;
  const parts = numberFormat(locales[lang].intl).formatToParts(12345.5);
  const scales = new Map(
    words.scales.flatMap((s) => s.words.map((w) => [w.toLowerCase(), s.factor] as const)),
  );
  const made: NumberLexicon = {
    lang,
    words,
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
    scales,
    scaleWord: alternation([...scales.keys()]),
    // Longest first: "tot maximaal" before "tot", "ruim meer dan" before "ruim".
    qualifiers: (Object.entries(words.qualifiers) as [keyof ImportVocabulary['qualifiers'], string[]][])
      .flatMap(([q, list]) => list.map((w) => [q, w] as const))
      .sort((a, b) => b[1].length - a[1].length)
      .map(([q, w]) => [q, new RegExp(`${WB}(?:${alternation([w])})\\s*$`, 'iu')]),
    stopWords: new Set(
      [...words.stopWords, ...words.linkingPrepositions, ...words.conjunctions].map((w) => w.toLowerCase()),
    ),
    linkingWords: new Set(words.linkingVerbs.flatMap((v) => v.toLowerCase().split(/\s+/))),
    elision:
      words.elisions.length > 0 ? new RegExp(`^(?:${alternation(words.elisions)})(?=\\p{L})`, 'iu') : /(?!)/,
  };
  numberLexicons.set(lang, made);
  return made;
}
