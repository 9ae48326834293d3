/**
 * Builds the Pagefind search index at the end of `astro build`, through Pagefind's Node API.
 * Only release pages carry `data-pagefind-body`, on the release's own words (ReleaseLayout and
 * the release components), so only those are indexed; Pagefind writes one index per `<html lang>`.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
// Imported up front: the config's module runner is closed by the time build:done runs.
import { close, createIndex } from 'pagefind';
import { RELEASE_PAGES } from '../lib/model/releases';

export default function pagefind(): AstroIntegration {
  return {
    name: 'perskamer-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
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
      },
    },
  };
}
