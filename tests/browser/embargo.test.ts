/**
 * An embargoed release never leaks: before its embargo lifts its words, its image and the evidence
 * and target only it cites appear nowhere in dist/ (pages, feeds, exports, documents, sitemap, the
 * search index decompressed, images re-encoded), a real search in Chromium finds nothing, and a draft stays out too. The same
 * content built after the embargo does contain them and is found, so every check can fail.
 * Builds its own copy of the fixture site, planted with sentinels, at two clock times.
 */
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixture, removeBuild, type BuildResult } from '../helpers/build';
import {
  DRAFT_WORD,
  SENTINEL_EMBARGO,
  SENTINEL_URL,
  SENTINEL_WORD,
  filesContaining,
  plantSentinels,
  sentinelImagesIn,
} from '../helpers/sentinel';
import { launchBrowser } from './browser';
import { serveStatic } from './setup';

let browser: Browser;
let page: Page;
let content: string;
const builds: BuildResult[] = [];
const servers: Server[] = [];

/** Builds the planted content at a clock time and serves it; returns the origin. */
async function serveBuild(now: string): Promise<string> {
  const build = await buildSite(content, { PRESS_NOW: now });
  if (!build.ok) throw new Error(`build failed:\n${build.output}`);
  builds.push(build);
  const server = serveStatic(build.outDir);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Searches the Dutch search page and returns the status line and result paths. */
async function search(base: string, query: string): Promise<{ status: string; urls: string[] }> {
  await page.goto(`${base}/nl/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => {
    const text = document.querySelector('[data-search-status]')?.textContent ?? '';
    return text !== '' && !text.endsWith('…');
  });
  const urls = await page
    .locator('[data-search-results] h2 a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return { status: (await page.locator('[data-search-status]').textContent()) ?? '', urls };
}

const EVIDENCE_PAGE = 'nl/evidence/zwaluwstaart-bewijs/index.html';
const EVIDENCE_DOCUMENT = 'documents/evidence/docs/zwaluwstaart-bewijs.md';

let before: string;
let after: string;
let imageHash: string;

beforeAll(async () => {
  content = await copyFixture();
  ({ imageHash } = await plantSentinels(content));
  // The fixture clock (2026-12-01T09:00+01:00) is before the embargo; an hour after it lifts is not.
  before = await serveBuild('2026-12-01T09:00:00+01:00');
  after = await serveBuild('2026-12-03T10:00:00+01:00');
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  await Promise.all(builds.map(removeBuild));
  await rm(dirname(content), { recursive: true, force: true });
});

describe('search and the embargo', () => {
  it('finds nothing for the embargoed word before the embargo lifts', async () => {
    const found = await search(before, SENTINEL_WORD);
    expect(found.urls).toEqual([]);
    expect(found.status).toContain('Geen persberichten gevonden');
    // The search itself works on this build: a public release is found.
    expect((await search(before, 'jaarcijfers')).urls).toContain('/nl/2023/jaarcijfers/');
  });

  it('has no page for the embargoed release', async () => {
    const response = await page.goto(`${before}${SENTINEL_URL}`);
    expect(response?.status()).toBe(404);
  });

  it('finds the release once the embargo has lifted', async () => {
    expect((await search(after, SENTINEL_WORD)).urls).toEqual([SENTINEL_URL]);
  });

  it('never finds the draft', async () => {
    expect((await search(after, DRAFT_WORD)).urls).toEqual([]);
  });
});

describe('dist/ before the embargo lifts', () => {
  const build = () => builds[0]!;

  it('has the sentinel word in no file, compressed search index included', async () => {
    expect(await filesContaining(build().outDir, SENTINEL_WORD)).toEqual([]);
  });

  it('has the sentinel image in no form: bytes, name or picture', async () => {
    expect(await sentinelImagesIn(build().outDir, imageHash)).toEqual([]);
  });

  it('leaves the draft out too', async () => {
    expect(await filesContaining(build().outDir, DRAFT_WORD)).toEqual([]);
  });

  it('has no page, document or export entry for the evidence and target only the embargoed release cites', async () => {
    const out = build().outDir;
    expect(existsSync(join(out, EVIDENCE_PAGE))).toBe(false);
    expect(existsSync(join(out, EVIDENCE_DOCUMENT))).toBe(false);
    const evidence = JSON.parse(await readFile(join(out, 'api/evidence.json'), 'utf8')) as { id: string }[];
    const targets = JSON.parse(await readFile(join(out, 'api/targets.json'), 'utf8')) as { id: string }[];
    expect(evidence.map((e) => e.id)).not.toContain('zwaluwstaart-bewijs');
    expect(targets.map((t) => t.id)).not.toContain('zwaluwstaart-doel');
    // The public target of the same company is there: the export itself works in this build.
    expect(targets.map((t) => t.id)).toContain('testco-personeel-2026');
  });

  it('prints when the embargo lifts, for the scheduler', () => {
    expect(build().output).toContain(`next embargo lifts at ${SENTINEL_EMBARGO}`);
  });
});

describe('dist/ after the embargo lifts', () => {
  const build = () => builds[1]!;

  it('publishes the word, in pages, the search index and the feed', async () => {
    const hits = await filesContaining(build().outDir, SENTINEL_WORD);
    expect(hits.some((f) => f.endsWith('/nl/2026/zwaluwstaart/index.html'))).toBe(true);
    expect(hits.some((f) => /\/pagefind\/.*\.pf_fragment$/.test(f))).toBe(true);
    expect(hits.some((f) => f.endsWith('/nl/feed.xml'))).toBe(true);
  });

  it('publishes the evidence, its document and the target with the release', async () => {
    const out = build().outDir;
    expect(existsSync(join(out, EVIDENCE_PAGE))).toBe(true);
    expect(await readFile(join(out, EVIDENCE_DOCUMENT), 'utf8')).toContain(SENTINEL_WORD);
    expect(await readFile(join(out, 'nl/companies/testco/targets/index.html'), 'utf8')).toContain(
      SENTINEL_WORD,
    );
  });

  it('publishes the image', async () => {
    expect((await sentinelImagesIn(build().outDir, imageHash)).length).toBeGreaterThan(0);
  });

  it('still leaves the draft out, and names the next embargo', async () => {
    expect(await filesContaining(build().outDir, DRAFT_WORD)).toEqual([]);
    expect(build().output).toContain('next embargo lifts at 2030-01-01T08:00:00+01:00');
  });
});
