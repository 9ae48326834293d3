/**
 * No stale page, ever (issue 13). One content tree and one cache folder live through the whole
 * file: build, change one input, rebuild with the same cache into a fresh output folder (as
 * `npm run build` does), and compare with a clean build of the same content byte for byte,
 * every file included (search index, `_headers`, feeds, exports, press kits). Two clean builds of
 * the same content are identical, which the first test proves, so nothing is ignored.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite, copyFixture, fixtureContent, removeBuild, type BuildResult } from '../helpers/build';

/** Two builds per test, each of which may wait for the build lock on a busy machine. */
const BUILDS_TIMEOUT = 900_000;

let content: string;
let cacheOwner: BuildResult;
let cacheDir: string;
/**
 * The output folder of every build with the shared cache: one name, emptied each time, as
 * `npm run build` does (dist.new). Astro writes this path into its image module, so a new name
 * would re-render every page with an image, correctly but in vain.
 */
let workOut: string;
const builds: BuildResult[] = [];

/** Every file below `dir`, relative to it. */
async function filesOf(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)));
}

/** The files that differ between two output folders, or exist in one only. */
async function differences(a: string, b: string): Promise<string[]> {
  const [left, right] = await Promise.all([filesOf(a), filesOf(b)]);
  const all = [...new Set([...left, ...right])].sort();
  const differing: string[] = [];
  for (const file of all) {
    const [x, y] = await Promise.all([
      readFile(join(a, file)).catch(() => undefined),
      readFile(join(b, file)).catch(() => undefined),
    ]);
    if (!x || !y || !x.equals(y)) differing.push(file);
  }
  return differing;
}

/** The paths Astro rendered in a build (not copied from the cache), from its log. */
function renderedPaths(output: string): string[] {
  return (
    [...output.matchAll(/[├└]─ (\S+) (\S+)/g)]
      .filter(([, , note]) => note !== '(restored)' && note !== '(cached)')
      // Pages are logged as `/nl/2024/slug/index.html`; the tests name them by URL.
      .map(([, path]) => path!.replace(/index\.html$/, ''))
  );
}

function restoredCount(output: string): number {
  return [...output.matchAll(/[├└]─ \S+ \((restored|cached)\)/g)].length;
}

/** A clean build, or with the shared cache into the shared work folder. */
async function build(env: Record<string, string> = {}, shared = false): Promise<BuildResult> {
  if (shared) await rm(workOut, { recursive: true, force: true });
  const result = await buildSite(
    content,
    shared ? { ...env, PRESS_CACHE_DIR: cacheDir, PRESS_OUT_DIR: workOut } : env,
  );
  if (!result.ok) throw new Error(`build failed:\n${result.output}`);
  builds.push(result);
  return shared ? { ...result, outDir: workOut } : result;
}

/** Rebuilds with the shared cache and cleanly; returns both, after checking they are identical. */
async function rebuildAndCompare(env: Record<string, string> = {}) {
  const warm = await build(env, true);
  const clean = await build(env);
  expect(await differences(warm.outDir, clean.outDir)).toEqual([]);
  return { warm, clean, rendered: renderedPaths(warm.output) };
}

async function edit(file: string, change: (text: string) => string): Promise<void> {
  const path = join(content, file);
  const before = await readFile(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the edit of ${file} changed nothing`);
  await writeFile(path, after);
}

beforeAll(async () => {
  content = await copyFixture();
  workOut = join(content, '..', 'dist.new');
  cacheDir = join(content, '..', 'cache');
  cacheOwner = await build({}, true);
}, BUILDS_TIMEOUT);

afterAll(async () => {
  for (const b of builds) await removeBuild(b);
  if (content) await rm(join(content, '..'), { recursive: true, force: true });
});

describe('incremental rebuilds equal clean builds', { timeout: BUILDS_TIMEOUT }, () => {
  it('two clean builds of the same content are byte-identical (so the comparison ignores nothing)', async () => {
    // The shared fixture build is a clean build of the same content in another folder.
    expect(await differences(cacheOwner.outDir, inject('fixtureOutDir'))).toEqual([]);
    expect(cacheOwner.output).toMatch(/cold build: no previous build in this cache/);
  });

  it('keeps an embargoed release out of the public build and out of the cache', async () => {
    const cached = await filesOf(cacheDir);
    for (const file of cached) {
      const text = await readFile(join(cacheDir, file), 'utf8').catch(() => '');
      expect(text, file).not.toContain('Gesperrte Mitteilung');
    }
  });

  it('a release text edit re-renders its page and what lists it, and copies the rest', async () => {
    await edit('releases/nl/2024/alleen-nederlands.md', (t) =>
      t.replace('Dit bericht heeft geen vertalingen.', 'Dit bericht heeft nog geen vertalingen.'),
    );
    const { warm, rendered } = await rebuildAndCompare();
    expect(warm.output).toMatch(/incremental build/);
    expect(rendered).toContain('/nl/2024/alleen-nederlands/');
    expect(rendered).not.toContain('/en/2023/annual-results/');
    expect(restoredCount(warm.output)).toBeGreaterThan(rendered.length);
  });

  it('a company fact change re-renders the notes to editors that use it', async () => {
    await edit('companies/testco.yaml', (t) => t.replace('value: 1350', 'value: 1360'));
    const { rendered } = await rebuildAndCompare();
    expect(rendered).toContain('/nl/2023/jaarcijfers/');
  });

  it("a person's role title and a topic label re-render the pages that show them", async () => {
    await edit('people/pia-spreker.yaml', (t) =>
      t.replace('nl: Algemeen directeur', 'nl: Algemeen directrice'),
    );
    await edit('topics.yaml', (t) => t.replace('en: Energy,', 'en: Power,'));
    const { rendered } = await rebuildAndCompare();
    expect(rendered).toContain('/nl/2023/jaarcijfers/');
  });

  it("a new translation re-renders its siblings' language links and hreflang", async () => {
    await edit('releases/nl/2024/alleen-nederlands.md', (t) =>
      t.replace(
        "title: 'Alleen in het Nederlands'",
        "title: 'Alleen in het Nederlands'\ntranslationKey: alleen",
      ),
    );
    await writeFile(
      join(content, 'releases/en/2024/dutch-only.md'),
      [
        '---',
        "title: 'Dutch only no more'",
        'translationKey: alleen',
        'date: 2024-02-01',
        'location: Utrecht',
        'company: testco',
        'topics: [energy]',
        'keyFigures:',
        "  - { id: sites, value: 7, unit: count, label: 'sites' }",
        '---',
        '',
        'This release now has an English version. The company now has 7 sites.',
        '',
      ].join('\n'),
    );
    const { rendered } = await rebuildAndCompare();
    expect(rendered).toEqual(expect.arrayContaining(['/en/2024/dutch-only/', '/nl/2024/alleen-nederlands/']));
  });

  it('an embargo that lifts (a later build clock) publishes the release everywhere it belongs', async () => {
    const { warm, rendered } = await rebuildAndCompare({ PRESS_NOW: '2030-01-02T09:00:00+01:00' });
    expect(rendered).toContain('/de/2023/embargo/');
    // The clock is not in any page's code: a page the lift does not touch is copied.
    expect(rendered).not.toContain('/en/2023/annual-results/');
    expect(restoredCount(warm.output)).toBeGreaterThan(0);
    const sitemap = await readFile(join(warm.outDir, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain('/de/2023/embargo/');
  });

  it('a deleted release leaves no page, no link and no search hit', async () => {
    await rm(join(content, 'releases/en/2023/annual-results.md'));
    const { warm } = await rebuildAndCompare({ PRESS_NOW: '2030-01-02T09:00:00+01:00' });
    const holding: string[] = [];
    for (const file of await filesOf(warm.outDir)) {
      const text = await readFile(join(warm.outDir, file), 'utf8').catch(() => '');
      if (text.includes('/en/2023/annual-results')) holding.push(file);
    }
    expect(holding).toEqual([]);
    expect(await filesOf(join(cacheDir, 'dist'))).not.toContain('en/2023/annual-results/index.html');
  });

  it('a cache from another content folder is never reused: that build starts cold', async () => {
    const other = await buildSite(fixtureContent, { PRESS_CACHE_DIR: cacheDir, PRESS_OUT_DIR: workOut });
    builds.push(other);
    expect(other.ok).toBe(true);
    expect(other.output).toMatch(/cold build: code, configuration, environment or content folder changed/);
    expect(restoredCount(other.output)).toBe(0);
    expect(await differences(workOut, inject('fixtureOutDir'))).toEqual([]);
  });
});
