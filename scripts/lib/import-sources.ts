/**
 * The files `npm run import` reads: plain text now, PDF and Word through the document readers
 * (issue 15) once they are in. Each file becomes blocks for the one classifier.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Lang } from '~/i18n/locales';
import { decodeText, NotImportable } from '~/lib/authoring/import/decode';
import { segmentText } from '~/lib/authoring/import/segment';
import type { BlockDocument } from '~/lib/authoring/import/types';

const TEXT = /\.(?:txt|text)$/i;
const DOCUMENT = /\.(?:pdf|docx)$/i;

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
export async function readSource(path: string, _lang?: Lang): Promise<BlockDocument> {
  if (DOCUMENT.test(path)) {
    // The PDF and Word readers (pdf.js, mammoth) come with the import-docs work; `fromReader` in
    // src/lib/authoring/import/index.ts turns what they give into the classifier's blocks.
    throw new NotImportable(
      `${basename(path)} is a PDF or Word file, which this version cannot read yet; save it as plain text (.txt) and import that`,
    );
  }
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new NotImportable(
      error.code === 'EACCES'
        ? 'cannot be read: permission denied'
        : `cannot be read (${error.code ?? error.message})`,
    );
  });
  return segmentText(decodeText(bytes));
}
