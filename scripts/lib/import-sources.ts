/**
 * The files `npm run import` reads: plain text, PDF (pdf.js) and Word (.docx, mammoth). Each
 * file becomes blocks for the one classifier.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Lang } from '~/i18n/locales';
import { decodeText, NotImportable } from '~/lib/authoring/import/decode';
import { fromReader } from '~/lib/authoring/import/index';
import { segmentText } from '~/lib/authoring/import/segment';
import type { BlockDocument } from '~/lib/authoring/import/types';

const TEXT = /\.(?:txt|text)$/i;
/** Read by their first bytes: an old .doc or an .rtf gets a line that says how to save it as .docx. */
const DOCUMENT = /\.(?:pdf|docx|doc|rtf)$/i;

/**
 * The files named on the command line; a folder stands for the files in it, in name order.
 * `names` gives each file as the report shows it: as named, or by its name inside the folder.
 */
export async function listSources(
  paths: readonly string[],
): Promise<{ files: string[]; skipped: string[]; names: Map<string, string> }> {
  const files: string[] = [];
  const skipped: string[] = [];
  const names = new Map<string, string>();
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new Error(`${path}: no such file or folder`);
    if (!info.isDirectory()) {
      files.push(path);
      continue;
    }
    const inFolder = (await readdir(path))
      .filter((n) => !n.startsWith('.'))
      .sort((a, b) => a.localeCompare(b));
    if (!inFolder.some((n) => TEXT.test(n) || DOCUMENT.test(n))) {
      throw new Error(`${path}: no .txt, .pdf or .docx files in this folder`);
    }
    for (const name of inFolder) {
      names.set(join(path, name), name);
      (TEXT.test(name) || DOCUMENT.test(name) ? files : skipped).push(join(path, name));
    }
  }
  return { files, skipped, names };
}

/** Reads one file into blocks; throws `NotImportable` with a line for the report. */
export async function readSource(path: string, lang?: Lang): Promise<BlockDocument> {
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new NotImportable(
      error.code === 'EACCES'
        ? 'cannot be read: permission denied'
        : `cannot be read (${error.code ?? error.message})`,
    );
  });
  if (!DOCUMENT.test(path)) return segmentText(decodeText(bytes));
  // Loaded only for PDF and Word files: pdf.js and mammoth take seconds to load.
  const [{ readDocument }, { DocumentError }] = await Promise.all([
    import('~/lib/authoring/import/document'),
    import('~/lib/authoring/import/blocks'),
  ]);
  try {
    // The language, when given, lets the PDF reader decide hyphens at line ends by its rules.
    return fromReader(await readDocument(new Uint8Array(bytes), { lang }));
  } catch (error) {
    if (error instanceof DocumentError) throw new NotImportable(error.message);
    throw error;
  }
}
