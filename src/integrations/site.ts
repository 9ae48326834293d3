/**
 * The newsroom's configuration in the build: its brand colours as a generated stylesheet
 * (`virtual:newsroom/brand.css`, bundled with the site's CSS: no inline styles, which the CSP
 * forbids), and the `_headers` file whose CSP names the newsletter form's origin.
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
// Relative imports: astro.config.mjs loads this file before the `~/` alias exists.
import { brandCss } from '../lib/brand';
import { site, siteFile } from '../lib/config';
import { headersFile } from '../lib/csp';

const BRAND_CSS = 'virtual:newsroom/brand.css';
// Vite's convention for virtual modules; the .css ending makes it run through the CSS pipeline.
const RESOLVED = `\0${BRAND_CSS}`;

export default function newsroom(): AstroIntegration {
  return {
    name: 'newsroom-site',
    hooks: {
      'astro:config:setup': ({ updateConfig, addWatchFile }) => {
        // The dev server restarts when site.yaml changes: languages and colours are read at start.
        addWatchFile(pathToFileURL(resolve(siteFile)));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'newsroom-brand-css',
                resolveId: (id) => (id === BRAND_CSS ? RESOLVED : undefined),
                load: (id) => (id === RESOLVED ? brandCss(site.colors) : undefined),
              },
            ],
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        await writeFile(
          fileURLToPath(new URL('_headers', dir)),
          headersFile({ subscribeAction: site.subscribe?.action }),
        );
        logger.info('wrote _headers');
      },
    },
  };
}
