/** What every `astro build` child shares: of `npm run build`, the tests and the benchmark. */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import lockfile from 'proper-lockfile';

/** The repository root. */
export const root = resolve(import.meta.dirname, '../..');

/**
 * The parent's environment without what test runners add: DEV, MODE or NODE_ENV from vitest
 * would turn the child's production build into a development one.
 */
export function cleanEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const copy = { ...env };
  for (const key of Object.keys(copy)) {
    if (/^(VITEST|TEST$|NODE_ENV$|DEV$|PROD$|MODE$|SSR$|BASE_URL$)/.test(key)) delete copy[key];
  }
  return copy;
}

/**
 * Astro keeps per-build files in the project's own `.astro/`, and `npm run build` shares one
 * cache folder between builds, so builds in one checkout take turns: `npm run build`, the build
 * tests and the benchmark all hold this lock while they build.
 */
export const LOCK_PATH = join(root, 'node_modules/.perskamer-build.lock');
/** Who holds the lock, for the message a waiting build prints. */
export const LOCK_OWNER_FILE = join(root, 'node_modules/.perskamer-build.owner');
/**
 * The holder refreshes the lock every STALE_MS / 6; a lock not refreshed for STALE_MS belongs to
 * a process that was killed, and the next build takes it over. Generous, for a loaded machine.
 */
const STALE_MS = 60_000;

/** Raised when the lock is held by another build and the caller would not (or no longer) wait. */
export class BuildBusyError extends Error {}

/** How to take the build lock. */
export interface LockOptions {
  /** Wait for the other build (default) rather than refuse at once. */
  wait?: boolean;
  /** Give up waiting after this long. */
  timeoutMs?: number;
  /** Called once when the lock is taken, with who holds it. */
  onWait?: (holder: string) => void;
  /** Called if the lock was lost while held (its refresh failed or came too late). */
  onCompromised?: (error: Error) => void;
  /** What this build is, for other builds' waiting message. */
  label?: string;
}

/** Takes the checkout's build lock; resolves to the function that releases it. */
export async function acquireBuildLock(options: LockOptions = {}): Promise<() => Promise<void>> {
  const { wait = true, timeoutMs = 60 * 60_000, label = 'a build' } = options;
  const deadline = Date.now() + timeoutMs;
  let told = false;
  for (;;) {
    try {
      const release = await lockfile.lock(root, {
        realpath: false,
        lockfilePath: LOCK_PATH,
        stale: STALE_MS,
        update: STALE_MS / 6,
        retries: 0,
        onCompromised:
          options.onCompromised ??
          ((error) => console.warn(`build lock lost while building: ${error.message}`)),
      });
      await writeFile(LOCK_OWNER_FILE, `${label} (pid ${process.pid}, since ${new Date().toISOString()})\n`);
      return async () => {
        // Still holding the lock, so the file removed is this holder's, never the next one's.
        await rm(LOCK_OWNER_FILE, { force: true });
        await release();
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
      const holder = await readFile(LOCK_OWNER_FILE, 'utf8').then(
        (text) => text.trim(),
        () => 'another build',
      );
      if (!wait || Date.now() > deadline) throw new BuildBusyError(holder);
      if (!told) options.onWait?.(holder);
      told = true;
      await sleep(500);
    }
  }
}

/** Runs `work` while holding the build lock. */
export async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  const release = await acquireBuildLock({ label: 'a test or benchmark build' });
  try {
    return await work();
  } finally {
    await release();
  }
}
