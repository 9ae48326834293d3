/**
 * Issue 15, item 5: a folder of mixed files imports in one call, with progress on the
 * terminal, a table at the end and the same table as Markdown next to the drafts; a file that
 * cannot be read is a line in the report, and nothing is ever overwritten.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, root } from '../../helpers/build';
import { runScript } from '../../helpers/cli';

let content: string;
let folder: string;
const reports = () => readdir(join(content, 'import-reports')).catch(() => [] as string[]);

beforeAll(async () => {
  content = await copyFixture();
  folder = await mkdtemp(join(tmpdir(), 'perskamer-batch-'));
  for (const name of ['de-werk.txt', 'fr-usine.txt'])
    await cp(join(root, 'tests/fixtures/import', name), join(folder, name));
  await writeFile(join(folder, 'binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]));
  await writeFile(join(folder, 'notes.odt'), 'not a release');
  await writeFile(join(folder, '.DS_Store'), 'hidden');
});
afterAll(async () => {
  await rm(dirname(content), { recursive: true, force: true });
  await rm(folder, { recursive: true, force: true });
});

describe('npm run import on a folder', () => {
  it('imports what it can, shows progress and a table, and writes the report as Markdown', async () => {
    const result = await runScript('import', [folder], { contentDir: content });
    expect(result.stdout).toContain('[1/3] 2 left · binary.txt');
    expect(result.stdout).toContain('[3/3] 0 left · fr-usine.txt');
    expect(result.stdout).toContain('imported 2 of 4 files as drafts');
    expect(result.stdout).toMatch(/^file +lang +date +headline +needs a look$/m);
    expect(result.stdout).toMatch(/^binary\.txt +– +– +– +not imported: is not a text file/m);
    expect(result.stdout).toMatch(/^de-werk\.txt +de +2023-03-03 +Testbedrijf eröffnet/m);
    expect(result.code).toBe(1);

    const [report] = await reports();
    expect(result.stdout).toContain(`report: ${join(content, 'import-reports', report!)}`);
    const markdown = await readFile(join(content, 'import-reports', report!), 'utf8');
    expect(markdown).toContain('4 files: 2 imported as drafts, 2 not imported.');
    expect(markdown).toContain(
      '| de-werk.txt | de | 2023-03-03 | [Testbedrijf eröffnet Recyclingwerk für Rotorblätter](../releases/de/2023/testbedrijf-eroffnet-recyclingwerk-fur-rotorblatter.md) |',
    );
    expect(markdown).toContain('| notes.odt | – | – | – | not imported: not a .txt, .pdf or .docx file |');
    expect(markdown).toContain('### anna-beispiel.yaml (Leiterin des Werks; in de-werk.txt)');
    expect(markdown).not.toContain('.DS_Store');
  });

  it('never overwrites a draft or a report when the folder is imported again', async () => {
    const draft = join(content, 'releases/fr/2022/testbedrijf-ouvre-une-usine-de-recyclage-a-lyon.md');
    const before = await readFile(draft, 'utf8');
    const result = await runScript('import', [folder], { contentDir: content });
    expect(result.stdout).toContain('imported 0 of 4 files as drafts');
    expect(result.stdout).toMatch(/^fr-usine\.txt +– +– +– +not imported: .*already exists/m);
    expect(await readFile(draft, 'utf8')).toBe(before);
    expect(await reports()).toHaveLength(2);
  });
});
