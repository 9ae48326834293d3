/**
 * Documents that evidence and targets point at: a web address, or a file in the content folder
 * that the site publishes under `/documents/` once something public cites it. The validator and
 * the build check them with the same rules, each reading the bytes its own way.
 */
import { posix } from 'node:path';
import { DOCUMENT_TYPES } from '~/schemas/atoms';

/** Reads a file under the content folder; undefined when there is none. */
export type DocumentReader = (path: string) => Uint8Array | undefined;

/** Whether a document reference is a web address rather than a file. */
export const isAddress = (ref: string) => /^[a-z][a-z0-9+.-]*:/i.test(ref);

/**
 * The path under the content folder of a document file, named relative to the record that cites
 * it; undefined for a web address.
 * @example documentPath('docs/lca.pdf', 'evidence/noordwind-lca.yaml') // 'evidence/docs/lca.pdf'
 */
export function documentPath(ref: string, recordRel: string): string | undefined {
  if (isAddress(ref)) return undefined;
  return posix.normalize(posix.join(posix.dirname(recordRel), ref.trim()));
}

/**
 * The media type a document file is served as, from its extension.
 * @example documentType('evidence/docs/lca.pdf') // 'application/pdf'
 */
export function documentType(path: string): string | undefined {
  const ext = path.split('.').pop()?.toLowerCase() ?? '';
  return Object.hasOwn(DOCUMENT_TYPES, ext) ? DOCUMENT_TYPES[ext as keyof typeof DOCUMENT_TYPES] : undefined;
}

/**
 * What is wrong with a document file, or undefined: it must be inside the content folder, exist,
 * and be what its name says (a PDF starts with `%PDF-`; text is UTF-8 without NUL bytes).
 */
export function documentProblem(ref: string, recordRel: string, read: DocumentReader): string | undefined {
  const path = documentPath(ref, recordRel);
  if (path === undefined) return undefined;
  if (path.startsWith('../') || path === '..') {
    return `"${ref}" points outside the content folder; expected a file in it, like docs/report.pdf`;
  }
  const type = documentType(path);
  if (!type) return `"${ref}" is no document type the site publishes; expected .pdf, .md, .txt or .csv`;
  const bytes = read(path);
  if (!bytes) return `document not found: "${ref}" (looked for ${path} in the content folder)`;
  if (type === 'application/pdf') {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 5));
    return head === '%PDF-' ? undefined : `"${ref}" is named .pdf but is no PDF file; expected a PDF`;
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.includes('\u0000') ? `"${ref}" holds binary data; expected plain UTF-8 text` : undefined;
  } catch {
    return `"${ref}" is not UTF-8 text; expected a text file saved as UTF-8`;
  }
}
