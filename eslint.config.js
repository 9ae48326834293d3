// @ts-check
// Lint: typescript-eslint's recommended rules, and the layering of src/ as a check.
// Dependencies point one way (see README "Where things live"); import-x reports cycles
// and any import that points up a layer.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The layers from the bottom up; a layer may import only from the layers before it. */
/** @type {{ name: string, paths: string[] }[]} */
// site.ts sits in the config layer although its folder is a schema's: the configuration validates
// site.yaml with it while loading, before anything of the schemas layer may run.
const layers = [
  {
    name: 'config',
    paths: [
      'src/lib/config.ts',
      'src/lib/units.ts',
      'src/lib/contrast.ts',
      'src/lib/brand.ts',
      'src/lib/csp.ts',
      'src/i18n',
      'src/schemas/site.ts',
    ],
  },
  { name: 'locale', paths: ['src/lib/locale', 'src/lib/urls.ts'] },
  { name: 'schemas', paths: ['src/schemas'] },
  { name: 'model', paths: ['src/lib/model'] },
  // Build plugins (Markdown, integrations) read the release path rules of the model.
  {
    name: 'views',
    paths: ['src/lib/views', 'src/lib/outputs', 'src/lib/search', 'src/integrations', 'src/markdown'],
  },
  { name: 'ui', paths: ['src/components', 'src/layouts', 'src/pages', 'src/content.config.ts'] },
];
/**
 * The authoring and publishing tools stand beside views: they use the model; only scripts/ use them.
 */
const tools = ['src/lib/authoring', 'src/lib/publishing'];

/**
 * Files of layer `i` or a lower one that lie inside `folder` (a higher layer's folder).
 * @param {string} folder
 * @param {number} i
 */
const lowerInside = (folder, i) =>
  layers
    .slice(0, i + 1)
    .flatMap((layer) => layer.paths)
    .filter((p) => p.startsWith(`${folder}/`))
    .map((p) => `./${p.slice(folder.length + 1)}`);

const zones = [
  ...layers.flatMap(({ name, paths }, i) => {
    const above = [...layers.slice(i + 1).flatMap((layer) => layer.paths), ...tools];
    return paths.flatMap((target) =>
      above.map((from) => ({
        target: `./${target}`,
        from: `./${from}`,
        except: lowerInside(from, i),
        message: `"${name}" code must not depend on a higher layer or on the authoring and publishing tools (README: Where things live).`,
      })),
    );
  }),
  ...tools.map((tool) => ({
    target: `./${tool}`,
    from: layers
      .slice(4)
      .flatMap((layer) => layer.paths)
      .map((p) => `./${p}`),
    message: 'The authoring and publishing tools use the model, not views or pages.',
  })),
  // Browser code may use only browser-safe modules.
  {
    target: './src/client',
    from: [
      './src/lib',
      './src/schemas',
      './src/i18n/locales.ts',
      './src/i18n/nl',
      './src/i18n/en',
      './src/i18n/de',
      './src/i18n/fr',
    ],
    except: ['./search/state.ts', './search/query.ts', './search/card.ts'],
    message:
      'Browser scripts may import only browser-safe modules (src/lib/search/state.ts, query.ts, card.ts, src/i18n/fill.ts).',
  },
];

export default defineConfig(
  {
    ignores: [
      'dist*/**',
      '.astro/**',
      'node_modules/**',
      '.bench/**',
      'coverage/**',
      'test-output/**',
      '.screenshots/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/client/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  prettier,
);
