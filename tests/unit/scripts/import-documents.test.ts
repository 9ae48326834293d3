/**
 * Issue 15, "Done when": a folder of mixed files (plain text, PDF, Word, the PDF and Word file
 * of one release, files that cannot be read and a file that is no document) imports in one call:
 * progress on the terminal, the table, the Markdown report next to the drafts, and a line, not a
 * crash, for each file it cannot import.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures } from '../../fixtures/import/styles/index';
import { copyFixture, root } from '../../helpers/build';
import { runScript, type ScriptResult } from '../../helpers/cli';

const FILES = [
  ['tests/fixtures/import/de-werk.txt', 'de-werk.txt'],
  ['tests/fixtures/import/documents/en-media-information.pdf', 'en-media-information.pdf'],
  ['tests/fixtures/import/documents/en-media-information.docx', 'en-media-information.docx'],
  ['tests/fixtures/import/documents/fr-communique.docx', 'fr-communique.docx'],
  ['tests/fixtures/import/documents/broken-encrypted.pdf', 'broken-encrypted.pdf'],
  ['tests/fixtures/import/documents/broken-damaged.pdf', 'broken-damaged.pdf'],
  ['tests/fixtures/import/documents/broken-picture.pdf', 'broken-picture.pdf'],
  ['tests/fixtures/import/documents/broken-legacy.doc', 'broken-legacy.doc'],
] as const;

let content: string;
let folder: string;
let result: ScriptResult;
let markdown: string;

beforeAll(async () => {
  content = await copyFixture();
  // The companies of the two documents, as their company files name them.
  for (const { expected, lang } of fixtures.filter((f) => /^(en-media|fr-communique)/.test(f.name))) {
    await writeFile(
      join(content, 'companies', `${expected.company.id}.yaml`),
      `name: ${expected.company.name}\nboilerplate: { ${lang}: ["${expected.company.name} is fictional."] }\n`,
    );
  }
  folder = await mkdtemp(join(tmpdir(), 'perskamer-documents-'));
  for (const [from, name] of FILES) await cp(join(root, from), join(folder, name));
  await writeFile(join(folder, 'notes.odt'), 'not a release');
  result = await runScript('import', [folder], { contentDir: content });
  const [report] = await readdir(join(content, 'import-reports'));
  markdown = await readFile(join(content, 'import-reports', report!), 'utf8');
  // One run of the command for all the tests below. It loads the PDF and Word readers and reads
  // four PDFs: a few seconds, several times that on a machine shared by many builds.
}, 60_000);
afterAll(async () => {
  await rm(dirname(content), { recursive: true, force: true });
  await rm(folder, { recursive: true, force: true });
});

/** The table row of a file on the terminal. */
const row = (file: string) => result.stdout.split('\n').find((line) => line.startsWith(`${file} `)) ?? '';

describe('npm run import on a folder of text, PDF, Word and unreadable files', () => {
  it('shows progress for every file it reads, without crashing on any', () => {
    expect(result.stdout).toContain('[1/8] 7 left · broken-damaged.pdf');
    expect(result.stdout).toContain('[6/8] 2 left · en-media-information.docx');
    expect(result.stdout).toContain('[8/8] 0 left · fr-communique.docx');
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('imported 3 of 9 files as drafts');
    // Files it could not import fail the command, so that a script running it notices.
    expect(result.code).toBe(1);
  });

  it('ends with a table: file, language, date, headline and what needs a look', () => {
    expect(result.stdout).toMatch(/^file +lang +date +headline +needs a look$/m);
    expect(row('de-werk.txt')).toMatch(/^de-werk\.txt +de +2023-03-03 +Testbedrijf eröffnet/);
    expect(row('en-media-information.docx')).toMatch(
      / en +2025-07-21 +Halvard opens a recycling line for van batteries at its Regensburg plant +new person files: Tobias Brenner, Lena Marwitz/,
    );
    expect(row('fr-communique.docx')).toMatch(/ fr +2025-05-14 +Les Ateliers Vercors Mobilité ouvrent/);
  });

  it('gives each file it cannot import a line that says why and what to do', () => {
    expect(row('broken-encrypted.pdf')).toContain(
      'not imported: the PDF is protected with a password: open it, print it to a new PDF without one, and import that',
    );
    expect(row('broken-damaged.pdf')).toMatch(
      /not imported: not a readable PDF, damaged or cut short \(.+\): save it again from the program that made it/,
    );
    expect(row('broken-picture.pdf')).toContain(
      'not imported: a picture (PNG), not a document, whatever its name says',
    );
    expect(row('broken-legacy.doc')).toContain(
      'not imported: an old Word file (.doc) or a Word file with a password: open it in Word and save it as .docx',
    );
    expect(row('notes.odt')).toContain('not imported: not a .txt, .pdf or .docx file');
    expect(row('en-media-information.pdf')).toContain(
      'not imported: the same release as en-media-information.docx (same language, year and headline): its draft is ',
    );
  });

  it('writes the drafts, each once', async () => {
    for (const draft of [
      'releases/de/2023/testbedrijf-eroffnet-recyclingwerk-fur-rotorblatter.md',
      'releases/en/2025/halvard-opens-a-recycling-line-for-van-batteries-at-its-regensburg-plant.md',
      'releases/fr/2025/les-ateliers-vercors-mobilite-ouvrent-a-grenoble-une-ligne-de-reconditionnement.md',
    ])
      expect(existsSync(join(content, draft)), draft).toBe(true);
    const halvard = await readFile(
      join(
        content,
        'releases/en/2025/halvard-opens-a-recycling-line-for-van-batteries-at-its-regensburg-plant.md',
      ),
      'utf8',
    );
    expect(halvard).toContain('company: halvard-motorenwerke');
    expect(halvard).toContain('# Imported from en-media-information.docx: a draft');
  });

  it('writes the report as Markdown next to the drafts, with a link to each draft and a line per refused file', () => {
    expect(result.stdout).toMatch(/^report: .*import-reports\/import-2026-12-01-09-00\.md$/m);
    expect(markdown).toContain('9 files: 3 imported as drafts, 6 not imported.');
    expect(markdown).toContain(
      '| en-media-information.docx | en | 2025-07-21 | [Halvard opens a recycling line for van batteries at its Regensburg plant](../releases/en/2025/halvard-opens-a-recycling-line-for-van-batteries-at-its-regensburg-plant.md) |',
    );
    expect(markdown).toMatch(
      /^\| broken-encrypted\.pdf \| – \| – \| – \| not imported: the PDF is protected/m,
    );
    expect(markdown).toContain(
      '### broken-legacy.doc\n\nNot imported: an old Word file (.doc) or a Word file with a password',
    );
    expect(markdown).toContain('### fr-communique.docx');
    expect(markdown).toContain('- [ ] quote by Claire Dumont: no file in content/people/ has that name');
  });
});
