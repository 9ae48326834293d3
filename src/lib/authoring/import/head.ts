/**
 * Phase 2a: the head of a release. The letterhead before the headline (organisation,
 * department, document type, date, subject, page), the headline, the subheadline and the
 * highlights (with or without "+++", on one line or several).
 */
import { cityOpening, findDate, findDateline } from '~/lib/authoring/import/dateline';
import { isPageMark } from '~/lib/authoring/import/clean';
import { markers } from '~/lib/authoring/import/lexicon';
import { CONTACT_DETAIL, sectionStart } from '~/lib/authoring/import/parts';
import type { Block } from '~/lib/authoring/import/types';

/** The head of a release as the classifier read it. */
export interface Head {
  /** Lines of the letterhead, in order. */
  header: string[];
  /** A date the letterhead gives, `YYYY-MM-DD`. */
  headerDate?: string | undefined;
  /** A place the letterhead gives in a dateline of its own: "Grenoble, le 14 mai 2025". */
  headerLocation?: string | undefined;
  /** Embargo lines found in the letterhead. */
  embargo: string[];
  title: string;
  subtitle?: string | undefined;
  highlights: string[];
  /** Index of the first block after the head. */
  next: number;
}

const lineOf = (block: Block) => block.lines ?? [block.text];
const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/i;

/** A line that marks a letterhead for certain: a document type, a label with a value, a date. */
function isStrongHeaderLine(line: string, companies: readonly string[]): boolean {
  return (
    markers.documentType.test(line) ||
    (markers.headerLabel.test(line) && line.length <= 120) ||
    markers.embargo.test(line) ||
    // A date alone, or with its place: not a dateline that opens the text.
    (findDate(line) !== undefined && line.length <= 60 && !findDateline(line)?.rest) ||
    companies.some((c) => c.toLowerCase() === line.toLowerCase()) ||
    (markers.department.test(line) && line.split(/\s+/).length <= 5)
  );
}

/** A line that may stand in a letterhead: strong, or short without a sentence's punctuation. */
function isHeaderLine(line: string, companies: readonly string[]): boolean {
  return (
    isStrongHeaderLine(line, companies) ||
    isPageMark(line) ||
    URL_LINE.test(line) ||
    (CONTACT_DETAIL.test(line) && line.length <= 80) ||
    (line.split(/\s+/).length <= 5 && !/[.!?;,]$/.test(line))
  );
}

/**
 * How many blocks the letterhead takes, for a text with no headline marked by type size:
 * blocks made only of letterhead lines, up to the last one with a document type or label
 * among the first four, and any such blocks after it.
 */
function letterheadLength(blocks: readonly Block[], companies: readonly string[]): number {
  const isHeaderBlock = (block: Block) =>
    block.kind !== 'list-item' && lineOf(block).every((line) => isHeaderLine(line, companies));
  const hasStrong = (block: Block) => lineOf(block).some((line) => isStrongHeaderLine(line, companies));
  let length = 0;
  for (let i = 0; i < Math.min(4, blocks.length - 1); i++) {
    if (!isHeaderBlock(blocks[i]!)) break;
    if (hasStrong(blocks[i]!)) length = i + 1;
  }
  while (length < blocks.length - 1 && isHeaderBlock(blocks[length]!) && hasStrong(blocks[length]!)) length++;
  return length;
}

/** Highlights in a block: "+++"-separated, or one short line each. */
function highlightsOf(block: Block): string[] | undefined {
  if (block.text.includes('+++')) {
    return block.text
      .split(/\s*\+{3}\s*/)
      .map((h) => h.trim().replace(/\.$/, ''))
      .filter(Boolean);
  }
  const lines = block.lines ?? [];
  if (
    lines.length >= 2 &&
    lines.every((l) => l.length <= 120 && /^[\p{Lu}\d]/u.test(l) && !/[.:;,]$/.test(l))
  ) {
    return lines.map((l) => l.trim());
  }
  return undefined;
}

/** Whether a block could be the subheadline: one short sentence, not the body's dateline. */
function isSubtitle(block: Block): boolean {
  const text = block.text;
  return (
    block.kind !== 'list-item' &&
    text.length <= 200 &&
    !text.includes('+++') &&
    (text.match(/[.!?]\s+\p{Lu}/gu) ?? []).length === 0 &&
    !findDateline(text) &&
    !cityOpening(text) &&
    !sectionStart(text) &&
    !/^[“„«"‘]/.test(text)
  );
}

/**
 * Reads the head of a release: letterhead, headline, subheadline, highlights.
 * `headline` is the block a document reader marked by its type size, if any.
 */
export function readHead(
  blocks: readonly Block[],
  headline: number | undefined,
  companies: readonly string[],
): Head {
  const start = headline ?? letterheadLength(blocks, companies);
  const header = blocks.slice(0, start).flatMap(lineOf);
  const embargo = header.filter((line) => markers.embargo.test(line));
  const headerDate = header.map((line) => findDate(line)).find((day) => day !== undefined);
  const headerLocation = header
    .map((line) => findDateline(line))
    .find((d) => d?.rest === '' && d.location)?.location;
  const title = (blocks[start]?.text ?? '').replace(/\.$/, '');
  let i = start + 1;
  let subtitle: string | undefined;
  const highlights: string[] = [];
  for (let look = 0; look < 3 && i < blocks.length - 1; look++) {
    const block = blocks[i]!;
    const items = block.kind === 'list-item' ? [block.text.replace(/\.$/, '')] : highlightsOf(block);
    if (items && (highlights.length === 0 || block.kind === 'list-item' || block.text.includes('+++'))) {
      highlights.push(...items);
      i++;
      // List items and "+++" lines may come one block each: read them all as one look.
      if (block.kind === 'list-item' || block.text.includes('+++')) look--;
    } else if (subtitle === undefined && highlights.length === 0 && isSubtitle(block)) {
      subtitle = block.text.replace(/\.$/, '');
      i++;
    } else {
      break;
    }
  }
  return { header, headerDate, headerLocation, embargo, title, subtitle, highlights, next: i };
}
