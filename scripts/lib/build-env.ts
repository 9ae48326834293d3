/** What every child `astro build` of the tests and the benchmark shares. */
import { mkdir, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

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

/** Astro keeps per-build files in the project's own `.astro/`, so builds in one checkout take turns. */
const LOCK = join(root, 'node_modules/.perskamer-build.lock');
const STALE_LOCK_MS = 10 * 60_000;

/** Runs `work` while holding the build lock. */
export async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      await mkdir(LOCK);
      break;
    } catch {
      // A lock left behind by a killed run would otherwise block every later build.
      const since = await stat(LOCK).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if (since > STALE_LOCK_MS) await rm(LOCK, { recursive: true, force: true });
      await sleep(100);
    }
  }
  try {
    return await work();
  } finally {
    await rm(LOCK, { recursive: true, force: true });
  }
}
