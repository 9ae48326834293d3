/**
 * Cleaning plain text before it is cut into blocks: line ends, spaces, ligatures, certain OCR
 * slips, characters that XML forbids (they would break the feeds), and the furniture a PDF
 * leaves in copied text: page numbers and page headers and footers.
 */
import { markers } from '~/lib/authoring/import/lexicon';

/** Characters XML 1.0 forbids, with C1 controls and lone surrogates: feeds with them do not parse. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point of this pattern
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|\p{Cs}/gu;
/** The same without the form feed, which marks a page break until the pages are read. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point of this pattern
const FORBIDDEN_BUT_PAGES = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffe\uffff]|\p{Cs}/gu;

/**
 * Text without the characters XML 1.0 forbids.
 * @example stripControl('Noordwind\b opent\u0002') // 'Noordwind opent'
 */
export function stripControl(text: string): string {
  return text.replace(FORBIDDEN, '');
}

/** OCR and PDF slips that are certain: the letter O read as a zero or with a stray Z in CO2. */
const SLIPS: [RegExp, string][] = [
  [/\bC(?:0Z?|OZ)2(?=\b|[-–])/g, 'CO2'],
  [/\bCO₂/g, 'CO2'],
  [/\bC0(?=₂)/g, 'CO'],
];

/**
 * A text with uniform line ends and spaces, ligatures spelt out, certain slips fixed and
 * forbidden characters removed. Form feeds (page breaks) stay: the segmenter reads pages.
 * @example normaliseText('De  COZ2-uitstoot\r\n').text // 'De  CO2-uitstoot\n'
 */
export function normaliseText(input: string): { text: string; notes: string[] } {
  const notes: string[] = [];
  let text = input
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- finding control characters is the point of this pattern
    .replace(/\r\n?|[\u000b\u2028\u2029\u0085]/g, '\n')
    .replace(/\u00ad/g, '')
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(/ﬁ/g, 'fi')
    .replace(/ﬂ/g, 'fl')
    .replace(/ﬀ/g, 'ff');
  const forbidden = text.match(FORBIDDEN_BUT_PAGES)?.length ?? 0;
  if (forbidden > 0) {
    notes.push(`removed ${forbidden} control character${forbidden === 1 ? '' : 's'} (they break feeds)`);
    text = text.replace(FORBIDDEN_BUT_PAGES, '');
  }
  for (const [pattern, replacement] of SLIPS) {
    const found = text.match(pattern);
    if (found) {
      notes.push(`corrected ${[...new Set(found)].map((f) => `"${f}"`).join(', ')} to "${replacement}"`);
      text = text.replace(pattern, replacement);
    }
  }
  return { text, notes };
}

/** "- 2 -", "Pagina 2 van 3", "7", "– more –": a line that only marks the page. */
export function isPageMark(line: string): boolean {
  return (
    markers.page.test(line) ||
    /^[-–—]\s*(?:more|mehr|meer|suite)\s*[-–—]$/i.test(line) ||
    /^\.\/\.$/.test(line) ||
    /^\d+\s*\/\s*\d+$/.test(line)
  );
}

/** A page number inside a longer line: "Media information · Page 2 of 3". */
const PAGE_REF = /(?<![\p{L}])(?:page|pagina|seite|p\.)\s*\d{1,3}(?:\s*(?:\/|of|van|von|sur)\s*\d{1,3})?$/iu;
const TERMINAL = /[.!?;,"”»“…)]$/;
const shape = (line: string) => line.replace(/\d+/g, '#').toLowerCase();

/** A line of page furniture wherever it stands: a page mark, or a running header naming the page. */
function isRunningLine(line: string): boolean {
  return line.length <= 120 && !TERMINAL.test(line) && PAGE_REF.test(line);
}

/** Lines the letterhead and running headers are made of. */
function isHeaderish(line: string, letterhead: ReadonlySet<string>): boolean {
  return (
    isPageMark(line) ||
    isRunningLine(line) ||
    letterhead.has(shape(line)) ||
    markers.documentType.test(line) ||
    (markers.headerLabel.test(line) && line.length <= 100)
  );
}

/**
 * The lines of a text with its page furniture removed: page marks, lines at the top of pages
 * 2 and later that repeat the letterhead or mark the page, and footers repeated on several
 * pages (or, when the text has no page breaks, short lines found twice or more).
 * @example removeFurniture('Kop\n\nTekst.\n- 2 -\nMeer tekst.').lines // ['Kop', '', 'Tekst.', 'Meer tekst.']
 */
export function removeFurniture(text: string): { lines: string[]; dropped: string[] } {
  const pages = text.split('\f').map((page) => page.split('\n').map((l) => l.replace(/ {2,}/g, ' ').trim()));
  const nonBlank = (page: string[]) => page.filter((l) => l !== '');
  const letterhead = new Set(
    nonBlank(pages[0] ?? [])
      .slice(0, 8)
      .map(shape),
  );
  const drop = new Set<string>();
  // Furniture lines are short: longer lines get no shape, and are never counted as repeated.
  const shapes = pages.map((page) => page.map((l) => (l.length >= 8 && l.length <= 120 ? shape(l) : '')));
  const counts = new Map<string, number>();
  // With page breaks a line counts once per page it is on; without, once per time it occurs.
  for (const page of shapes) {
    const found = page.filter(Boolean);
    for (const l of pages.length > 1 ? new Set(found) : found) counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  const repeated = (n: number, i: number) =>
    shapes[n]![i] !== '' && (counts.get(shapes[n]![i]!) ?? 0) >= 2 && !TERMINAL.test(pages[n]![i]!);

  pages.forEach((page, n) => {
    const indices = page.map((l, i) => (l === '' ? -1 : i)).filter((i) => i >= 0);
    if (n > 0) {
      for (const i of indices.slice(0, 6)) {
        if (!isHeaderish(page[i]!, letterhead) && !repeated(n, i)) break;
        drop.add(`${n}:${i}`);
      }
    }
    for (const i of indices.slice(-3).reverse()) {
      if (!isPageMark(page[i]!) && !isRunningLine(page[i]!) && !(pages.length > 1 && repeated(n, i))) break;
      drop.add(`${n}:${i}`);
    }
  });

  const lines: string[] = [];
  const dropped = new Set<string>();
  let seen = 0;
  pages.forEach((page, n) =>
    page.forEach((line, i) => {
      if (line !== '') seen++;
      // Without page breaks, a short line found again and again is a header or footer; the
      // first lines stay, since the letterhead and headline are read from them.
      const furniture =
        drop.has(`${n}:${i}`) ||
        (line !== '' && (isPageMark(line) || (seen > 10 && isRunningLine(line)))) ||
        (pages.length === 1 &&
          seen > 10 &&
          line.length >= 12 &&
          repeated(n, i) &&
          !markers.contact.test(line));
      if (furniture) {
        dropped.add(line);
      } else {
        lines.push(line);
      }
    }),
  );
  return { lines, dropped: [...dropped] };
}

/**
 * Joins the hard-wrapped lines of one paragraph. After a line-end hyphen the next line follows
 * without a space ("CO2-" + "arme"), except a conjunction ("milieu-" + "en sociale normen").
 * @example joinLines(['Een CO2-', 'arme productie en', 'milieu-', 'en sociale normen']) // 'Een CO2-arme productie en milieu- en sociale normen'
 */
export function joinLines(lines: readonly string[]): string {
  let text = '';
  let previous = '';
  for (const line of lines) {
    // Test the line before, not the text so far: that would make a long paragraph quadratic.
    if (text === '') text = line;
    else if (/[\p{L}\d]-$/u.test(previous) && !markers.conjunctions.test(line)) text += line;
    else text += ` ${line}`;
    previous = line;
  }
  return text;
}
