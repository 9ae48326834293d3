/**
 * Reads a PDF with Mozilla's pdf.js (the legacy build, which runs in Node without a worker thread
 * or a canvas): text with its position, size and font on every page, assembled into lines, then
 * laid out into blocks by `layout.ts`. Nothing is fetched: the standard fonts, CMaps and wasm
 * decoders come from the installed package. pdf.js 6 compiles nothing from a file's contents
 * (no `eval`), so a hostile PDF cannot run code through its fonts.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  AnnotationMode,
  Util,
  VerbosityLevel,
  getDocument,
  type PDFDocumentProxy,
  type PDFPageProxy,
} from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { BULLET, DocumentError, cleanText, type ExtractedDocument } from '~/lib/authoring/import/blocks';
import { layoutPages, type PageLines, type TextLine } from '~/lib/authoring/import/layout';

/** More pages than a press release has: read these and say the rest was left out. */
export const MAX_PDF_PAGES = 40;

const packageDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
/** pdf.js reads these folders itself in Node; each needs its trailing slash. */
const dataDir = (name: string) => `${join(packageDir, name)}/`;

/** Reads a PDF into blocks. Throws a `DocumentError` for password-protected and broken files. */
export async function readPdf(
  data: Uint8Array,
  options: { lang?: string | undefined } = {},
): Promise<ExtractedDocument> {
  const read = await readPdfLines(data);
  const layout = layoutPages(read.pages, options);
  return {
    format: 'pdf',
    ...layout,
    ...(read.title ? { title: read.title } : {}),
    pages: read.pageCount,
    warnings: [...read.warnings, ...layout.warnings],
  };
}

/** The positioned lines of each page, with the document's title and page count. */
export async function readPdfLines(
  data: Uint8Array,
): Promise<{ pages: PageLines[]; pageCount: number; title?: string; warnings: string[] }> {
  const task = getDocument({
    // pdf.js takes ownership of the array it is given: hand it a copy.
    data: new Uint8Array(data),
    disableFontFace: true,
    useSystemFonts: false,
    fontExtraProperties: true,
    enableXfa: false,
    // Images are never needed for text: skip decoding them.
    maxImageSize: 1,
    standardFontDataUrl: dataDir('standard_fonts'),
    cMapUrl: dataDir('cmaps'),
    wasmUrl: dataDir('wasm'),
    iccUrl: dataDir('iccs'),
    verbosity: VerbosityLevel.ERRORS,
  });
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    throw asDocumentError(error);
  }
  try {
    const warnings: string[] = [];
    const count = Math.min(doc.numPages, MAX_PDF_PAGES);
    if (doc.numPages > MAX_PDF_PAGES) {
      warnings.push(
        `read the first ${MAX_PDF_PAGES} of ${doc.numPages} pages: more than a press release has`,
      );
    }
    const pages: PageLines[] = [];
    for (let n = 1; n <= count; n++) {
      const page = await doc.getPage(n);
      const read = await pageLines(page);
      if (read.rotated > 0)
        warnings.push(`page ${n}: left out ${read.rotated} pieces of rotated or vertical text`);
      pages.push(read.page);
      page.cleanup();
    }
    const info = (await doc.getMetadata().catch(() => undefined))?.info as
      Record<string, unknown> | undefined;
    const title = typeof info?.['Title'] === 'string' ? cleanText(info['Title']) : '';
    return {
      pages,
      pageCount: doc.numPages,
      ...(title && title !== 'about:blank' ? { title } : {}),
      warnings,
    };
  } catch (error) {
    throw asDocumentError(error);
  } finally {
    await task.destroy();
  }
}

function asDocumentError(error: unknown): Error {
  if (error instanceof DocumentError) return error;
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return new DocumentError(
      'password',
      'the PDF is protected with a password: open it, print it to a new PDF without one, and import that',
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new DocumentError(
    'corrupt',
    `not a readable PDF, damaged or cut short (${detail}): save it again from the program that made it, or ask its sender for it again`,
  );
}

// ---------------------------------------------------------------------------------------------
// Lines

interface Piece {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
  bold: boolean;
  italic: boolean;
}

const BOLD_FONT = /bold|black|heavy|semibold|demi|extrab|ultrab|[-,]bd\b/i;
const ITALIC_FONT = /italic|oblique|kursiv|[-,]it\b/i;

async function pageLines(page: PDFPageProxy): Promise<{ page: PageLines; rotated: number }> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  // Font names (and so bold and italic) reach this side only once the page's operators are read.
  await page.getOperatorList({ annotationMode: AnnotationMode.DISABLE });
  const fonts = new Map<string, { bold: boolean; italic: boolean }>();
  const fontOf = (id: string) => {
    let font = fonts.get(id);
    if (!font) {
      const loaded = page.commonObjs.has(id) ? (page.commonObjs.get(id) as { name?: unknown } | null) : null;
      const name = typeof loaded?.name === 'string' ? loaded.name : '';
      font = { bold: BOLD_FONT.test(name), italic: ITALIC_FONT.test(name) };
      fonts.set(id, font);
    }
    return font;
  };

  let rotated = 0;
  const pieces: Piece[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str === '') continue;
    const [a, b, c, d, x, y] = Util.transform(viewport.transform, (item as TextItem).transform) as number[];
    const size = Math.hypot(c!, d!);
    if (size < 1) continue;
    if (Math.abs(b!) > 0.01 * Math.abs(a!) || Math.abs(c!) > 0.01 * size || a! <= 0) {
      rotated++;
      continue;
    }
    const font = fontOf(item.fontName);
    pieces.push({ text: item.str, x: x!, right: x! + item.width, y: y!, size, ...font });
  }
  return {
    page: { number: page.pageNumber, width: viewport.width, height: viewport.height, lines: toLines(pieces) },
    rotated,
  };
}

/**
 * Pieces of text on one baseline, split where a wide gap separates columns (unless the left part
 * is a label ending in a colon, as in "Telefon:   +49 …").
 */
function toLines(pieces: readonly Piece[]): TextLine[] {
  const sorted = [...pieces].sort((a, b) => a.y - b.y);
  const rows: Piece[][] = [];
  for (const piece of sorted) {
    const row = rows.at(-1);
    const anchor = row?.reduce((big, p) => (p.size > big.size ? p : big));
    if (row && anchor && Math.abs(piece.y - anchor.y) <= 0.4 * Math.min(piece.size, anchor.size))
      row.push(piece);
    else rows.push([piece]);
  }
  const lines: TextLine[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let segment: Piece[] = [];
    for (const piece of row) {
      const last = segment.at(-1);
      const gap = last ? piece.x - last.right : 0;
      if (last && gap > 3 * Math.max(piece.size, last.size) && !/:\s*$/.test(last.text)) {
        lines.push(toLine(segment));
        segment = [];
      }
      segment.push(piece);
    }
    if (segment.length > 0) lines.push(toLine(segment));
  }
  return lines.filter((line) => line.text !== '');
}

function toLine(pieces: readonly Piece[]): TextLine {
  let raw = '';
  let lead = '';
  let leadOpen = true;
  const starts: number[] = [];
  pieces.forEach((piece, i) => {
    const previous = pieces[i - 1];
    const gap = previous ? piece.x - previous.right : 0;
    const spaced = previous && gap > 0.15 * piece.size && !/\s$/.test(raw) && !/^\s/.test(piece.text);
    if (spaced) raw += ' ';
    starts.push(raw.length);
    raw += piece.text;
    if (leadOpen && /\S/.test(piece.text) && !piece.bold) leadOpen = false;
    if (leadOpen) lead += (spaced ? ' ' : '') + piece.text;
  });
  const text = cleanText(raw) + (/\u00ad\s*$/.test(raw) ? '\u00ad' : '');
  const inked = pieces.filter((p) => /\S/.test(p.text));
  const sizes = new Map<number, number>();
  for (const p of inked)
    sizes.set(Math.round(p.size * 2) / 2, (sizes.get(Math.round(p.size * 2) / 2) ?? 0) + p.text.length);
  const size = [...sizes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? pieces[0]!.size;
  const x = pieces[0]!.x;
  const right = Math.max(...pieces.map((p) => p.right));
  const bold = inked.length > 0 && inked.every((p) => p.bold);
  const line: TextLine = {
    text,
    x,
    right,
    y: pieces[0]!.y,
    size,
    bold,
    italic: inked.length > 0 && inked.every((p) => p.italic),
    charWidth: (right - x) / Math.max(1, text.length),
  };
  if (!bold && cleanText(lead) !== '') line.boldLead = cleanText(lead);
  const bullet = BULLET.exec(text);
  if (bullet) {
    // The first piece that starts after the bullet marks the text's left edge.
    const after = starts.findIndex(
      (start, i) => start >= bullet[0].trimEnd().length && /\S/.test(pieces[i]!.text),
    );
    line.textX = after > 0 ? pieces[after]!.x : x + bullet[0].length * line.charWidth;
  }
  return line;
}
