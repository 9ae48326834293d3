/**
 * Bytes to text for the plain-text import: UTF-8 only (a UTF-16 file with its byte-order mark
 * is decoded too), and a clear refusal for anything else, so that a binary or a mis-encoded file
 * never becomes a draft full of replacement characters.
 */

/** No press release is this long; a larger file is the wrong file. */
export const MAX_TEXT_BYTES = 1024 * 1024;

/** Why a file is not imported, in the author's words. */
export class NotImportable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotImportable';
  }
}

const size = (bytes: number) => `${Math.ceil(bytes / 1024).toLocaleString('en')} KB`;

/**
 * The text of a plain-text file. Throws `NotImportable` for a file over the size limit, a
 * binary file, or text that is not UTF-8.
 * @example decodeText(new TextEncoder().encode('Persbericht')) // 'Persbericht'
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length > MAX_TEXT_BYTES) {
    throw new NotImportable(
      `is ${size(bytes.length)}, more than the ${size(MAX_TEXT_BYTES)} (1 MB) the import reads; a press release is far shorter: is this the right file?`,
    );
  }
  const [a, b, c] = bytes;
  let text: string;
  if (a === 0xff && b === 0xfe) text = decode('utf-16le', bytes.subarray(2));
  else if (a === 0xfe && b === 0xff) text = decode('utf-16be', bytes.subarray(2));
  else {
    const body = a === 0xef && b === 0xbb && c === 0xbf ? bytes.subarray(3) : bytes;
    // Text never holds a NUL byte; programs, images, and UTF-16 without its byte-order mark do.
    if (body.includes(0)) throw new NotImportable(NOT_TEXT);
    text = decode('utf-8', body);
  }
  // A few stray control characters are pasted slips (they are stripped later); many are binary data.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point of this pattern
  const controls = text.match(/[\u0000-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0;
  if (text.includes('\u0000') || controls > 16 + text.length / 100) throw new NotImportable(NOT_TEXT);
  return text;
}

const NOT_TEXT = 'is not a text file (it holds binary data); the import reads plain text';

function decode(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new NotImportable(
      encoding === 'utf-8'
        ? 'is not a UTF-8 text file (it may be an older Windows or Mac encoding, or not text at all); save it as UTF-8 text and import it again'
        : `is not a text file (it starts like ${encoding.toUpperCase()} text, but is not)`,
    );
  }
}
