// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';
import newsroom from './src/integrations/site.ts';
import { defaultLang, langs } from './src/i18n/locales.ts';
import remarkTypography from './src/markdown/remark-typography.ts';
import { site } from './src/lib/config.ts';
import { SCRIPT_SOURCES, sharedDirectives } from './src/lib/csp.ts';

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  // PRESS_OUT_DIR lets tests and the staff preview build elsewhere than dist/.
  outDir: process.env.PRESS_OUT_DIR ?? './dist',
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
    // PRESS_MARKDOWN=default leaves Astro's own processor in place, for the benchmark's
    // comparison only: its output lacks the per-language typography and is not for publishing.
    ...(process.env.PRESS_MARKDOWN === 'default'
      ? {}
      : { processor: unified({ remarkPlugins: [remarkTypography], smartypants: false }) }),
    // Releases carry no code; Shiki's inline styles would also clash with the CSP.
    syntaxHighlight: false,
  },
  integrations: [mdx(), newsroom(), pagefind()],
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
