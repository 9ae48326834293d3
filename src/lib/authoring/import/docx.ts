/**
 * Reads a Word file (.docx) with mammoth into the same blocks as a PDF: paragraph styles give
 * headings (Title, Subtitle, Heading n), numbering gives list items, runs give bold and size.
 * Word's page headers and footers, comments and deleted text are not part of the document body
 * mammoth reads, so they never reach the blocks; linked files outside the document are not read.
 */
import { inflateRawSync } from 'node:zlib';
import mammoth from 'mammoth';
import {
  BULLET,
  DocumentError,
  PAGE_LABEL,
  cleanText,
  isBoldLine,
  largeType,
  markHeadline,
  type Block,
  type ExtractedDocument,
} from '~/lib/authoring/import/blocks';

/** More unpacked bytes than any press release: a "zip bomb" is refused before it is unpacked. */
export const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;
/** The headline is looked for among this many blocks at the start. */
const HEADLINE_WINDOW = 25;

// The parts of mammoth's document model read here. Mammoth documents the model for its
// `transformDocument` option and calls that API unstable: the tests pin what is used.
interface MammothNode {
  type: string;
  children?: MammothNode[];
}
interface MammothParagraph extends MammothNode {
  type: 'paragraph';
  styleName: string | null;
  numbering: { level: string; isOrdered: boolean } | null;
}
interface MammothRun extends MammothNode {
  type: 'run';
  isBold: boolean;
  isItalic: boolean;
  isAllCaps: boolean;
  fontSize: number | null;
}

/** A piece of text with the formatting of its run. */
interface Span {
  text: string;
  bold: boolean;
  italic: boolean;
  size: number | null;
}

interface Paragraph {
  style: string;
  numbering: MammothParagraph['numbering'];
  /** The paragraph's lines, split at manual line breaks. */
  lines: Span[][];
}

/** Reads a .docx file into blocks. Throws a `DocumentError` for files that are not one. */
export async function readDocx(data: Uint8Array): Promise<ExtractedDocument> {
  const entries = zipEntries(data);
  if (!entries.has('word/document.xml')) {
    throw new DocumentError('not-a-document', 'a ZIP file, but not a Word document (.docx)');
  }
  const unpacked = [...entries.values()].reduce((sum, entry) => sum + entry.size, 0);
  if (unpacked > MAX_UNZIPPED_BYTES) {
    throw new DocumentError(
      'too-large',
      `the Word file unpacks to ${Math.round(unpacked / 2 ** 20)} MB: too large`,
    );
  }

  let document: MammothNode | undefined;
  let messages: { type: string; message: string }[];
  try {
    ({ messages } = await mammoth.convertToHtml(
      { buffer: Buffer.from(data.buffer, data.byteOffset, data.byteLength) },
      {
        transformDocument: (node: MammothNode) => {
          document = node;
          return node;
        },
        // The HTML is thrown away: do not read the pictures into it.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        externalFileAccess: false,
      },
    ));
  } catch (error) {
    throw new DocumentError(
      'corrupt',
      `not a readable Word file (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (!document) throw new DocumentError('corrupt', 'not a readable Word file');

  const paragraphs: Paragraph[] = [];
  collectParagraphs(document, paragraphs);
  const spans = paragraphs.flatMap((p) => p.lines.flat());
  const bodySize = dominantSize(spans);
  const dropped: string[] = [];
  const blocks = paragraphs.flatMap((p) => toBlocks(p, bodySize, dropped));
  const headline = markHeadline(blocks, HEADLINE_WINDOW, bodySize);
  const title = coreTitle(data, entries);
  const warnings = messages.filter((m) => m.type === 'error').map((m) => m.message);
  if (blocks.length === 0) warnings.push('no text found in the Word file');
  return {
    format: 'docx',
    blocks,
    ...(headline === undefined ? {} : { headline }),
    ...(title ? { title } : {}),
    ...(bodySize === undefined ? {} : { bodySize }),
    dropped,
    hyphens: [],
    warnings,
  };
}

// ---------------------------------------------------------------------------------------------
// Mammoth's model to paragraphs

/** Paragraphs in reading order; a table is read row by row, each cell top to bottom. */
function collectParagraphs(node: MammothNode, out: Paragraph[]): void {
  if (node.type === 'paragraph') {
    const paragraph = node as MammothParagraph;
    const lines: Span[][] = [[]];
    collectSpans(paragraph, lines, undefined);
    out.push({ style: paragraph.styleName ?? '', numbering: paragraph.numbering, lines });
    return;
  }
  for (const child of node.children ?? []) collectParagraphs(child, out);
}

function collectSpans(node: MammothNode, lines: Span[][], run: MammothRun | undefined): void {
  const value = (node as { value?: unknown }).value;
  switch (node.type) {
    case 'text':
      if (run && typeof value === 'string') {
        lines.at(-1)!.push({
          text: run.isAllCaps ? value.toUpperCase() : value,
          bold: run.isBold,
          italic: run.isItalic,
          size: run.fontSize,
        });
      }
      return;
    case 'tab':
      lines
        .at(-1)!
        .push({ text: ' ', bold: run?.isBold ?? false, italic: false, size: run?.fontSize ?? null });
      return;
    case 'break':
      lines.push([]);
      return;
    case 'run':
      for (const child of node.children ?? []) collectSpans(child, lines, node as MammothRun);
      return;
    // Footnote and comment markers, pictures, checkboxes and bookmarks carry no text of the release.
    case 'noteReference':
    case 'commentReference':
    case 'image':
    case 'checkbox':
    case 'bookmarkStart':
      return;
    default:
      for (const child of node.children ?? []) collectSpans(child, lines, run);
  }
}

// ---------------------------------------------------------------------------------------------
// Paragraphs to blocks

const SPACE: Span = { text: ' ', bold: false, italic: false, size: null };
const TITLE = /^title$/i;
const SUBTITLE = /^subtitle$/i;
const HEADING = /^heading\s*(\d)$/i;
const LIST_STYLE = /^list (?:bullet|number)/i;

/**
 * One block per paragraph; a paragraph of lines broken by hand (a letterhead, a contact) gives
 * one block per line, as a PDF's stacked lines do. Headings and list items stay one block.
 */
function toBlocks(paragraph: Paragraph, bodySize: number | undefined, dropped: string[]): Block[] {
  const style = paragraph.style;
  const heading = TITLE.test(style)
    ? 1
    : SUBTITLE.test(style)
      ? 2
      : HEADING.test(style)
        ? Number(HEADING.exec(style)![1]) <= 2
          ? 2
          : 3
        : undefined;
  const listed = paragraph.numbering !== null || LIST_STYLE.test(style);
  // A heading or list item broken by hand is still one: the break becomes a space.
  const units =
    heading !== undefined || listed
      ? [paragraph.lines.flatMap((line, i) => (i === 0 ? line : [{ ...SPACE }, ...line]))]
      : paragraph.lines;
  const blocks: Block[] = [];
  for (const spans of units) {
    const text = cleanText(spans.map((s) => s.text).join(''));
    if (text === '') continue;
    if (PAGE_LABEL.test(text)) {
      dropped.push(text);
      continue;
    }
    const inked = spans.filter((s) => /\S/.test(s.text));
    const bold = inked.every((s) => s.bold);
    const italic = inked.every((s) => s.italic);
    const size = dominantSize(inked);
    const block: Block = { kind: 'paragraph', text };
    if (size !== undefined) block.size = size;
    if (bold || italic) block.emphasis = bold && italic ? 'bold-italic' : bold ? 'bold' : 'italic';
    if (heading !== undefined) {
      block.kind = 'heading';
      block.level = heading;
    } else if (listed || BULLET.test(text)) {
      block.kind = 'list-item';
      block.text = text.replace(BULLET, '');
      block.level = paragraph.numbering ? Number(paragraph.numbering.level) + 1 : 1;
      if (paragraph.numbering?.isOrdered) block.ordered = true;
    } else if (size !== undefined && size >= largeType(bodySize)) {
      block.kind = 'heading';
      block.level = 2;
    } else if (isBoldLine(text, bold, 1)) {
      block.kind = 'heading';
      block.level = 3;
    } else if (!bold) {
      const lead = cleanText(
        spans
          .slice(
            0,
            spans.findIndex((s) => !s.bold && /\S/.test(s.text)),
          )
          .map((s) => s.text)
          .join(''),
      );
      if (lead !== '') block.lead = lead;
    }
    blocks.push(block);
  }
  return blocks;
}

/** The size most of the text is set in, when set directly; undefined when the style decides. */
function dominantSize(spans: readonly Span[]): number | undefined {
  const weights = new Map<number, number>();
  for (const span of spans)
    weights.set(span.size ?? 0, (weights.get(span.size ?? 0) ?? 0) + span.text.length);
  const mode = [...weights.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return mode ? mode : undefined;
}

// ---------------------------------------------------------------------------------------------
// The ZIP container

interface ZipEntry {
  /** Unpacked size, bytes. */
  size: number;
  packed: number;
  method: number;
  offset: number;
}

/**
 * The entries of a ZIP file from its central directory, read without unpacking anything: to
 * tell a Word file from another ZIP, and to refuse one that would unpack to gigabytes.
 */
export function zipEntries(data: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const broken = () => new DocumentError('corrupt', 'a damaged ZIP container: not a readable Word file');
  let end = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw broken();
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > data.length || view.getUint32(at, true) !== 0x02014b50) throw broken();
    const nameLength = view.getUint16(at + 28, true);
    const name = decoder.decode(data.subarray(at + 46, at + 46 + nameLength));
    const size = view.getUint32(at + 24, true);
    // 0xFFFFFFFF announces a ZIP64 size: more than 4 GB.
    entries.set(name, {
      size: size === 0xffffffff ? Infinity : size,
      packed: view.getUint32(at + 20, true),
      method: view.getUint16(at + 10, true),
      offset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** The title in the document properties (docProps/core.xml), if set. */
function coreTitle(data: Uint8Array, entries: Map<string, ZipEntry>): string | undefined {
  const entry = entries.get('docProps/core.xml');
  if (!entry || entry.size > 1_000_000) return undefined;
  try {
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const start =
      entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true);
    const packed = data.subarray(start, start + entry.packed);
    const xml = new TextDecoder().decode(entry.method === 8 ? inflateRawSync(packed) : packed);
    const title = /<dc:title>([^<]*)<\/dc:title>/.exec(xml)?.[1];
    const text =
      title && cleanText(title.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => XML_ENTITIES[e]!));
    return text || undefined;
  } catch {
    return undefined;
  }
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
