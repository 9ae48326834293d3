/**
 * The neutral block model that every document reader (PDF, Word, and later plain text) hands to
 * the release classifier: the text in reading order, one block per paragraph, heading or list
 * item, with the little typography that tells a headline from a contact line. Block text is plain
 * text, never markup: whoever writes it into Markdown or YAML escapes it.
 */

/** What a block is on the page; what it means (dateline, quote, contact) is the classifier's call. */
export type BlockKind = 'heading' | 'paragraph' | 'list-item';

/** One paragraph, heading or list item. */
export interface Block {
  kind: BlockKind;
  /** Plain text on one line: line breaks and end-of-line hyphenation undone, spaces collapsed. */
  text: string;
  /**
   * Heading: 1 for the headline candidate only, 2 for other larger type (a sub-title, a banner such
   * as "Press release", Word's Subtitle, Heading 1 and 2), 3 for a bold line in body type (Word's
   * Heading 3 and below). List item: the nesting depth, from 1.
   */
  level?: number;
  /** Set when the whole block is bold, italic or both. */
  emphasis?: Emphasis;
  /** The opening words set in bold when the rest is not: a dateline ("Munich."), a label, a name. */
  lead?: string;
  /** Type size in points where the document says it: always in a PDF, in Word only when set directly. */
  size?: number;
  /** The page the block starts on (PDF only). */
  page?: number;
  /** A numbered rather than a bulleted list item. */
  ordered?: boolean;
}

/** Whole-block emphasis. */
export type Emphasis = 'bold' | 'italic' | 'bold-italic';

/** How a hyphen at the end of a line was resolved, and why. */
export type HyphenRule =
  | 'soft-hyphen'
  | 'suspended'
  | 'acronym-or-number'
  | 'capital'
  | 'seen-hyphenated'
  | 'seen-joined'
  | 'vowel-clash'
  | 'guess-join'
  | 'guess-keep';

/** A hyphen at the end of a line and what the reader made of it, for the import report. */
export interface HyphenDecision {
  /** The text as it stood on the two lines: "Wind- | park". */
  found: string;
  /** The text as joined: "Windpark". */
  result: string;
  rule: HyphenRule;
}

/** A document read into blocks, with what the reader learned on the way. */
export interface ExtractedDocument {
  format: 'pdf' | 'docx';
  blocks: Block[];
  /** Index in `blocks` of the headline candidate, if there is one. */
  headline?: number;
  /** The title in the document properties: producers fill it with the headline, a file name or nothing. */
  title?: string;
  /** Number of pages (PDF only). */
  pages?: number;
  /** The size most of the text is set in, in points, when the document says. */
  bodySize?: number;
  /** Lines dropped as page headers, footers and page numbers, each text once. */
  dropped: string[];
  /** Every hyphen at a line end and how it was resolved. */
  hyphens: HyphenDecision[];
  /** What the reader noticed and the author may want to know. */
  warnings: string[];
}

/** Why a file could not be read; the batch report shows the message and goes on with the next file. */
export type DocumentProblem =
  'password' | 'corrupt' | 'not-a-document' | 'legacy-word' | 'too-large' | 'no-text';

/** A file that cannot be imported, with a message for the author. */
export class DocumentError extends Error {
  constructor(
    readonly problem: DocumentProblem,
    message: string,
  ) {
    super(message);
    this.name = 'DocumentError';
  }
}

/** Larger files are refused before any parsing: no press release is this big. */
export const MAX_DOCUMENT_BYTES = 25 * 1024 * 1024;

/** Bullets of symbol fonts that Word writes into PDFs as private-use characters. */
const PRIVATE_BULLETS: Record<string, string> = {
  '\uf0b7': '•',
  '\uf0a7': '▪',
  '\uf0d8': '•',
  '\uf076': '•',
  '\uf0fc': '✓',
  '\uf02d': '-',
};

/**
 * Text as the classifier wants it: no control, zero-width or private-use characters (they break
 * XML feeds), every kind of space a plain space, non-breaking hyphens plain hyphens, NFC.
 * Soft hyphens inside a line go; at a line end they are read before this is called.
 * @example cleanText('CO2\u2011arm\u00a0\u00adlicht\u0007') // 'CO2-arm licht'
 */
export function cleanText(text: string): string {
  return (
    text
      .replace(/[\uf000-\uf0ff]/g, (c) => PRIVATE_BULLETS[c] ?? '')
      .normalize('NFC')
      .replace(/[\u2010\u2011]/g, '-')
      .replace(/[\t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g, ' ')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200d\u2060\ufeff\ufff9-\ufffb\ue000-\uf8ff]/g, '')
      .replace(/ {2,}/g, ' ')
      .trim()
  );
}

/** A list marker at the start of a line: bullets, dashes and Word's symbol bullets. */
export const BULLET = /^(?:[•·▪■□►▸‣◦○●✓✔→➢*–-])\s+(?=\S)/u;

/** Number of words, for telling a headline from a banner such as "Press release". */
export const wordCount = (text: string): number =>
  text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Whether a block reads as a heading in body type: one short bold line without closing punctuation. */
export function isBoldLine(text: string, bold: boolean, lines: number): boolean {
  return (
    bold &&
    lines === 1 &&
    text.length <= 80 &&
    wordCount(text) <= 12 &&
    !/[.,;]$/.test(text) &&
    !text.startsWith('+++') &&
    !BULLET.test(text)
  );
}

/**
 * Marks the headline candidate among the first `limit` blocks: the largest type with at least
 * four words (a banner like "Presse-Information" is larger than the headline in some house
 * styles), else the largest type, else the first heading with four words or more. The chosen
 * block becomes a level-1 heading. Returns its index.
 */
export function markHeadline(
  blocks: Block[],
  limit: number,
  bodySize: number | undefined,
): number | undefined {
  const first = blocks.slice(0, limit);
  const marked = first.findIndex((b) => b.kind === 'heading' && b.level === 1);
  let index = marked >= 0 ? marked : undefined;
  if (index === undefined) {
    const large = first
      .map((block, i) => ({ block, i }))
      .filter(({ block }) => block.size !== undefined && block.size >= largeType(bodySize))
      .sort((a, b) => b.block.size! - a.block.size! || a.i - b.i);
    index = (large.find(({ block }) => wordCount(block.text) >= 4) ?? large[0])?.i;
  }
  index ??= first.findIndex((b) => b.kind === 'heading' && wordCount(b.text) >= 4);
  if (index === undefined || index < 0) return undefined;
  const block = blocks[index]!;
  blocks[index] = { ...block, kind: 'heading', level: 1 };
  return index;
}

/**
 * A line that only names the page: "Seite 1 von 2", "Page 2/3", "Pagina 2". Dropped wherever it
 * stands, in a letterhead too.
 * @example PAGE_LABEL.test('Pagina 2 van 3') // true
 */
export const PAGE_LABEL =
  /^(?:page|pagina|seite|blatt|feuille|p\.)\s*\d{1,3}(?:\s*(?:\/|of|van|von|sur|de)\s*\d{1,3})?$/i;

/**
 * A line that only marks the page, worded or not: also "- 2 -", "2/3", "2", "– more –".
 * Bare numbers are only dropped at the top or bottom of a page.
 * @example PAGE_MARK.test('- 2 -') // true
 */
export const PAGE_MARK =
  /^(?:(?:page|pagina|seite|blatt|feuille|p\.)\s*)?[-–—]?\s*\d{1,3}\s*(?:(?:\/|of|van|von|sur|de)\s*\d{1,3})?\s*[-–—]?$|^[-–—]\s*(?:more|mehr|meer|suite)\s*[-–—]$|^\.\/\.$/i;

/** "Page 2 of 3" inside a longer line, the number in group 1. */
export const PAGE_REF =
  /\b(?:page|pagina|seite|blatt|feuille|p\.)\s*(\d{1,3})(?:\s*(?:\/|of|van|von|sur|de)\s*\d{1,3})?(?!\S)/i;

/** The size from which type counts as larger than the body: 15 % above it, or 13 pt when unknown. */
export const largeType = (bodySize: number | undefined): number =>
  bodySize === undefined ? 13 : bodySize * 1.15;
