/**
 * `npm run new` and `npm run import` refuse before writing when the release would break the
 * build (issue 9, D9) and read only text files (D10), as communications staff run them.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture } from '../../helpers/build';
import { runScript } from '../../helpers/cli';

let content: string;
const releases = (lang: string, year: string) =>
  readdir(join(content, 'releases', lang, year)).catch(() => []);

beforeAll(async () => {
  content = await copyFixture();
  // Published MDX releases whose names differ only in case and extension from a new title's.
  const release = '---\ntitle: x\ndate: 2023-01-01\nlocation: X\ncompany: testco\n---\nx\n';
  await writeFile(join(content, 'releases/nl/2023/Unicode-Bericht.MDX'), release);
  await mkdir(join(content, 'releases/en/2026'), { recursive: true });
  await writeFile(join(content, 'releases/en/2026/Testco-Opens-A-Cafe.mdx'), release);
});
afterAll(() => rm(dirname(content), { recursive: true, force: true }));

describe('npm run new', () => {
  it('refuses a title whose file name another release in the folder already has', async () => {
    const result = await runScript(
      'new',
      ['--lang', 'en', '--company', 'testco', '--title', 'Testco opens a café'],
      {
        contentDir: content,
      },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'releases/en/2026/Testco-Opens-A-Cafe.mdx already has the address this release would get (testco-opens-a-cafe.md); nothing was written',
    );
    expect(await releases('en', '2026')).toEqual(['Testco-Opens-A-Cafe.mdx']);
  });

  it('refuses a translation whose title has no letters or digits', async () => {
    const result = await runScript(
      'new',
      ['--translate', join(content, 'releases/nl/2023/jaarcijfers.md'), '--lang', 'fr', '--title', '!!!'],
      { contentDir: content },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--title: expected a headline with at least one letter or digit');
    expect(await releases('fr', '2023')).toEqual(['resultats-annuels.md']);
  });
});

describe('npm run import', () => {
  it('refuses a headline that has the address of a release in another case and extension', async () => {
    const file = join(dirname(content), 'unicode.txt');
    await writeFile(
      file,
      'Ünïcödé bericht\n\nUtrecht, 1 maart 2023 – Testbedrijf opent vandaag een fabriek.\n',
    );
    const result = await runScript('import', [file, '--company', 'testco'], { contentDir: content });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'already has the address this release would get (unicode-bericht.md); nothing was written',
    );
    expect((await releases('nl', '2023')).sort()).toEqual(['Unicode-Bericht.MDX', 'jaarcijfers.md']);
  });

  it('refuses a binary file, and reads UTF-16 with its byte-order mark', async () => {
    const binary = join(dirname(content), 'elf.bin.txt');
    await writeFile(binary, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0x3e, 0, 0x41]));
    const utf16 = join(dirname(content), 'utf16.txt');
    const text =
      'Testbedrijf opent fabriek in Zwolle\n\nZwolle, 1 maart 2023 – Testbedrijf opent vandaag een fabriek.\n';
    await writeFile(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const result = await runScript('import', [binary, utf16], { contentDir: content });
    // Two files make a batch: the refusal is a line of its table, not a crash.
    expect(result.stdout).toMatch(
      /^\S*elf\.bin\.txt +– +– +– +not imported: is not a text file \(it holds binary data\)/m,
    );
    expect(result.stdout).toContain('imported 1 of 2 files as drafts');
    expect(await releases('nl', '2023')).toContain('testbedrijf-opent-fabriek-in-zwolle.md');
    expect(result.code).toBe(1);
  });
});
