/**
 * A real search in Chromium finds nothing of an embargoed release before its embargo lifts,
 * and finds it once it has (so the test can fail). Builds its own copy of the fixture site.
 */
import { rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixture, removeBuild, type BuildResult } from '../helpers/build';
import { DRAFT_WORD, SENTINEL_URL, SENTINEL_WORD, plantSentinels } from '../helpers/sentinel';
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

let before: string;
let after: string;

beforeAll(async () => {
  content = await copyFixture();
  await plantSentinels(content);
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
