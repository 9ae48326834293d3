/**
 * Validates every HTML file of the real example site with html-validate's recommended preset
 * (configured in `.htmlvalidate.json` at the repository root).
 *
 * Rules switched off there, each only because it fires on markup Astro itself produces and that
 * cannot be changed from src/ (keep this list and the config in step; the first test checks it):
 *
 * - `void-style`: Astro's compiler prints void elements inconsistently within one page: statically
 *   written ones as `<meta charset="utf-8">`, ones with expression attributes as `<meta ... />`.
 *   Prettier (prettier-plugin-astro) always writes `/>` in the source, so neither `omit` nor
 *   `selfclose` can be satisfied.
 *
 * Rules with other settings than the preset's:
 *
 * - `long-title` allows 160 characters instead of 70: a release's `<title>` is its headline, and
 *   press headlines run long; cutting them would hide the news from search visitors.
 *
 * Everything else—including findings in our own markup—stays on and must be fixed in src/.
 */
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type ConfigData } from 'html-validate';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { root } from '../helpers/build';
import { htmlFiles } from './pages';

/** Rules that `.htmlvalidate.json` may switch off, with the reason (see the comment above). */
const DISABLED_RULES: Record<string, string> = {
  'void-style': 'Astro mixes `<meta>` and `<meta />` in its output',
};

const outDir = inject('outDir');
const files = await htmlFiles(outDir);

let config: ConfigData;
let validator: HtmlValidate;
beforeAll(async () => {
  config = JSON.parse(await readFile(join(root, '.htmlvalidate.json'), 'utf8')) as ConfigData;
  // The build lives in a temp folder outside the repository, where the file-system loader would not
  // find `.htmlvalidate.json`; hand it over as the global configuration instead.
  validator = new HtmlValidate(new FileSystemConfigLoader(config));
});

it('uses the recommended preset and switches off only the documented rules', () => {
  expect(config.extends).toEqual(['html-validate:recommended']);
  const off = Object.entries(config.rules ?? {})
    .filter(
      ([, setting]) => setting === 'off' || setting === 0 || (Array.isArray(setting) && setting[0] === 'off'),
    )
    .map(([rule]) => rule)
    .sort();
  expect(off).toEqual(Object.keys(DISABLED_RULES).sort());
});

it('finds the HTML files of the build', () => {
  expect(files.map((file) => relative(outDir, file))).toEqual(
    expect.arrayContaining(['index.html', '404.html', 'nl/index.html']),
  );
});

describe('html-validate', () => {
  it.for(files.map((file) => relative(outDir, file)))('%s is valid', async (file) => {
    const report = await validator.validateFile(join(outDir, file));
    const messages = report.results.flatMap((result) =>
      result.messages.map((m) => `${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`),
    );
    expect(messages, `html-validate errors in ${file}`).toEqual([]);
  });
});
