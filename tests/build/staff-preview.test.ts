/**
 * The staff preview (`npm run preview:staff`): drafts and embargoed releases are there, each with
 * a banner, and no page may be indexed; feeds, exports, sitemap and search still hold only what
 * is public, so nothing changes for journalists if a preview is ever shared.
 */
import { load } from 'cheerio';
import { readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixture, readPage, removeBuild, root, type BuildResult } from '../helpers/build';
import { runScript } from '../helpers/cli';
import {
  DRAFT_WORD,
  SENTINEL_URL,
  SENTINEL_WORD,
  allFiles,
  filesContaining,
  plantSentinels,
} from '../helpers/sentinel';

let content: string;
let build: BuildResult;
const NEW_DRAFT = '/nl/2026/staffpreviewnieuwtje/';

beforeAll(async () => {
  content = await copyFixture();
  await plantSentinels(content);
  const created = await runScript(
    'new',
    ['--lang', 'nl', '--company', 'testco', '--title', 'Staffpreviewnieuwtje'],
    {
      contentDir: content,
    },
  );
  if (created.code !== 0) throw new Error(created.stderr);
  build = await buildSite(content, { PRESS_STAFF_PREVIEW: '1' });
  if (!build.ok) throw new Error(`staff build failed:\n${build.output}`);
});
afterAll(async () => {
  if (build) await removeBuild(build);
  await rm(dirname(content), { recursive: true, force: true });
});

describe('staff preview', () => {
  it('shows drafts and embargoed releases, each with a banner', async () => {
    for (const [path, status] of [
      [NEW_DRAFT, 'Concept'],
      ['/nl/2024/concept/', 'Concept'],
      [SENTINEL_URL, 'embargo'],
      ['/de/2023/embargo/', 'Sperrfrist'],
    ] as const) {
      const $ = load(await readPage(build.outDir, path));
      expect($('.banner').text(), path).toMatch(new RegExp(status, 'i'));
    }
    const $ = load(await readPage(build.outDir, '/nl/2023/jaarcijfers/'));
    expect($('.banner').length).toBe(0);
  });

  it('asks search engines to index no page at all', async () => {
    const pages = (await allFiles(build.outDir)).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const $ = load(await readFile(file, 'utf8'));
      expect($('meta[name="robots"]').attr('content'), file).toContain('noindex');
    }
  });

  it('keeps feeds, exports, the sitemap and the search index to public releases', async () => {
    for (const word of [
      SENTINEL_WORD,
      DRAFT_WORD,
      'Staffpreviewnieuwtje',
      'Conceptbericht',
      'Gesperrte Mitteilung',
    ]) {
      const leaks = (await filesContaining(build.outDir, word)).filter((f) => !f.endsWith('.html'));
      expect(leaks, word).toEqual([]);
    }
    // The index is there and holds the public releases.
    const indexed = await filesContaining(build.outDir, 'jaarcijfers');
    expect(indexed.some((f) => f.endsWith('.pf_fragment'))).toBe(true);
  });

  it('turns every crawler away and says loudly that it holds unpublished work', async () => {
    expect(await readFile(join(build.outDir, 'robots.txt'), 'utf8')).toBe('User-agent: *\nDisallow: /\n');
    expect(build.output).toMatch(
      /STAFF PREVIEW: this build contains unpublished work \(\d+ held back, \d+ drafts?\)/,
    );
  });

  it('builds into its own folder, never dist/', async () => {
    const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts['preview:staff']).toContain('PRESS_STAFF_PREVIEW=1 PRESS_OUT_DIR=dist-staff');
  });
});
