/**
 * One entry for the batch import: tells a file's kind from its first bytes (not its name) and
 * reads a PDF or a Word file into blocks, or says in one line why it cannot: the batch report
 * shows that line and goes on with the next file.
 */
import { DocumentError, MAX_DOCUMENT_BYTES, type ExtractedDocument } from '~/lib/authoring/import/blocks';
import { readDocx } from '~/lib/authoring/import/docx';
import { readPdf } from '~/lib/authoring/import/pdf';

/** What a file is, by its first bytes. */
export type DocumentKind = 'pdf' | 'zip' | 'compound' | 'other';

/**
 * The kind of a file by its signature: "%PDF-" (within the first KB, as readers allow), a ZIP
 * (a .docx is one), or an OLE compound file (an old .doc, or an Office file with a password).
 * @example sniff(new TextEncoder().encode('%PDF-1.7')) // 'pdf'
 */
export function sniff(data: Uint8Array): DocumentKind {
  const head = new TextDecoder('latin1').decode(data.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04) return 'zip';
  const compound = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  if (compound.every((byte, i) => data[i] === byte)) return 'compound';
  return 'other';
}

/** Reads a PDF or .docx file into blocks; throws a `DocumentError` with a message for the report. */
export async function readDocument(
  data: Uint8Array,
  options: { lang?: string | undefined } = {},
): Promise<ExtractedDocument> {
  if (data.length > MAX_DOCUMENT_BYTES) {
    throw new DocumentError(
      'too-large',
      `${Math.round(data.length / 2 ** 20)} MB is more than a press release: the limit is ${MAX_DOCUMENT_BYTES / 2 ** 20} MB`,
    );
  }
  switch (sniff(data)) {
    case 'pdf':
      return readPdf(data, options);
    case 'zip':
      return readDocx(data);
    case 'compound':
      throw new DocumentError(
        'legacy-word',
        'an old Word file (.doc) or a Word file with a password: open it in Word and save it as .docx without a password',
      );
    case 'other':
      throw new DocumentError('not-a-document', whatElse(data));
  }
}

/** Signatures of files that are sent as releases but hold no text to read. */
const PICTURES: readonly [name: string, signature: readonly number[]][] = [
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['TIFF', [0x49, 0x49, 0x2a, 0x00]],
  ['TIFF', [0x4d, 0x4d, 0x00, 0x2a]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
];

/**
 * Why a file that is neither a PDF nor a Word file cannot be imported, in words that say what
 * to do: a scan saved under a document's name is common in old archives.
 */
function whatElse(data: Uint8Array): string {
  const picture = PICTURES.find(([, signature]) => signature.every((byte, i) => data[i] === byte));
  if (picture) {
    return `a picture (${picture[0]}), not a document, whatever its name says: import the original PDF or Word file, or run text recognition (OCR) on the scan first`;
  }
  if (new TextDecoder('latin1').decode(data.subarray(0, 5)) === '{\\rtf') {
    return 'an RTF file, whatever its name says: open it in Word and save it as .docx';
  }
  return 'neither a PDF nor a Word file (.docx), whatever its name says';
}
