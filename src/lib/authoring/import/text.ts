/**
 * Plain-text press releases (as copied from a PDF or an e-mail) turned into a draft release:
 * headline, subheadline, highlights, dateline, paragraphs and sub-headings, quotes with their
 * speaker, the note to editors and press contact cut out, key figures proposed.
 * Everything here is pure; `scripts/import.ts` reads and writes the files.
 */
import { langs, type Lang } from '~/i18n/locales';
import { yamlString } from '~/lib/authoring/release-template';
import { slugify } from '~/lib/authoring/slug';
import type { Qualifier, Unit } from '~/lib/units';
import { isoWithOffset, zonedMidnight } from '~/lib/locale/dates';
import { site } from '~/lib/config';

/** What the import knows about the content it writes into. */
export interface ImportContext {
  /** The language, when the author named it; detected otherwise. */
  lang?: Lang | undefined;
  /** The issuing company id, when the author named it; matched by name otherwise. */
  company?: string | undefined;
  companies: readonly { id: string; name: string }[];
  people: readonly { id: string; name: string; email?: string | undefined; phone?: string | undefined }[];
}

/** A number in the text that may be a key figure. */
export interface FigureCandidate {
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  /** Words around the number, as a starting point for the label. */
  label: string;
  /** The words as they stand in the text: "tot 30 procent". */
  phrase: string;
  /** Found in the note to editors: a company fact rather than news. */
  inNoteToEditors: boolean;
}

/** A quote and who said it. */
export interface ImportedQuote {
  speaker: string;
  /** Person id, when a person file carries the speaker's name. */
  person?: string | undefined;
  text: string;
}

/** A press release read from plain text. */
export interface ImportedRelease {
  lang: Lang;
  /** Whether the language was detected rather than given. */
  langDetected: boolean;
  /** The issuing company id, if given or found by name. */
  company?: string | undefined;
  title: string;
  subtitle?: string | undefined;
  highlights: string[];
  /** Calendar day from the dateline, `YYYY-MM-DD`. */
  day?: string | undefined;
  location?: string | undefined;
  /** Markdown body: paragraphs and `##` sub-headings. */
  body: string;
  /** Quotes whose speaker has a person file (moved out of the body). */
  quotes: ImportedQuote[];
  /** Press contact person ids recognised in the contact block. */
  contacts: string[];
  /** The note to editors / boilerplate block as found, for the author to check against company facts. */
  noteToEditors?: string | undefined;
  /** The press contact block as found. */
  contactBlock?: string | undefined;
  figures: FigureCandidate[];
  /** Text the import could not place, or placed with a doubt: the author should look at it. */
  unclassified: string[];
  /** What the import did: page numbers removed, slips corrected, blocks recognised. */
  notes: string[];
}

// ---------------------------------------------------------------------------------------------
// Cleaning

const PAGE_NUMBER = [
  /^(?:pagina|page|seite|p\.)\s*\d+(?:\s*(?:van|of|von|sur|de|\/)\s*\d+)?$/i,
  /^[-–—]\s*\d+\s*[-–—]$/,
  /^\d+\s*\/\s*\d+$/,
  /^\d{1,3}$/,
];

/** OCR and PDF slips that are certain: the letter O read as a zero or with a stray Z in CO2. */
const SLIPS: [RegExp, string][] = [
  [/\bC(?:0Z?|OZ)2(?=\b|[-–])/g, 'CO2'],
  [/\bCO₂/g, 'CO2'],
  [/\bC0(?=₂)/g, 'CO'],
];

/**
 * Lines of a plain text, trimmed, with page breaks and page numbers removed and certain OCR
 * slips fixed. Blank lines are kept: they separate paragraphs.
 * @example cleanLines('Pagina 2 van 3\n  De  COZ2-uitstoot daalt.').lines // ['De CO2-uitstoot daalt.']
 */
export function cleanLines(text: string): { lines: string[]; notes: string[] } {
  const notes: string[] = [];
  let fixed = text
    .replace(/\r\n?/g, '\n')
    .replace(/\u00ad/g, '')
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(/ﬁ/g, 'fi')
    .replace(/ﬂ/g, 'fl')
    .replace(/ﬀ/g, 'ff');
  const breaks = (fixed.match(/\f/g) ?? []).length;
  // A page break is only a line break: a paragraph may run on over the next page.
  fixed = fixed.replace(/\f/g, '\n');
  if (breaks > 0) notes.push(`removed ${breaks} page break${breaks === 1 ? '' : 's'}`);
  for (const [pattern, replacement] of SLIPS) {
    const found = fixed.match(pattern);
    if (found) {
      notes.push(`corrected ${[...new Set(found)].map((f) => `"${f}"`).join(', ')} to "${replacement}"`);
      fixed = fixed.replace(pattern, replacement);
    }
  }
  const pages: string[] = [];
  const lines = fixed
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .filter((line) => {
      if (!PAGE_NUMBER.some((p) => p.test(line))) return true;
      pages.push(line);
      return false;
    });
  if (pages.length > 0) notes.push(`removed page numbers: ${pages.map((p) => `"${p}"`).join(', ')}`);
  return { lines, notes };
}

/** Words that may follow a line-end hyphen with a space: "milieu- en sociale normen". */
const CONJUNCTIONS = /^(en|of|tot|und|oder|bis|and|or|to|et|ou)\b/;

/**
 * Joins the hard-wrapped lines of one paragraph.
 * @example joinLines(['Een CO2-', 'arme productie en', 'milieu-', 'en sociale normen']) // 'Een CO2-arme productie en milieu- en sociale normen'
 */
export function joinLines(lines: readonly string[]): string {
  let text = '';
  for (const line of lines) {
    if (text === '') text = line;
    else if (/[\p{L}\d]-$/u.test(text) && !CONJUNCTIONS.test(line)) text += line;
    else text += ` ${line}`;
  }
  return text;
}

// ---------------------------------------------------------------------------------------------
// Language

const STOP_WORDS: Record<Lang, string[]> = {
  nl: 'de het een en van is op te dat met voor zijn niet aan er ook als bij door naar wordt worden heeft haar deze'.split(
    ' ',
  ),
  en: 'the and of to is that for with on are as by this from be has will at its which have an'.split(' '),
  de: 'der die das und ist nicht mit den dem für von auf im ein eine zu sich auch wird werden bei des wir'.split(
    ' ',
  ),
  fr: 'le la les et des un une est du pour dans que qui sur avec par au aux pas sont ce cette nous'.split(
    ' ',
  ),
};

/**
 * The language of a text by counting common short words.
 * @example detectLanguage('Het bedrijf opent een nieuwe fabriek in de regio.') // 'nl'
 */
export function detectLanguage(text: string): Lang {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const counts = new Map<Lang, number>(langs.map((lang) => [lang, 0]));
  const sets = langs.map((lang) => [lang, new Set(STOP_WORDS[lang])] as const);
  for (const word of words) {
    for (const [lang, set] of sets) if (set.has(word)) counts.set(lang, counts.get(lang)! + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

// ---------------------------------------------------------------------------------------------
// Datelines

const MONTHS: Record<Lang, string[]> = {
  nl: 'januari februari maart april mei juni juli augustus september oktober november december'.split(' '),
  en: 'january february march april may june july august september october november december'.split(' '),
  de: 'januar februar märz april mai juni juli august september oktober november dezember'.split(' '),
  fr: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '),
};
/** Spellings without accents, as typed on keyboards that lack them. */
const MONTH_ALIASES: Record<string, number> = { maerz: 3, fevrier: 2, aout: 8, decembre: 12, jänner: 1 };

function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase();
  for (const lang of langs) {
    const i = MONTHS[lang].indexOf(lower);
    if (i >= 0) return i + 1;
  }
  return MONTH_ALIASES[lower];
}

const MONTH_NAME = [...new Set([...Object.values(MONTHS).flat(), ...Object.keys(MONTH_ALIASES)])].join('|');
/** "20 februari 2023", "3. März 2023", "1er mai 2022", "July 21, 2021", "20.02.2023". */
const DATE = `(?:(?<d1>\\d{1,2})(?:\\.|er|st|nd|rd|th)?\\s+(?<m1>${MONTH_NAME})\\s+(?<y1>\\d{4})|(?<m2>${MONTH_NAME})\\s+(?<d2>\\d{1,2}),?\\s+(?<y2>\\d{4})|(?<d3>\\d{1,2})[.-](?<m3>\\d{1,2})[.-](?<y3>\\d{4}))`;
const CITY = `(?<city>\\p{Lu}[\\p{L}'’.-]*(?:[ -][\\p{L}'’.-]+){0,3}?)`;
const DATELINE = new RegExp(
  `^(?:${CITY}\\s*[,.]?\\s+)?(?:(?:le|den|am|op|on)\\s+)?${DATE}(?:\\s*(?:[-–—:.]|\\s)\\s*(?<rest>.*))?$`,
  'iu',
);
/** The seed style: "Rijswijk. The company…" or "Rijswijk – The company…". */
const CITY_OPENING =
  /^(?<city>\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+){0,2})(?:\.|\s+[–—-])\s+(?=\p{Lu}|\d)/u;
const NOT_CITIES = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'prof',
  'ir',
  'ing',
  'drs',
  'mevr',
  'dhr',
  'st',
  'nr',
  'no',
]);

/** A dateline found in a line: place, day and the text after it. */
export interface Dateline {
  location?: string | undefined;
  day: string;
  /** The paragraph text after the dateline, when it opens the body. */
  rest: string;
}

/**
 * Reads a dateline at the start of a line, in Dutch, English, German or French style.
 * @example findDateline('München, 3. März 2023. Das Werk öffnet.') // { location: 'München', day: '2023-03-03', rest: 'Das Werk öffnet.' }
 * @example findDateline('Paris, le 2 mai 2022') // { location: 'Paris', day: '2022-05-02', rest: '' }
 */
export function findDateline(line: string): Dateline | undefined {
  const match = DATELINE.exec(line);
  const g = match?.groups;
  if (!g) return undefined;
  const day = Number(g['d1'] ?? g['d2'] ?? g['d3']);
  const month = g['m3'] ? Number(g['m3']) : monthNumber(g['m1'] ?? g['m2'] ?? '');
  const year = Number(g['y1'] ?? g['y2'] ?? g['y3']);
  if (!month || month > 12 || day < 1 || day > 31) return undefined;
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  // Date.UTC rolls 31 February over into March: a day that does not exist comes back different.
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return undefined;
  const location = g['city']?.replace(/[,.]$/, '').trim();
  return { location: location || undefined, day: iso, rest: (g['rest'] ?? '').trim() };
}

// ---------------------------------------------------------------------------------------------
// Numbers and key figures

const SCALES: [RegExp, number][] = [
  [/^(miljard|billion|milliarden?|mrd\.?|milliards?)$/i, 1e9],
  [/^(miljoen|million|millionen|mio\.?|millions?)$/i, 1e6],
  [/^(duizend|thousand|tausend|mille)$/i, 1e3],
];

/**
 * A number as written in a language: thousands and decimal separators differ.
 * @example parseNumber('118.909', 'nl') // 118909
 * @example parseNumber('16,1', 'nl') // 16.1
 * @example parseNumber('1,200', 'en') // 1200
 * @example parseNumber('3 000', 'fr') // 3000
 */
export function parseNumber(raw: string, lang: Lang): number {
  const decimal = lang === 'en' ? '.' : ',';
  const thousands = lang === 'en' ? ',' : '.';
  const compact = raw.replace(/[\s\u00a0\u202f]/g, '');
  const groups = compact.split(thousands);
  const isGrouped = groups.length > 1 && groups.slice(1).every((g) => /^\d{3}(?:[.,]\d+)?$/.test(g));
  const plain = (isGrouped ? groups.join('') : compact).replace(decimal, '.');
  return Number(plain);
}

const NUMBER = String.raw`\d{1,3}(?:[.,\s\u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;
const SCALE_WORD = String.raw`miljard|miljoen|duizend|billion|million|thousand|Milliarden|Milliarde|Millionen|Million|Mrd\.?|Mio\.?|Tausend|milliards?|millions?|mille`;
const FIGURE = new RegExp(
  String.raw`(?<pre>€|EUR|US\$|\$|USD)?\s?(?<num>${NUMBER})(?:\s(?<scale>${SCALE_WORD})(?![\p{L}]))?\s?(?<unit>%|procent|percent|per cent|Prozent|pour cent|euros?|Euro|EUR|d['’]euros|dollars?|USD|GWh|MWh|[Tt]on(?:nes?|s|nen)?(?![\p{L}])(?:\s(?:CO2|CO2e|CO2-equivalent|CO2-Äquivalent))?|(?<noun>\p{L}+))?`,
  'gu',
);
/** Nouns after which a number counts people or things. */
const COUNT_NOUNS =
  /^(medewerkers|werknemers|leden|huishoudens|klanten|personen|mensen|employees|members|households|customers|people|staff|workers|mitarbeiter\p{L}*|beschäftigte|menschen|mitglieder|haushalte|kunden|salariés|collaborateurs|personnes|membres|foyers|clients|emplois|jobs|banen|arbeitsplätze)$/iu;
const QUALIFIERS: [Qualifier, RegExp][] = [
  ['up-to', /(?:^|\s)(tot|tot wel|maximaal|up to|as much as|bis zu|jusqu['’]à|jusqu['’]a)\s*$/i],
  ['at-least', /(?:^|\s)(minstens|ten minste|minimaal|at least|mindestens|au moins)\s*$/i],
  ['more-than', /(?:^|\s)(meer dan|ruim|more than|over|mehr als|über|plus de)\s*$/i],
  [
    'about',
    /(?:^|\s)(ongeveer|circa|ca\.|zo['’]n|bijna|rond|about|around|approximately|roughly|nearly|almost|rund|etwa|ungefähr|knapp|fast|environ|près de|presque)\s*$/i,
  ],
];

/**
 * Numbers that may be key figures: percentages, amounts of money, tonnes, energy, and counts of
 * people or things ("118.909 medewerkers"). Years and small bare numbers are left alone.
 * @example findFigures('Tot 50 procent secundair materiaal.', 'nl')[0] // { value: 50, unit: 'percent', qualifier: 'up-to', … }
 */
export function findFigures(text: string, lang: Lang, inNoteToEditors = false): FigureCandidate[] {
  const found: FigureCandidate[] = [];
  for (const match of text.matchAll(FIGURE)) {
    const g = match.groups!;
    const unitWord = g['unit'] ?? '';
    let value = parseNumber(g['num']!, lang);
    const scale = SCALES.find(([pattern]) => pattern.test(g['scale'] ?? ''))?.[1] ?? 1;
    // 16,1 × 10⁹ is 16100000000.000002 in floating point: round to cents.
    if (scale > 1) value = Math.round(value * scale * 100) / 100;
    let unit: Unit | undefined;
    if (/^(%|procent|percent|per cent|prozent|pour cent)$/i.test(unitWord)) unit = 'percent';
    else if (g['pre'] === '€' || g['pre'] === 'EUR' || /^(euros?|eur|d['’]euros)$/i.test(unitWord))
      unit = 'EUR';
    else if (g['pre']?.includes('$') || g['pre'] === 'USD' || /^(dollars?|usd)$/i.test(unitWord))
      unit = 'USD';
    else if (/^GWh$/.test(unitWord)) unit = 'GWh';
    else if (/^MWh$/.test(unitWord)) unit = 'MWh';
    else if (/^ton/i.test(unitWord)) unit = /CO2/.test(unitWord) ? 'tonnes-co2e' : 'tonnes';
    else if (g['noun'] && COUNT_NOUNS.test(g['noun'])) unit = 'count';
    else if (g['noun'] && /[.,\s]\d{3}/.test(g['num']!) && !/^\d{4}$/.test(g['num']!)) unit = 'count';
    if (!unit || !Number.isFinite(value)) continue;

    const start = match.index + match[0].indexOf(g['pre'] ?? g['num']!);
    const before = text.slice(Math.max(0, start - 20), start);
    const [qualifier, qualifierWord] = QUALIFIERS.map(
      ([q, pattern]) => [q, pattern.exec(before)?.[1]] as const,
    ).find(([, word]) => word !== undefined) ?? ['exactly', undefined];
    // A noun that is not counted belongs to the label, not to the figure: "€ 2.5 million and".
    const used =
      unit === 'count' || !g['noun'] ? match[0] : match[0].slice(0, match[0].lastIndexOf(g['noun']));
    const end = match.index + used.length;
    const after = text
      .slice(end)
      .split(/[.;:!?()\n]|,\s/)[0]!
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 8)
      .join(' ');
    const preceding = text
      .slice(0, start - (qualifierWord ? before.length - before.lastIndexOf(qualifierWord) : 0))
      .split(/[.;:!?](?:\s|$)|\n/)
      .at(-1)!
      .trim()
      .split(/\s+/)
      .slice(-6)
      .join(' ');
    const label = (unit === 'count' && g['noun'] ? `${g['noun']} ${after}`.trim() : after) || preceding;
    found.push({
      value,
      unit,
      qualifier,
      label: label.replace(/,$/, ''),
      phrase: `${qualifierWord ? `${qualifierWord} ` : ''}${used.trim()}`,
      inNoteToEditors,
    });
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Blocks

const LABEL =
  /^(persbericht|persmededeling|press release|news release|media release|pressemitteilung|presseinformation|communiqué de presse|communiqué)$/i;
const EMBARGO_LINE = /^(embargo|sperrfrist|sous embargo)\b/i;
const NOTE_MARKER =
  /^(noot voor de redactie|noot aan de redactie|noot voor redacties|notes? to editors|editors['’]? notes?|hinweis(?:e)? für (?:die )?redaktion(?:en)?|note aux rédactions|note à la rédaction|note aux rédacteurs)\s*:?$/i;
const ABOUT_MARKER = /^(over|about|über|à propos de|a propos de)\s+(?<name>[^.!?]{2,60})\s*:?$/iu;
const CONTACT_MARKER =
  /^(perscontact(?:en)?|persvoorlichting|contact voor de pers|voor meer informatie|meer informatie|press contacts?|media contacts?|media enquiries|media inquiries|for (?:more|further) information|pressekontakt|ansprechpartner(?:in)?|weitere informationen|contacts? presse|contact médias?|relations presse)\s*(?::.*)?$/i;
const SMALL_WORDS = /^(the|de|het|der|die|das|le|la|les|du|des|van|von|of|&|en|und|et|and)$/i;
const TERMINAL = /[.!?:;,"”»“…)]$/;

/** "Über Testbedrijf" is a heading; "Über 50 Prozent der…" is not. */
function isAboutHeading(line: string): boolean {
  const name = ABOUT_MARKER.exec(line)?.groups?.['name'];
  if (!name || TERMINAL.test(line)) return false;
  return name
    .replace(/:$/, '')
    .split(/\s+/)
    .every((word) => /^\p{Lu}/u.test(word) || SMALL_WORDS.test(word));
}

function isNoteMarker(line: string): boolean {
  return NOTE_MARKER.test(line) || isAboutHeading(line);
}

/** A heading-like line: short, no final punctuation, not a sentence's continuation. */
function isHeadingLike(line: string): boolean {
  return line.length <= 80 && !TERMINAL.test(line) && /^[\p{Lu}\d]/u.test(line) && !line.includes('+++');
}

interface Block {
  lines: string[];
}

/** Groups lines into blocks at blank lines, and splits off a heading written directly above its paragraph. */
function toBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) blocks.push({ lines: current });
    current = [];
  };
  for (const line of lines) {
    if (line === '') flush();
    else current.push(line);
  }
  flush();
  return blocks.flatMap((block) => {
    const [first, second] = block.lines;
    if (!first || !second || block.lines.some((l) => l.includes('+++'))) return [block];
    const heading =
      isNoteMarker(first) ||
      CONTACT_MARKER.test(first) ||
      (isHeadingLike(first) && first.length < 0.6 * second.length && /^[\p{Lu}„“"«]/u.test(second));
    return heading ? [{ lines: [first] }, { lines: block.lines.slice(1) }] : [block];
  });
}

/** Merges a block that continues the previous one's sentence (a blank line left by a page break). */
function mergeContinuations(blocks: readonly Block[]): Block[] {
  const merged: Block[] = [];
  for (const block of blocks) {
    const previous = merged.at(-1);
    const last = previous?.lines.at(-1) ?? '';
    const isHeading = previous?.lines.length === 1 && isHeadingLike(last);
    if (previous && !TERMINAL.test(last) && /^\p{Ll}/u.test(block.lines[0]!) && !isHeading) {
      previous.lines.push(...block.lines);
    } else {
      merged.push({ lines: [...block.lines] });
    }
  }
  return merged;
}

// ---------------------------------------------------------------------------------------------
// Quotes

const OPEN_CLOSE: Record<string, string> = { '“': '”', '„': '“', '«': '»', '"': '"', '”': '”' };
const PARTICLES = String.raw`(?:van|de|der|den|ter|ten|von|zu|du|le|la|el|al|di|da|dos|het|'t|van der|van den)`;
const NAME = String.raw`\p{Lu}[\p{L}’'-]+(?:\s+(?:${PARTICLES}\s+)*\p{Lu}[\p{L}’'-]+){1,3}`;
const SAYS = String.raw`zegt|aldus|vertelt|stelt|legt|licht|says|said|explains|explained|adds|added|notes|according to|sagt|erklärt|betont|ergänzt|so|déclare|explique|affirme|souligne|précise|ajoute|indique|selon`;
const ATTRIBUTION = new RegExp(
  String.raw`^\s*[,.]?\s*(?:(?:${SAYS})\s+(?<after>${NAME})|(?<before>${NAME})\s+(?:says|said|explains|sagt|erklärt|zegt))`,
  'u',
);

/** Straight quotes, as the site's typography expects them: it sets the language's own marks. */
function straightQuotes(text: string): string {
  return text.replace(/«\s*/g, '"').replace(/\s*»/g, '"').replace(/[“”„]/g, '"');
}

/**
 * A quote paragraph: the quoted words and the speaker the text names after them.
 * @example findQuote('“Dit is goed nieuws”, zegt Femke de Graaf, woordvoerder.') // { speaker: 'Femke de Graaf', text: 'Dit is goed nieuws' }
 */
export function findQuote(paragraph: string): { speaker: string; text: string } | undefined {
  const open = paragraph[0];
  if (!open || !(open in OPEN_CLOSE)) return undefined;
  const close = paragraph.indexOf(OPEN_CLOSE[open]!, 1);
  const closeAlt = open === '„' ? paragraph.indexOf('”', 1) : -1;
  const end = [close, closeAlt].filter((i) => i > 0).sort((a, b) => a - b)[0];
  if (end === undefined) return undefined;
  const attribution = ATTRIBUTION.exec(paragraph.slice(end + 1));
  const speaker = attribution?.groups?.['after'] ?? attribution?.groups?.['before'];
  if (!speaker) return undefined;
  const text = paragraph
    .slice(1, end)
    .trim()
    .replace(/,$/, '.')
    .replace(/^(.*[^.!?…])$/s, '$1.');
  return { speaker, text: straightQuotes(text) };
}

const normaliseName = (name: string) =>
  name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

// ---------------------------------------------------------------------------------------------
// The whole release

/** Reads a plain-text press release. Throws when there is no text at all. */
export function parsePressRelease(text: string, context: ImportContext): ImportedRelease {
  const { lines, notes } = cleanLines(text);
  const blocks = mergeContinuations(toBlocks(lines));
  if (blocks.length === 0) throw new Error('expected the text of a press release, found only blank lines');
  const unclassified: string[] = [];
  const flat = blocks.map((b) => joinLines(b.lines)).join('\n');
  const lang = context.lang ?? detectLanguage(flat);

  let i = 0;
  while (i < blocks.length - 1 && blocks[i]!.lines.length === 1 && LABEL.test(blocks[i]!.lines[0]!)) {
    notes.push(`left out the label "${blocks[i]!.lines[0]}"`);
    i++;
  }
  while (i < blocks.length - 1 && EMBARGO_LINE.test(blocks[i]!.lines[0]!)) {
    unclassified.push(`${joinLines(blocks[i]!.lines)} (an embargo line: set "embargo:" in the front-matter)`);
    i++;
  }
  const title = joinLines(blocks[i++]!.lines).replace(/\.$/, '');
  let subtitle: string | undefined;
  let highlights: string[] = [];
  for (let look = 0; look < 2 && i < blocks.length - 1; look++) {
    const joined = joinLines(blocks[i]!.lines);
    if (joined.includes('+++')) {
      highlights = joined
        .split(/\s*\+{3}\s*/)
        .map((h) => h.trim().replace(/\.$/, ''))
        .filter(Boolean);
      i++;
    } else if (
      subtitle === undefined &&
      highlights.length === 0 &&
      joined.length <= 200 &&
      !findDateline(joined) &&
      !isNoteMarker(joined) &&
      !CONTACT_MARKER.test(joined)
    ) {
      subtitle = joined.replace(/\.$/, '');
      i++;
    } else {
      break;
    }
  }

  let day: string | undefined;
  let location: string | undefined;
  const paragraphs: string[] = [];
  const note: string[] = [];
  const contact: string[] = [];
  let section: 'body' | 'note' | 'contact' = 'body';
  for (; i < blocks.length; i++) {
    const block = blocks[i]!;
    const joined = joinLines(block.lines);
    const first = block.lines[0]!;
    const dateline = findDateline(joined);
    if (dateline && dateline.rest === '' && joined.length <= 60) {
      day ??= dateline.day;
      location ??= dateline.location;
      continue;
    }
    if (isNoteMarker(first)) section = 'note';
    else if (CONTACT_MARKER.test(first)) section = 'contact';
    if (section === 'note') {
      note.push(block.lines.join('\n'));
      continue;
    }
    if (section === 'contact') {
      contact.push(block.lines.join('\n'));
      continue;
    }
    let paragraph = joined;
    if (paragraphs.length === 0) {
      if (dateline) {
        day ??= dateline.day;
        location ??= dateline.location;
        paragraph = dateline.rest;
      } else {
        const city = CITY_OPENING.exec(paragraph);
        if (city && !NOT_CITIES.has(city.groups!['city']!.toLowerCase())) {
          location ??= city.groups!['city'];
          paragraph = paragraph.slice(city[0].length);
        }
      }
    }
    if (paragraph) paragraphs.push(paragraph);
  }
  if (!day) unclassified.push('no date found (expected a dateline like "Rijswijk, 20 februari 2023")');
  if (!location) unclassified.push('no dateline city found');

  // Sub-headings, quotes and the rest.
  const body: string[] = [];
  const quotes: ImportedQuote[] = [];
  paragraphs.forEach((paragraph, n) => {
    const next = paragraphs[n + 1];
    if (isHeadingLike(paragraph)) {
      if (next !== undefined && !isHeadingLike(next)) {
        body.push(`## ${paragraph}`);
      } else {
        unclassified.push(`"${paragraph}": a short line without a paragraph after it; kept as a paragraph`);
        body.push(escapeMarkdown(paragraph));
      }
      return;
    }
    const quote = findQuote(paragraph);
    if (quote) {
      const person = context.people.find((p) => normaliseName(p.name) === normaliseName(quote.speaker));
      if (person) {
        quotes.push({ ...quote, person: person.id });
        notes.push(`moved the quote by ${quote.speaker} to "quotes" (person ${person.id})`);
        return;
      }
      unclassified.push(
        `quote by ${quote.speaker}: no file in content/people/ has that name; kept in the body (add the person and move it to "quotes")`,
      );
    } else if (/^[“„«"]/.test(paragraph)) {
      unclassified.push(
        `"${paragraph.slice(0, 60)}…": a quote without a speaker the import could read; kept in the body`,
      );
    }
    if (/@|https?:\/\/|\+\d{2}\s?\d/.test(paragraph)) {
      unclassified.push(
        `"${paragraph.slice(0, 60)}…": contact details in the body; check whether they belong there`,
      );
    }
    body.push(escapeMarkdown(straightQuotes(paragraph)));
  });

  const noteText = note.join('\n\n') || undefined;
  const contactText = contact.join('\n\n') || undefined;
  if (noteText) notes.push('cut out the note to editors: the site writes it from the company’s facts');
  if (contactText) notes.push('cut out the press contact block');
  const contacts = contactText
    ? context.people
        .filter(
          (p) =>
            (p.email || p.phone) &&
            (normaliseName(contactText).includes(normaliseName(p.name)) ||
              (p.email !== undefined && contactText.toLowerCase().includes(p.email.toLowerCase()))),
        )
        .map((p) => p.id)
    : [];

  const company =
    context.company ??
    context.companies
      .map((c) => ({ id: c.id, hits: flat.toLowerCase().split(c.name.toLowerCase()).length - 1 }))
      .filter((c) => c.hits > 0)
      .sort((a, b) => b.hits - a.hits)[0]?.id;

  const newsText = [title, subtitle ?? '', ...highlights, ...body, ...quotes.map((q) => q.text)].join('\n');
  const figures = dedupeFigures([
    ...findFigures(newsText, lang),
    ...(noteText ? findFigures(joinLines(noteText.split('\n')), lang, true) : []),
  ]);

  return {
    lang,
    langDetected: context.lang === undefined,
    company,
    title,
    subtitle,
    highlights,
    day,
    location,
    body: body.join('\n\n'),
    quotes,
    contacts,
    noteToEditors: noteText,
    contactBlock: contactText,
    figures,
    unclassified,
    notes,
  };
}

function dedupeFigures(figures: readonly FigureCandidate[]): FigureCandidate[] {
  const seen = new Set<string>();
  return figures.filter((f) => {
    const key = `${f.value} ${f.unit}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Keeps plain text plain in Markdown: no accidental lists, headings or HTML. */
function escapeMarkdown(paragraph: string): string {
  return paragraph
    .replace(/</g, '&lt;')
    .replace(/^(\d+)\. /, '$1\\. ')
    .replace(/^([#>+*-]) /, '\\$1 ');
}

// ---------------------------------------------------------------------------------------------
// The release file

/** Options for writing an imported release. */
export interface RenderOptions {
  company: string;
  translationKey: string;
  /** The `date:` value: the dateline's day, or a date-time when the text had none. */
  date: string;
  /** The dateline city when the text had none. */
  fallbackLocation: string;
  /** The imported file's name, for the comments. */
  sourceName: string;
}

/** HTML comments end at the first `-->`: keep the cut-out text from ending one early. */
const commentSafe = (text: string) =>
  text.replace(/--+>?/g, (m) => m.split('').join(' ')).replace(/<!/g, '< !');

/** 10:00 on `day` in the site's time zone, with the offset of that day (summer or winter time). */
function tenOClock(day: string): string {
  return isoWithOffset(new Date(zonedMidnight(day, site.timeZone).getTime() + 10 * 3_600_000), site.timeZone);
}

/** The text of the draft release file for an imported press release. */
export function renderImport(release: ImportedRelease, options: RenderOptions): string {
  const out: string[] = ['---', `title: ${yamlString(release.title)}`];
  if (release.subtitle) out.push(`subtitle: ${yamlString(release.subtitle)}`);
  if (release.highlights.length > 0) {
    out.push('highlights:', ...release.highlights.map((h) => `  - ${yamlString(h)}`));
  }
  if (!release.day)
    out.push('# No date was found in the text: this is the time of the import. Set the publication time.');
  else
    out.push(
      `# The time of day is unknown: a date alone means 00:00. Add it like ${tenOClock(release.day)}.`,
    );
  out.push(`date: ${options.date}`);
  if (!release.location) out.push('# No dateline city was found in the text.');
  out.push(`location: ${yamlString(release.location ?? options.fallbackLocation)}`);
  out.push(`company: ${options.company}`);
  out.push(`translationKey: ${options.translationKey}`);
  out.push('# Optional: topic ids from content/topics.yaml.', '# topics: []');
  if (release.contacts.length > 0) {
    out.push(
      '# Recognised in the press contact block of the text.',
      `contacts: [${release.contacts.join(', ')}]`,
    );
  } else {
    out.push('# Optional: person ids of the press contacts in content/people/.', '# contacts: []');
  }
  if (release.quotes.length > 0) {
    out.push('quotes:');
    const ids = new Set<string>();
    for (const quote of release.quotes) {
      let id = slugify(quote.person!.split('-').at(-1) ?? 'quote') || 'quote';
      for (let n = 2; ids.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
      ids.add(id);
      out.push(`  - id: ${id}`, `    person: ${quote.person}`, `    text: ${yamlString(quote.text)}`);
    }
  }
  if (release.figures.length > 0) {
    out.push(
      '# Key figures the import found in the text. Uncomment the ones this release is about',
      '# (remove the leading "# "), and check each value, unit, qualifier and label.',
      '# keyFigures:',
    );
    const ids = new Set<string>();
    for (const figure of release.figures) {
      let id = slugify(figure.label.split(/\s+/).slice(0, 3).join(' ')) || figure.unit.toLowerCase();
      for (let n = 2; ids.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
      ids.add(id);
      out.push(
        `#   - id: ${id}${figure.inNoteToEditors ? ' # from the note to editors: a company fact?' : ''}`,
        `#     value: ${figure.value}`,
        `#     unit: ${figure.unit}`,
        `#     qualifier: ${figure.qualifier}`,
        `#     label: ${yamlString(figure.label)} # "${figure.phrase.replace(/"/g, "'")}"`,
      );
    }
  }
  out.push(
    `# Imported from ${options.sourceName}: a draft until someone has checked it.`,
    'draft: true',
    '---',
    '',
  );
  out.push(release.body || 'TODO: no body text was found in the import.');

  const cut: string[] = [];
  if (release.noteToEditors) {
    cut.push(
      `Note to editors in the text. The site writes it from content/companies/${options.company}.yaml:`,
      'check that the facts there match these.',
      '',
      commentSafe(release.noteToEditors),
      '',
    );
  }
  if (release.contactBlock) {
    cut.push(
      'Press contact in the text. List the person under "contacts:" (content/people/):',
      '',
      commentSafe(release.contactBlock),
      '',
    );
  }
  if (cut.length > 0) {
    out.push(
      '',
      '<!--',
      `TODO check, then delete this comment. Cut out of ${options.sourceName}:`,
      '',
      ...cut,
      '-->',
    );
  }
  return `${out.join('\n')}\n`;
}
