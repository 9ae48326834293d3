// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';
import publishGuard from './src/integrations/publish-guard.ts';
import buildFingerprint from './src/integrations/build-fingerprint.ts';
import dataStoreParts from './src/integrations/data-store-parts.ts';
import newsroom from './src/integrations/site.ts';
import { defaultLang, langs } from './src/i18n/locales.ts';
import remarkStripComments from './src/markdown/remark-strip-comments.ts';
import remarkTypography from './src/markdown/remark-typography.ts';
import { site } from './src/lib/config.ts';
import { lstatSync } from 'node:fs';
import { resolve } from 'node:path';
import { outputProblem } from './src/lib/publishing/output.ts';

// PRESS_OUT_DIR lets tests, `npm run build` and the staff preview build elsewhere than dist/.
const outDir = process.env.PRESS_OUT_DIR ?? './dist';

/** @type {import('astro').AstroIntegration} Refuses a build that would write where it must not. */
const outputGuard = {
  name: 'perskamer-output-guard',
  hooks: {
    'astro:config:setup': ({ command }) => {
      if (command !== 'build') return;
      const problem = outputProblem({
        outDir,
        publicDir: resolve('dist'),
        staffPreview: process.env.PRESS_STAFF_PREVIEW === '1',
        outDirIsLink: lstatSync(outDir, { throwIfNoEntry: false })?.isSymbolicLink() ?? false,
      });
      if (problem) throw new Error(problem);
    },
  },
};
import { SCRIPT_SOURCES, sharedDirectives } from './src/lib/csp.ts';

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  outDir,
  // A separate cache per build keeps concurrent or alternating content trees apart.
  cacheDir: process.env.PRESS_CACHE_DIR ?? './node_modules/.astro',
  // The newsroom's languages (content/site.yaml), the first one the default.
  i18n: {
    locales: langs,
    defaultLocale: defaultLang,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: {
    // Our typography plugin replaces SmartyPants: quotation marks differ per language.
    // HTML comments are removed first: notes for colleagues never reach a page, ninjs or search.
    // The MDX integration extends this processor, so both run for .mdx releases too.
    // PRESS_MARKDOWN=default leaves Astro's own processor in place, for the benchmark's
    // comparison only: its output lacks the per-language typography and is not for publishing.
    ...(process.env.PRESS_MARKDOWN === 'default'
      ? {}
      : {
          processor: unified({ remarkPlugins: [remarkStripComments, remarkTypography], smartypants: false }),
        }),
    // Releases carry no code; Shiki's inline styles would also clash with the CSP.
    syntaxHighlight: false,
  },
  // The fingerprint goes last: it marks the cache complete only after every other build step.
  integrations: [
    outputGuard,
    dataStoreParts(),
    mdx(),
    newsroom(),
    pagefind(),
    publishGuard(),
    buildFingerprint(),
  ],
  // Pages whose cache key (lib/model/digest.ts) and code are unchanged are copied from the
  // previous build in PRESS_CACHE_DIR. PRESS_INCREMENTAL=0 renders every page (for comparisons).
  experimental: { incrementalBuild: process.env.PRESS_INCREMENTAL !== '0' },
  // `astro dev` and `astro preview` are never the public host, and they may show drafts and
  // embargoed releases: nothing they serve is for search engines.
  server: { headers: { 'X-Robots-Tag': 'noindex, nofollow' } },
  security: {
    csp: {
      // The same directives as the _headers file the site integration writes; form-action
      // names the newsletter service's origin when site.yaml has a subscribe form.
      directives: sharedDirectives({ subscribeAction: site.subscribe?.action }),
      scriptDirective: { resources: SCRIPT_SOURCES },
    },
  },
  // No inline CSS, so the CSP in _headers can say style-src 'self'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Nor inline scripts: _headers allows script-src 'self' only.
  vite: { build: { assetsInlineLimit: 0 } },
});
