/**
 * Starts the build cold when anything other than content changed since the cached build, or
 * when that build broke off; see src/lib/model/fingerprint.ts for what counts. Listed last in
 * astro.config.mjs, so that its `astro:build:done` (which marks the cache complete) runs after
 * every other integration's, Pagefind's included.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
// Relative imports: astro.config.mjs loads this file before the `~/` alias exists.
import { contentDir, site, siteFile } from '../lib/config';
import { coldReason, fingerprintOf, type FingerprintRecord } from '../lib/model/fingerprint';

/** The record of the last build, in the cache folder. */
export const FINGERPRINT_FILE = 'perskamer-fingerprint.json';

/** What the cache keeps that depends on code: Astro's page manifest and copies, the content store, the search index. */
const DERIVED = ['incremental-build.json', 'data-store.json', 'dist', 'pagefind', 'pagefind.json'];

/** Code and configuration files of the project, and the content folder's own configuration. */
async function fingerprintFiles(root: string): Promise<{ path: string; bytes: Uint8Array }[]> {
  const paths = ['astro.config.mjs', 'tsconfig.json', 'package-lock.json'];
  for (const entry of await readdir(join(root, 'src'), { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) paths.push(relative(root, join(entry.parentPath, entry.name)));
  }
  const files = await Promise.all(
    paths.map(async (path) => ({ path, bytes: await readFile(join(root, path)) })),
  );
  // site.yaml (name, languages, colours, publisher…) and the logo show on every page.
  files.push({ path: 'content:site.yaml', bytes: await readFile(resolve(root, siteFile)) });
  if (site.logo) {
    files.push({ path: 'content:logo', bytes: await readFile(resolve(root, contentDir, site.logo.src)) });
  }
  return files;
}

export default function buildFingerprint(): AstroIntegration {
  let record: string | undefined;
  let fingerprint = '';
  return {
    name: 'perskamer-build-fingerprint',
    hooks: {
      // Runs before the content layer syncs, so the store can still be dropped.
      'astro:config:setup': async ({ config, command, logger }) => {
        if (command !== 'build' || !config.experimental.incrementalBuild) return;
        const root = fileURLToPath(config.root);
        const cacheDir = fileURLToPath(config.cacheDir);
        fingerprint = fingerprintOf({
          files: await fingerprintFiles(root),
          env: process.env,
          runtime: { node: process.versions.node, icu: process.versions.icu },
          contentDir: resolve(root, contentDir),
        });
        record = join(cacheDir, FINGERPRINT_FILE);
        const previous: unknown = await readFile(record, 'utf8').then(
          (text) => JSON.parse(text) as unknown,
          () => undefined,
        );
        const reason = coldReason(previous, fingerprint);
        if (reason) {
          logger.info(`cold build: ${reason}`);
          await Promise.all(
            DERIVED.map((name) => rm(join(cacheDir, name), { recursive: true, force: true })),
          );
        } else {
          logger.info('incremental build: unchanged pages are copied from the cache');
        }
        await mkdir(cacheDir, { recursive: true });
        const running: FingerprintRecord = { fingerprint, complete: false };
        await writeFile(record, JSON.stringify(running));
      },
      'astro:build:done': async () => {
        if (!record) return;
        const done: FingerprintRecord = { fingerprint, complete: true };
        await writeFile(record, JSON.stringify(done));
      },
    },
  };
}
