/** File writing shared by `npm run new` and `npm run import`: new files only, never a second URL. */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { basename, dirname, relative } from 'node:path';
import { collidingRelease } from '~/lib/authoring/slug';

/** A mistake the author can fix: printed without a stack trace. */
export class UsageError extends Error {}

/** A path as editors can click it: relative inside the project, absolute outside. */
export function show(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
}

/**
 * Writes a new release file. Refuses, before writing anything, when the file exists or
 * another release in the folder would have the same URL (another extension, case or
 * Unicode form); `hint` says what to do instead, `why` may guess how it came to exist.
 */
export async function writeNewRelease(path: string, text: string, hint: string, why = ''): Promise<void> {
  const names = await readdir(dirname(path)).catch(() => [] as string[]);
  const other = collidingRelease(names, basename(path));
  if (other !== undefined) {
    const existing = `${dirname(path)}/${other}`;
    throw new UsageError(
      other === basename(path)
        ? `${show(path)} already exists${why}; nothing was written. ${hint}`
        : `${show(existing)} already has the address this release would get (${basename(path)}); nothing was written. ${hint}`,
    );
  }
  await mkdir(dirname(path), { recursive: true });
  try {
    await writeFile(path, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new UsageError(`${show(path)} already exists${why}; nothing was written. ${hint}`);
    }
    throw error;
  }
}
