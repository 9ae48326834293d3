/** Builds a content tree with the real pipeline (`astro build` in a child process). */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { cleanEnv, root, withBuildLock } from '../../scripts/lib/build-env';

export { root };

export const fixtureContent = join(root, 'tests/fixtures/site/content');
/** The build clock of the fixture builds. */
export const FIXTURE_NOW = '2026-12-01T09:00:00+01:00';

export interface BuildResult {
  ok: boolean;
  outDir: string;
  /** stdout and stderr together. */
  output: string;
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
          ...cleanEnv(),
          ASTRO_TELEMETRY_DISABLED: '1',
          // CI sets CI=true, which turns colours on in Astro's logger; tests read plain text.
          NO_COLOR: '1',
          PRESS_NOW: FIXTURE_NOW,
          PRESS_CONTENT_DIR: contentDir,
          PRESS_OUT_DIR: outDir,
          PRESS_CACHE_DIR: join(work, 'cache'),
          ...env,
        },
      },
    );
    return { ok: true, outDir, output: stripVTControlCharacters(stdout + stderr) };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, outDir, output: stripVTControlCharacters(`${e.stdout ?? ''}${e.stderr ?? ''}`) };
  }
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
