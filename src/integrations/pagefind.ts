/**
 * Builds the Pagefind search index at the end of `astro build`, through Pagefind's Node API.
 * Only release pages carry `data-pagefind-body`, on the release's own words (ReleaseLayout and
 * the release components), so only those are indexed; Pagefind writes one index per `<html lang>`.
 *
 * Pagefind cannot update an index, so an incremental build skips it instead when its input is
 * unchanged: the bytes of every release page (which is all Pagefind reads) are hashed, and when
 * the hash equals the one stored with the cached index, that index is copied into place.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { cp, glob, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// Imported up front: the config's module runner is closed by the time build:done runs.
import { close, createIndex } from 'pagefind';
import { RELEASE_PAGES } from '../lib/model/releases';

/** The cached index and the digest of the pages it was made from, in the cache folder. */
const CACHED_INDEX = 'pagefind';
const CACHED_DIGEST = 'pagefind.json';

/** A digest of every page Pagefind would read, by path and bytes. */
async function inputDigest(site: string): Promise<string> {
  const pages: string[] = [];
  for await (const page of glob(RELEASE_PAGES, { cwd: site })) pages.push(page);
  const hash = createHash('sha256');
  for (const page of pages.sort()) {
    hash.update(`${page}\0`);
    hash.update(
      createHash('sha256')
        .update(await readFile(join(site, page)))
        .digest(),
    );
  }
  return hash.digest('base64url');
}

export default function pagefind(): AstroIntegration {
  let cacheDir: string | undefined;
  return {
    name: 'perskamer-pagefind',
    hooks: {
      'astro:config:setup': ({ config }) => {
        if (config.experimental.incrementalBuild) cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const digest = cacheDir ? await inputDigest(site) : undefined;
        if (cacheDir && digest) {
          const previous = await readFile(join(cacheDir, CACHED_DIGEST), 'utf8').then(
            (text) => (JSON.parse(text) as { digest?: string }).digest,
            () => undefined,
          );
          if (previous === digest) {
            await cp(join(cacheDir, CACHED_INDEX), join(site, 'pagefind'), { recursive: true });
            logger.info('release pages unchanged: search index copied from the cache');
            return;
          }
        }
        try {
          const { index, errors } = await createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          // Only release pages carry data-pagefind-body; reading the listings too would only cost time.
          const added = await index.addDirectory({ path: site, glob: RELEASE_PAGES });
          if (added.errors.length > 0)
            throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} pages`);
        } finally {
          await close();
        }
        if (cacheDir && digest) {
          // The digest is written last: a copy that broke off is never taken for a finished one.
          await rm(join(cacheDir, CACHED_DIGEST), { force: true });
          await rm(join(cacheDir, CACHED_INDEX), { recursive: true, force: true });
          await cp(join(site, 'pagefind'), join(cacheDir, CACHED_INDEX), { recursive: true });
          await writeFile(join(cacheDir, CACHED_DIGEST), JSON.stringify({ digest }));
        }
      },
    },
  };
}
