/** Bad content fails the build with a message naming the file, the field and what was expected. */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, copyFixture, removeBuild } from '../helpers/build';

const NL = 'releases/nl/2023/jaarcijfers.md';

/** Builds a copy of the fixture with one file edited. */
async function editedBuild(
  file: string,
  edit: (text: string) => string,
  env: Record<string, string> = {},
): Promise<{ ok: boolean; output: string }> {
  const content = await copyFixture();
  const path = join(content, file);
  const before = await readFile(path, 'utf8');
  const after = edit(before);
  expect(after, 'the edit must change the file').not.toBe(before);
  await writeFile(path, after);
  const result = await buildSite(content, env);
  await Promise.all([removeBuild(result), rm(dirname(content), { recursive: true, force: true })]);
  return result;
}

/** Builds a copy of the fixture with one file edited, and returns the failing build's output. */
async function failingBuild(file: string, edit: (text: string) => string): Promise<string> {
  const result = await editedBuild(file, edit);
  expect(result.ok, result.output).toBe(false);
  return result.output;
}

describe('bad input fails the build with a named error', () => {
  it('a brand colour with poor contrast, with the measured ratio', async () => {
    const output = await failingBuild('site.yaml', (t) => t.replace('brand: "#0b4f7c"', 'brand: "#e0a0b0"'));
    expect(output).toMatch(
      /site\.yaml:\d+:\d+: error: colors\.brand: "#e0a0b0" has a contrast ratio of 1\.96:1 .*expected at least 4\.5:1 \(WCAG AA\)/,
    );
  });

  it('an invalid field value', async () => {
    const output = await failingBuild(NL, (t) => t.replace('date: 2023-03-01T09:00:00+01:00', 'date: soon'));
    expect(output).toContain(NL);
    expect(output).toMatch(/date\W.*expected a date \(2023-02-20\) or a date-time with offset/);
  });

  it('a key figure with an unknown unit', async () => {
    const output = await failingBuild(NL, (t) => t.replace('unit: percent', 'unit: percentage'));
    expect(output).toContain(NL);
    expect(output).toMatch(/keyFigures\.0\.unit\W.*expected a unit from the closed list: percent, EUR/);
  });

  it('an image without alt text', async () => {
    const output = await failingBuild(NL, (t) => t.replace("alt: 'Blauw testbeeld', ", ''));
    expect(output).toContain(NL);
    expect(output).toMatch(/images\.0\.alt\W.*expected alt text/);
  });

  it('an unknown company id', async () => {
    const output = await failingBuild(NL, (t) => t.replace('company: testco', 'company: testcoo'));
    expect(output).toContain(`${NL}: company: unknown company "testcoo"; expected one of: testco`);
  });

  it('an unknown person and topic id', async () => {
    const output = await failingBuild(NL, (t) =>
      t
        .replace('contacts: [piet-pers]', 'contacts: [piet-press]')
        .replace('topics: [results]', 'topics: [resluts]'),
    );
    expect(output).toContain(
      `${NL}: contacts.0: unknown person "piet-press"; expected one of: pia-spreker, piet-pers`,
    );
    expect(output).toContain(`${NL}: topics.0: unknown topic "resluts"; expected one of: energy, results`);
  });

  it('two files of one language sharing a translationKey', async () => {
    const output = await failingBuild('releases/nl/2024/alleen-nederlands.md', (t) =>
      t.replace('company: testco', 'company: testco\ntranslationKey: fixture-results-2023'),
    );
    expect(output).toMatch(
      /releases\/nl\/20\d\d\/[a-z-]+\.md: translationKey: "fixture-results-2023" is already used by .*releases\/nl\/20\d\d\/[a-z-]+\.md in the same language/,
    );
  });

  it('a translation whose key figure differs, naming both files', async () => {
    const EN = 'releases/en/2023/annual-results.md';
    const output = await failingBuild(EN, (t) => t.replace('value: 12,', 'value: 13,'));
    expect(output).toMatch(
      /releases\/en\/2023\/annual-results\.md: keyFigures\.0\.value: figure "growth" has value 13 here but 12 in .*releases\/nl\/2023\/jaarcijfers\.md/,
    );
  });
});

describe('key figures the text never mentions', () => {
  const unmention = (t: string) => t.replace(/ongeveer 12 procent meer/gi, 'meer');

  it('are reported as a warning by default', async () => {
    const result = await editedBuild(NL, unmention);
    expect(result.ok, result.output).toBe(true);
    expect(result.output).toMatch(
      /warning: .*jaarcijfers\.md: keyFigures\.0\.value: figure "growth" \(12\) is not mentioned/,
    );
  });

  it('fail the build in strict mode', async () => {
    const result = await editedBuild(NL, unmention, { PRESS_STRICT: '1' });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(
      /error: .*jaarcijfers\.md: keyFigures\.0\.value: figure "growth" \(12\) is not mentioned/,
    );
  });
});
