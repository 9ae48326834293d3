/**
 * One build proves that a bad file fails `astro build` itself (no `npm run validate` first)
 * with a message naming the file, the field and what was expected: the build runs the same
 * checks as the validator. Every class of bad input is a unit test
 * (tests/unit/lib/authoring/bad-input.test.ts, validate-reliability.test.ts).
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixture, removeBuild, type BuildResult } from '../helpers/build';

const NL = 'releases/nl/2023/jaarcijfers.md';
let build: BuildResult;

beforeAll(async () => {
  const content = await copyFixture();
  const path = join(content, NL);
  const text = (await readFile(path, 'utf8'))
    .replace('company: testco', 'company: testcoo')
    .replace(
      '## Vooruitblik',
      '## Vooruitblik <meta http-equiv="refresh" content="0;url=https://evil.example/">\n\nTODO nakijken.',
    );
  await writeFile(path, text);
  build = await buildSite(content);
  await rm(dirname(content), { recursive: true, force: true });
});
afterAll(() => removeBuild(build));

describe('a bad file', () => {
  it('fails the build, naming the file, the field and what was expected', () => {
    expect(build.ok, build.output).toBe(false);
    expect(build.output).toContain(`${NL}: company: unknown company "testcoo"; expected one of: testco`);
    expect(build.output).toMatch(
      /jaarcijfers\.md: \(text\): raw HTML <meta> is not allowed in a release; expected Markdown \(only <sub>, <sup>, <br> may be written as HTML\) \(line \d+ of the text\)/,
    );
    expect(build.output).toMatch(/jaarcijfers\.md: \(text\): still contains "TODO nakijken\."/);
  });
});

describe('a brand colour with poor contrast', () => {
  it('fails the build with the measured ratio, before anything is built', async () => {
    const content = await copyFixture();
    const path = join(content, 'site.yaml');
    const before = await readFile(path, 'utf8');
    const after = before.replace('brand: "#0b4f7c"', 'brand: "#e0a0b0"');
    expect(after, 'the edit must change the file').not.toBe(before);
    await writeFile(path, after);
    const result = await buildSite(content);
    await Promise.all([removeBuild(result), rm(dirname(content), { recursive: true, force: true })]);
    expect(result.ok, result.output).toBe(false);
    expect(result.output).toMatch(
      /site\.yaml:\d+:\d+: error: colors\.brand: "#e0a0b0" has a contrast ratio of 1\.96:1 .*expected at least 4\.5:1 \(WCAG AA\)/,
    );
  });
});
