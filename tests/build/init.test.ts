/**
 * `npm run init` as a new organisation runs it: into an empty folder, then a first release with
 * `npm run new`, then a build; and over the example content, where it must refuse.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, readPage, removeBuild, root, type BuildResult } from '../helpers/build';
import { runScript } from '../helpers/cli';

let work: string;
let content: string;
let build: BuildResult | undefined;
const RELEASE = 'releases/de/2026/talwerk-nimmt-einen-speicher-in-betrieb.md';

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'newsroom-init-'));
  content = join(work, 'content');
});
afterAll(async () => {
  if (build) await removeBuild(build);
  await rm(work, { recursive: true, force: true });
});

describe('npm run init, npm run new, build', () => {
  it('writes a skeleton into an empty folder and says what to do next', async () => {
    const result = await runScript(
      'init',
      [
        '--dir',
        content,
        '--name',
        'Talwerk Newsroom',
        '--languages',
        'de',
        '--publisher',
        'Talwerk Energie GmbH',
        '--url',
        'https://press.talwerk.example',
        '--time-zone',
        'Europe/Berlin',
      ],
      { contentDir: content },
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Next steps');
    expect(result.stdout).toContain('npm run new -- --title');
    const files = (await readdir(content, { recursive: true })).sort();
    expect(files).toEqual(
      expect.arrayContaining([
        'site.yaml',
        'topics.yaml',
        'companies/talwerk-energie-gmbh.yaml',
        'people/press-office.yaml',
        'releases',
      ]),
    );
  });

  it('asks for what the flags leave out', async () => {
    const other = join(work, 'asked');
    const result = await runScript('init', ['--dir', other], {
      contentDir: other,
      input: 'Veldhoven Pers\nnl\nVeldhoven Logistiek\nhttps://pers.veldhoven.example\n',
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Name of the newsroom');
    expect(await readFile(join(other, 'site.yaml'), 'utf8')).toContain('name: "Veldhoven Pers"');
  });

  it('lets npm run new write a first release for the publisher in the first language', async () => {
    const result = await runScript(
      'new',
      ['--title', 'Talwerk nimmt einen Speicher in Betrieb', '--location', 'Talheim'],
      {
        contentDir: content,
      },
    );
    expect(result.code, result.stderr).toBe(0);
    const text = await readFile(join(content, RELEASE), 'utf8');
    expect(text).toContain('company: talwerk-energie-gmbh');
    // Written and published, as an editor would: the skeleton's TODO lines give way to text.
    const written = text
      .replace(/^draft: true$/m, 'draft: false')
      .replace(/\n---\n[\s\S]*$/, '\n---\n\nTalwerk nimmt in Talheim einen Batteriespeicher in Betrieb.\n');
    expect(written).not.toMatch(/TODO/);
    await writeFile(join(content, RELEASE), written);
    const validate = await runScript('validate', [], { contentDir: content });
    expect(validate.stdout).toMatch(/^no problems/m);
  });

  it('builds a working site in the newsroom’s one language, the root sending visitors there', async () => {
    build = await buildSite(content);
    expect(build.ok, build.output).toBe(true);
    for (const path of ['de/index.html', 'de/about/index.html', 'de/feed.xml', '_headers']) {
      expect(existsSync(join(build.outDir, path)), path).toBe(true);
    }
    for (const lang of ['nl', 'en', 'fr']) expect(existsSync(join(build.outDir, lang)), lang).toBe(false);
    const picker = load(await readPage(build.outDir, '/'));
    expect(picker('meta[http-equiv="refresh"]').attr('content')).toMatch(/^0;\s*url=\/de\/$/);
    const home = load(await readPage(build.outDir, '/de/'));
    expect(home('title').text()).toBe('Aktuelle Pressemitteilungen · Talwerk Newsroom');
    expect(home('.release-card__title a').attr('href')).toBe(
      '/de/2026/talwerk-nimmt-einen-speicher-in-betrieb/',
    );
    expect(home('.contact__name').text()).toBe('Pressestelle');
  });
});

describe('npm run init over existing content', () => {
  it('refuses and changes nothing', async () => {
    const example = join(root, 'content');
    const before = await readFile(join(example, 'site.yaml'), 'utf8');
    const result = await runScript(
      'init',
      ['--name', 'X', '--languages', 'en', '--publisher', 'X', '--url', 'https://x.example'],
      { contentDir: example },
    );
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('already holds releases');
    expect(await readFile(join(example, 'site.yaml'), 'utf8')).toBe(before);
  });
});
