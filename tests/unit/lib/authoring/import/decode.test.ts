import { describe, expect, it } from 'vitest';
import { decodeText, MAX_TEXT_BYTES, NotImportable } from '~/lib/authoring/import/decode';

const utf16 = (text: string, order: 'le' | 'be') => {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes.set(order === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff], 2 + i * 2);
  }
  return bytes;
};

describe('decodeText', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodeText(new TextEncoder().encode('Coöperatie € 16,1'))).toBe('Coöperatie € 16,1');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x4b, 0x6f, 0x70]))).toBe('Kop');
  });

  it('decodes UTF-16 by its byte-order mark, in either byte order', () => {
    expect(decodeText(utf16('Persbericht: coöperatie', 'le'))).toBe('Persbericht: coöperatie');
    expect(decodeText(utf16('Persbericht: coöperatie', 'be'))).toBe('Persbericht: coöperatie');
  });

  it('refuses a binary file, and UTF-16 without its byte-order mark', () => {
    const elf = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0x3e, 0]);
    expect(() => decodeText(elf)).toThrow(
      new NotImportable('is not a text file (it holds binary data); the import reads plain text'),
    );
    expect(() => decodeText(utf16('Kop', 'le').subarray(2))).toThrow('is not a text file');
    expect(() => decodeText(new TextEncoder().encode('\u0001\u0002\u0003'.repeat(20)))).toThrow(
      'is not a text file',
    );
  });

  it('refuses text in another encoding with what to do about it', () => {
    // "Coöperatie" in Windows-1252: ö is the single byte 0xF6.
    const latin1 = new Uint8Array([0x43, 0x6f, 0xf6, 0x70, 0x65, 0x72, 0x61, 0x74, 0x69, 0x65]);
    expect(() => decodeText(latin1)).toThrow(
      'is not a UTF-8 text file (it may be an older Windows or Mac encoding, or not text at all); save it as UTF-8 text and import it again',
    );
  });

  it('refuses a file over the size limit before reading it', () => {
    expect(() => decodeText(new Uint8Array(MAX_TEXT_BYTES + 1).fill(0x61))).toThrow(
      'is 1,025 KB, more than the 1,024 KB (1 MB) the import reads; a press release is far shorter: is this the right file?',
    );
  });
});
