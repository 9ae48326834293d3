/**
 * From positioned lines (as a PDF gives them) to blocks: page headers and footers dropped,
 * columns of a header table read one after the other, paragraphs re-joined across line and page
 * breaks, end-of-line hyphenation undone, headings and list items recognised by their type.
 * Pure: `pdf.ts` reads the file, this decides.
 */
import {
  BULLET,
  PAGE_LABEL,
  PAGE_MARK,
  PAGE_REF,
  cleanText,
  isBoldLine,
  largeType,
  markHeadline,
  type Block,
  type ExtractedDocument,
  type HyphenDecision,
} from '~/lib/authoring/import/blocks';
import {
  WordEvidence,
  fallbackFor,
  joinHyphenated,
  type HyphenOptions,
} from '~/lib/authoring/import/hyphenation';
import { detectLanguage } from '~/lib/authoring/import/language';

/** Text on one baseline within one column, as a PDF reader assembles it. */
export interface TextLine {
  /** Cleaned text; a soft hyphen (U+00AD) at the end is kept, it tells the typesetter's hyphen. */
  text: string;
  /** Left edge, right edge and baseline in points from the page's top left. */
  x: number;
  right: number;
  y: number;
  /** Type size in points (the size most of the line's characters have). */
  size: number;
  /** All of the line is bold / italic. */
  bold: boolean;
  italic: boolean;
  /** Bold opening words when the rest of the line is not bold. */
  boldLead?: string | undefined;
  /** For a line that starts with a bullet: where the text after the bullet starts. */
  textX?: number | undefined;
  /** Average width of one character, points: to ask whether a word would have fit on the line. */
  charWidth: number;
}

/** The lines of one page. */
export interface PageLines {
  /** Page number, from 1. */
  number: number;
  width: number;
  height: number;
  lines: TextLine[];
}

/** What the layout step returns: an extracted document without the reader's own fields. */
export type Layout = Omit<ExtractedDocument, 'format' | 'title' | 'pages'>;

const TERMINAL = /[.!?:…]["'”»“’)]*$/;
const HYPHEN_END = /[\p{L}\p{N}][-\u00ad]$/u;
const round = (n: number) => Math.round(n * 2) / 2;

/**
 * Lays out the lines of a document's pages as blocks. `lang` (detected from the text when not
 * given) chooses the hyphenation rules: Dutch keeps "zonne- | energie" hyphenated.
 */
export function layoutPages(pages: readonly PageLines[], given: { lang?: string | undefined } = {}): Layout {
  const dropped = dropRunningLines(pages);
  const ordered = pages.map((page) => ({
    ...page,
    lines: readingOrder(page.lines.filter((line) => !dropped.lines.has(line))),
  }));
  const all = ordered.flatMap((page) => page.lines);
  // `npm run import` without --lang: the hyphens at line ends are decided by the text's language.
  const lang = given.lang ?? (all.length > 0 ? detectLanguage(all.map((l) => l.text).join('\n')) : undefined);
  const bodySize = weightedMode(all.map((line) => [round(line.size), line.text.length]));
  const metrics = {
    bodySize,
    large: largeType(bodySize),
    leading: leadings(ordered.map((page) => page.lines)),
    right: columnRight(all, bodySize),
  };

  const groups: Group[] = [];
  for (const page of ordered) {
    const pageGroups: Group[] = [];
    for (const line of page.lines) {
      const current = pageGroups.at(-1);
      if (current && !startsNewBlock(current, line, metrics)) current.lines.push(line);
      else pageGroups.push(newGroup(line, page.number));
    }
    const previous = groups.at(-1);
    const first = pageGroups[0];
    if (previous && first && continuesOnNextPage(previous, first, metrics)) {
      previous.lines.push(...first.lines);
      pageGroups.shift();
    }
    groups.push(...pageGroups);
  }

  const evidence = new WordEvidence(all.map((line) => line.text));
  // A first pass over the line ends learns whether the document's typesetter hyphenated.
  const decided = groups.flatMap((group) =>
    group.lines.slice(1).flatMap((line, i) => {
      const previous = group.lines[i]!.text;
      if (!HYPHEN_END.test(previous)) return [];
      const rule = joinHyphenated(lastWord(previous), line.text, evidence, { lang }).decision?.rule;
      return rule ? [rule] : [];
    }),
  );
  const hyphenation: HyphenOptions = { lang, fallback: fallbackFor(decided, lang) };
  const hyphens: HyphenDecision[] = [];
  const listLevels = [
    ...new Set(groups.filter((g) => g.list).map((g) => Math.round(g.lines[0]!.x / 6))),
  ].sort((a, b) => a - b);
  const blocks = groups
    .map((group) => toBlock(group, metrics, listLevels, joinLines(evidence, hyphenation, hyphens)))
    .filter((block) => block.text !== '');
  markNumberedLists(blocks);
  const firstPage = blocks.filter((block) => block.page === 1).length;
  const headline = markHeadline(blocks, firstPage, bodySize);
  const warnings: string[] = [];
  if (all.length === 0) warnings.push('no text found: a scanned document needs text recognition (OCR) first');
  return {
    blocks,
    ...(headline === undefined ? {} : { headline }),
    ...(bodySize === undefined ? {} : { bodySize }),
    dropped: [...new Set(dropped.texts)],
    hyphens,
    warnings,
  };
}

// ---------------------------------------------------------------------------------------------
// Page headers and footers

/** Normalised for comparison across pages: case, spaces and digits (page numbers) do not count. */
const lineKey = (text: string) => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/**
 * The lines that are page furniture: in the top or bottom seventh of a page, among its first or
 * last three lines, and either (a) repeated at the same place on every page, or every page but
 * the first; (b) only a page number; (c) naming this page's number ("Media Information, Page 2");
 * (d) at the top or bottom of a later page and word for word a line of page 1; or (e) the first
 * line of a later page, in type smaller than the body and set apart from the text below it (a
 * running header that only page 2 of a two-page release has). A line that only names the page
 * ("Seite 1 von 2") goes wherever it stands.
 */
function dropRunningLines(pages: readonly PageLines[]): { lines: Set<TextLine>; texts: string[] } {
  const lines = new Set<TextLine>();
  const texts: string[] = [];
  const drop = (line: TextLine) => {
    lines.add(line);
    texts.push(line.text);
  };
  const edges = pages.map((page) => {
    const sorted = [...page.lines].sort((a, b) => a.y - b.y);
    return sorted.filter(
      (line, i) =>
        (i < 3 || i >= sorted.length - 3) && (line.y < page.height * 0.15 || line.y > page.height * 0.85),
    );
  });
  const byKey = new Map<string, { page: number; line: TextLine }[]>();
  edges.forEach((lines, p) => {
    for (const line of lines) {
      const key = lineKey(line.text);
      const list = byKey.get(key) ?? [];
      list.push({ page: pages[p]!.number, line });
      byKey.set(key, list);
    }
  });
  for (const found of byKey.values()) {
    // The biggest set of occurrences at one height, one per page.
    for (const { line: anchor } of found) {
      const same = found.filter(({ line }) => Math.abs(line.y - anchor.y) <= Math.max(3, anchor.size * 0.6));
      const onPages = new Set(same.map(({ page }) => page)).size;
      if (onPages >= 2 && onPages >= pages.length - 1) {
        same.forEach(({ line }) => drop(line));
        break;
      }
    }
  }
  const firstPage = new Set((pages[0]?.lines ?? []).map((line) => lineKey(line.text)));
  const bodySize = weightedMode(
    pages.flatMap((page) => page.lines.map((line) => [round(line.size), line.text.length])),
  );
  edges.forEach((edge, p) => {
    const number = pages[p]!.number;
    for (const line of edge) {
      if (lines.has(line)) continue;
      if (PAGE_MARK.test(line.text) || Number(PAGE_REF.exec(line.text)?.[1]) === number) drop(line);
      else if (number > 1 && firstPage.has(lineKey(line.text))) drop(line);
    }
    const [top, next] = [...pages[p]!.lines].filter((line) => !lines.has(line)).sort((a, b) => a.y - b.y);
    if (
      number > 1 &&
      top &&
      next &&
      edge.includes(top) &&
      bodySize !== undefined &&
      top.size < bodySize - 0.5 &&
      next.y - top.y > 1.8 * top.size
    ) {
      drop(top);
    }
  });
  for (const page of pages)
    for (const line of page.lines) if (!lines.has(line) && PAGE_LABEL.test(line.text)) drop(line);
  return { lines, texts };
}

// ---------------------------------------------------------------------------------------------
// Reading order

/**
 * Lines top to bottom; where two or more columns share baselines (a letterhead table: sender on
 * the left, document type and date on the right), each column is read to its end before the next.
 */
function readingOrder(lines: readonly TextLine[]): TextLine[] {
  const sorted = [...lines].sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: TextLine[][] = [];
  for (const line of sorted) {
    const row = rows.at(-1);
    if (row && Math.abs(line.y - row[0]!.y) <= 0.4 * Math.min(line.size, row[0]!.size)) row.push(line);
    else rows.push([line]);
  }
  const out: TextLine[] = [];
  for (let i = 0; i < rows.length;) {
    if (rows[i]!.length < 2) {
      out.push(...rows[i++]!);
      continue;
    }
    const region = [...rows[i]!];
    const columns = rows[i]!.map((line) => line.x);
    let previous = rows[i]!;
    let j = i + 1;
    for (; j < rows.length; j++) {
      const row = rows[j]!;
      const gap = row[0]!.y - previous[0]!.y;
      const tallest = Math.max(...previous.map((line) => line.size));
      // A line under one column carries on that column, unless it is in larger type (a headline).
      const inColumn =
        row.length === 1 &&
        columns.some((x) => Math.abs(x - row[0]!.x) < 3) &&
        row[0]!.size <= Math.max(...region.map((line) => line.size)) + 0.5;
      if (gap > 2 * tallest || (row.length < 2 && !inColumn)) break;
      if (row.length >= 2)
        columns.push(...row.map((line) => line.x).filter((x) => !columns.some((c) => Math.abs(c - x) < 3)));
      region.push(...row);
      previous = row;
    }
    const xs = [...columns].sort((a, b) => a - b);
    const column = (line: TextLine) => xs.filter((x) => x <= line.x + 3).length;
    out.push(...region.sort((a, b) => column(a) - column(b) || a.y - b.y));
    i = j;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Paragraphs

interface Group {
  page: number;
  lines: TextLine[];
  list: boolean;
}

interface Metrics {
  bodySize: number | undefined;
  large: number;
  /** Baseline-to-baseline distance within a paragraph, per type size. */
  leading: Map<number, number>;
  /** Where full lines end. */
  right: number;
}

const newGroup = (line: TextLine, page: number): Group => ({
  page,
  lines: [line],
  list: BULLET.test(line.text),
});

/** The text of a list item continues under the text after its bullet, not under the bullet. */
const indentOf = (group: Group) =>
  group.list ? (group.lines[0]!.textX ?? group.lines[0]!.x) : group.lines.at(-1)!.x;

/**
 * Whether a line ended before the column did: the first word of the next line would have fit
 * after it, so the break was the author's (a new paragraph, or one of stacked lines such as an
 * address or a letterhead), not the typesetter's.
 */
function endedEarly(line: TextLine, next: TextLine, right: number): boolean {
  const word = next.text.split(' ')[0] ?? '';
  const needed = (word.length + 1) * next.charWidth;
  if (line.right + needed < right - Math.max(2, next.charWidth)) return true;
  // An address too long to fit after a line that stops well short of the column: a contact block.
  return ADDRESS.test(word) && line.right - line.x < 0.75 * (right - line.x);
}

const ADDRESS = /^(?:[^\s@]+@[^\s@]+\.\p{L}{2,}|https?:\/\/\S+|www\.\S+)$/u;

function startsNewBlock(group: Group, line: TextLine, m: Metrics): boolean {
  const previous = group.lines.at(-1)!;
  if (Math.abs(line.size - previous.size) > 0.6 || line.bold !== previous.bold) return true;
  if (BULLET.test(line.text) || line.text.startsWith('+++')) return true;
  const gap = line.y - previous.y;
  const leading = m.leading.get(round(line.size)) ?? line.size * 1.45;
  if (gap < 0.4 * line.size || gap > leading * 1.3) return true;
  const indent = indentOf(group);
  const aligned = Math.abs(line.x - indent) <= 0.8 * line.size;
  const firstLineIndent =
    group.lines.length === 1 && !group.list && line.x < indent && indent - line.x < 4 * line.size;
  if (!aligned && !firstLineIndent) return true;
  return line.size < m.large && endedEarly(previous, line, m.right);
}

/** A paragraph broken by a page: the next page's first line carries on the last one of this page. */
function continuesOnNextPage(group: Group, next: Group, m: Metrics): boolean {
  const last = group.lines.at(-1)!;
  const first = next.lines[0]!;
  if (next.list || first.text.startsWith('+++') || first.size >= m.large || last.size >= m.large)
    return false;
  if (Math.abs(first.size - last.size) > 0.6 || first.bold !== last.bold) return false;
  if (Math.abs(first.x - indentOf(group)) > 0.8 * first.size) return false;
  if (HYPHEN_END.test(last.text)) return true;
  if (endedEarly(last, first, m.right)) return false;
  return /^\p{Ll}/u.test(first.text) || !TERMINAL.test(last.text);
}

const lastWord = (text: string) => text.slice(text.lastIndexOf(' ') + 1);

/**
 * Joins a block's lines into one text, undoing hyphenation at line ends. Only a line's last
 * word goes into the hyphen rules, so a long paragraph costs time in proportion to its length.
 */
function joinLines(
  evidence: WordEvidence,
  options: HyphenOptions,
  decisions: HyphenDecision[],
): (lines: readonly string[]) => string {
  return (lines) => {
    const out: string[] = [];
    let tail = lines[0] ?? '';
    for (const next of lines.slice(1)) {
      if (HYPHEN_END.test(tail)) {
        const at = tail.lastIndexOf(' ') + 1;
        const joined = joinHyphenated(tail.slice(at), next, evidence, options);
        if (joined.decision) decisions.push(joined.decision);
        out.push(tail.slice(0, at));
        tail = joined.text;
      } else {
        out.push(tail, ' ');
        tail = next;
      }
    }
    out.push(tail);
    return out.join('');
  };
}

function toBlock(
  group: Group,
  m: Metrics,
  listLevels: readonly number[],
  join: (lines: readonly string[]) => string,
): Block {
  const { lines } = group;
  const text = cleanText(join(lines.map((line) => line.text)));
  const size = round(weightedMode(lines.map((line) => [round(line.size), line.text.length]))!);
  const bold = lines.every((line) => line.bold);
  const italic = lines.every((line) => line.italic);
  const block: Block = { kind: 'paragraph', text, size, page: group.page };
  if (bold || italic) block.emphasis = bold && italic ? 'bold-italic' : bold ? 'bold' : 'italic';
  if (group.list) {
    block.kind = 'list-item';
    block.text = text.replace(BULLET, '');
    block.level = listLevels.indexOf(Math.round(lines[0]!.x / 6)) + 1;
  } else if (size >= m.large) {
    block.kind = 'heading';
    block.level = 2;
  } else if (isBoldLine(text, bold, lines.length)) {
    block.kind = 'heading';
    block.level = 3;
  } else if (!bold && lines[0]!.boldLead) {
    block.lead = cleanText(lines[0]!.boldLead);
  }
  return block;
}

/** Paragraphs "1. …", "2. …" in a row starting at 1 are a numbered list. */
function markNumberedLists(blocks: Block[]): void {
  const number = (block: Block | undefined) =>
    block?.kind === 'paragraph' ? Number(/^(\d{1,2})[.)]\s+(?=\S)/.exec(block.text)?.[1]) : NaN;
  for (let i = 0; i < blocks.length; i++) {
    if (number(blocks[i]) !== 1 || number(blocks[i + 1]) !== 2) continue;
    for (let n = 1; number(blocks[i]) === n; n++, i++) {
      const block = blocks[i]!;
      blocks[i] = {
        ...block,
        kind: 'list-item',
        level: 1,
        ordered: true,
        text: block.text.replace(/^\d{1,2}[.)]\s+/, ''),
      };
    }
    i--;
  }
}

// ---------------------------------------------------------------------------------------------
// Measures

/** The value with the most weight. */
function weightedMode(pairs: readonly (readonly [number, number])[]): number | undefined {
  const weights = new Map<number, number>();
  for (const [value, weight] of pairs) weights.set(value, (weights.get(value) ?? 0) + weight);
  return [...weights.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
}

/**
 * Line spacing per type size: a low percentile of the distances between consecutive aligned
 * lines of that size, so that paragraph spacing does not count even where paragraphs are short.
 */
function leadings(pages: readonly (readonly TextLine[])[]): Map<number, number> {
  const distances = new Map<number, number[]>();
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const [a, b] = [lines[i - 1]!, lines[i]!];
      const d = b.y - a.y;
      if (Math.abs(a.size - b.size) > 0.3 || d < 0.8 * a.size || d > 2.5 * a.size) continue;
      const key = round(a.size);
      const list = distances.get(key) ?? [];
      list.push(d);
      distances.set(key, list);
    }
  }
  return new Map(
    [...distances.entries()].map(([size, list]) => {
      const sorted = list.sort((a, b) => a - b);
      return [size, sorted[Math.floor(sorted.length * 0.2)]!];
    }),
  );
}

/**
 * Where full lines of body type end: the 95th percentile of their right edges, so that one line
 * running into the margin (a long web address) does not move the column; the rightmost edge
 * when there are too few lines for a percentile.
 */
function columnRight(lines: readonly TextLine[], bodySize: number | undefined): number {
  const rights = lines
    .filter((line) => bodySize === undefined || Math.abs(line.size - bodySize) <= 0.6)
    .map((line) => line.right)
    .sort((a, b) => a - b);
  return rights.length < 20 ? (rights.at(-1) ?? 0) : rights[Math.floor((rights.length - 1) * 0.95)]!;
}
