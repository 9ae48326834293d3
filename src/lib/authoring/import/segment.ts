/**
 * Phase 1 for plain text: the text of a press release (as copied from a PDF or an e-mail) cut
 * into blocks, the same kind of blocks the PDF and Word readers give, so that one classifier
 * reads them all.
 */
import { isPageMark, joinLines, normaliseText, removeFurniture } from '~/lib/authoring/import/clean';
import { isHeadingLike, sectionStart, TERMINAL } from '~/lib/authoring/import/parts';
import type { Block, BlockDocument } from '~/lib/authoring/import/types';

/** A list marker at the start of a line. */
const BULLET = /^[•·▪■►▸‣◦○●✓✔→➢*–-]\s+(?=\S)/u;

interface Group {
  lines: string[];
  bullet?: boolean;
}

const quoted = (items: readonly string[]) => items.map((item) => `"${item}"`).join(', ');

/**
 * Blocks from a plain text: paragraphs at blank lines, a heading written directly above its
 * paragraph split off, list items one by one, a paragraph broken by a page break re-joined.
 * @example segmentText('Kop\n\nEerste alinea,\ndoorlopend.').blocks.map((b) => b.text) // ['Kop', 'Eerste alinea, doorlopend.']
 */
export function segmentText(input: string): BlockDocument {
  const { text, notes } = normaliseText(input);
  const breaks = (text.match(/\f/g) ?? []).length;
  if (breaks > 0) notes.push(`removed ${breaks} page break${breaks === 1 ? '' : 's'}`);
  const { lines, dropped } = removeFurniture(text);
  const marks = dropped.filter(isPageMark);
  const running = dropped.filter((line) => !isPageMark(line));
  if (marks.length > 0) notes.push(`removed page numbers: ${quoted(marks)}`);
  if (running.length > 0) notes.push(`removed page headers and footers: ${quoted(running)}`);
  const blocks = mergeContinuations(groups(lines)).map((group): Block => ({
    kind: group.bullet ? 'list-item' : 'paragraph',
    text: joinLines(group.lines),
    lines: group.lines,
  }));
  return { blocks, dropped, notes };
}

/** Lines grouped at blank lines, then split where a heading or list item starts. */
function groups(lines: readonly string[]): Group[] {
  const out: Group[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) out.push(...split(current));
    current = [];
  };
  for (const line of lines) {
    if (line === '') flush();
    else current.push(line);
  }
  flush();
  return out;
}

function split(lines: readonly string[]): Group[] {
  if (lines.some((line) => line.includes('+++'))) return [{ lines: [...lines] }];
  const out: Group[] = [];
  let current: Group | undefined;
  const start = (group: Group) => {
    if (current) out.push(current);
    current = group;
  };
  lines.forEach((line, i) => {
    const bullet = BULLET.exec(line);
    if (bullet) start({ lines: [line.slice(bullet[0].length)], bullet: true });
    else if (line.length <= 100 && sectionStart(line)) {
      // A part's heading stands alone, even with its text on the same line.
      if (current) out.push(current);
      out.push({ lines: [line] });
      current = undefined;
    } else if (!current) start({ lines: [line] });
    else current.lines.push(line);
    // A heading written directly above its paragraph: short, and the next line starts a sentence.
    const next = lines[i + 1];
    if (
      !bullet &&
      current?.lines.length === 1 &&
      next !== undefined &&
      !BULLET.test(next) &&
      isHeadingLike(line) &&
      line.length < 0.6 * next.length &&
      /^[\p{Lu}„“"«]/u.test(next)
    ) {
      out.push(current);
      current = undefined;
    }
  });
  if (current) out.push(current);
  return out;
}

/** Merges a block that continues the previous one's sentence (a blank line left by a page break). */
function mergeContinuations(groups: readonly Group[]): Group[] {
  const merged: Group[] = [];
  for (const group of groups) {
    const previous = merged.at(-1);
    const last = previous?.lines.at(-1) ?? '';
    const isHeading =
      previous?.lines.length === 1 && (isHeadingLike(last) || sectionStart(last) !== undefined);
    if (
      previous &&
      !previous.bullet &&
      !group.bullet &&
      !isHeading &&
      !TERMINAL.test(last) &&
      /^\p{Ll}/u.test(group.lines[0]!)
    ) {
      previous.lines.push(...group.lines);
    } else {
      merged.push({ ...group, lines: [...group.lines] });
    }
  }
  return merged;
}
