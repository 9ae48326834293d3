/** Builds a content tree with the real pipeline (`astro build` in a child process). */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';

export const root = resolve(import.meta.dirname, '../..');
export const fixtureContent = join(root, 'tests/fixtures/site/content');
/** The build clock of the fixture builds. */
export const FIXTURE_NOW = '2026-12-01T09:00:00+01:00';

export interface BuildResult {
  ok: boolean;
  outDir: string;
  /** stdout and stderr together. */
  output: string;
}

/** Astro keeps per-build files in the project's own `.astro/`, so builds in one checkout take turns. */
const LOCK = join(root, 'node_modules/.perskamer-build.lock');
const STALE_LOCK_MS = 10 * 60_000;

async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
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

/** Builds `contentDir` into a fresh temporary folder, one build at a time. */
export function buildSite(contentDir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  return withBuildLock(() => runBuild(contentDir, env));
}

async function runBuild(contentDir: string, env: Record<string, string>): Promise<BuildResult> {
  const work = await mkdtemp(join(tmpdir(), 'perskamer-build-'));
  const outDir = join(work, 'dist');
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'],
      {
        cwd: root,
        maxBuffer: 64 * 1024 * 1024,
        env: {
          ...parentEnv(),
          ASTRO_TELEMETRY_DISABLED: '1',
          PRESS_NOW: FIXTURE_NOW,
          PRESS_CONTENT_DIR: contentDir,
          PRESS_OUT_DIR: outDir,
          PRESS_CACHE_DIR: join(work, 'cache'),
          ...env,
        },
      },
    );
    return { ok: true, outDir, output: stdout + stderr };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, outDir, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

/**
 * The parent's environment without what vitest adds: its DEV, MODE and NODE_ENV would
 * turn the child's production build into a development one.
 */
function parentEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(VITEST|TEST$|NODE_ENV$|DEV$|PROD$|MODE$|SSR$|BASE_URL$)/.test(key)) delete env[key];
  }
  return env;
}

/** A writable copy of the fixture content, to break on purpose. */
export async function copyFixture(): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), 'perskamer-content-')), 'content');
  await cp(fixtureContent, dir, { recursive: true });
  return dir;
}

/** Reads a built page. */
export function readPage(outDir: string, path: string): Promise<string> {
  return readFile(join(outDir, path, path.endsWith('.html') ? '' : 'index.html'), 'utf8');
}

/** Deletes a build's temporary folder (output and cache). */
export async function removeBuild(build: BuildResult): Promise<void> {
  await rm(dirname(build.outDir), { recursive: true, force: true });
}
