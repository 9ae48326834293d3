/**
 * Search as a visitor sees it: the real search page in headless Chromium, served from the
 * built site. Measures time to first result and bytes over the wire, for a first query in a
 * fresh browser context (cold) and for a next query on the same page (warm).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Request } from 'playwright-core';
import sirv from 'sirv';
import type { Lang } from '~/i18n/locales';
import { chromiumPath, launchChromium } from '../lib/chromium';

export interface SearchRow {
  lang: Lang;
  query: string;
  /** Results listed (the page shows at most 50) and the status line. */
  results: number;
  status: string;
  /** Navigation start to results shown, fresh context. */
  coldMs: number;
  coldBytes: number;
  /** Requests made. */
  coldFiles: number;
  /** Submitting the query on a page that already searched, to results shown. */
  warmMs: number;
  warmBytes: number;
  warmFiles: number;
}

const TEXT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
};

/**
 * Serves `dir` like a static host: text compressed with gzip on the fly (as hosts do), every
 * other file by sirv unchanged (Pagefind's index chunks are compressed already).
 */
function serve(dir: string): Server {
  const files = sirv(dir, { dev: true, extensions: ['html'] });
  return createServer((req, res) => {
    void (async () => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
      const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
      const type = TEXT_TYPES[extname(file)];
      if (type && file.startsWith(dir) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
        const body = await readFile(file).catch(() => undefined);
        if (body) {
          res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip' }).end(gzipSync(body));
          return;
        }
      }
      files(req, res, () => {
        res.writeHead(404).end();
      });
    })();
  });
}

declare global {
  interface Window {
    __benchMarks: { t: number; count: number; status: string }[];
  }
}

/**
 * Records each moment the search status shows a final text (not the "…" of loading).
 * A string, not a function: tsx's transform would wrap a function in helpers the page lacks.
 */
const RECORD_RESULTS = `
  window.__benchMarks = [];
  new MutationObserver(() => {
    const status = document.querySelector('[data-search-status]')?.textContent ?? '';
    if (status !== '' && !status.endsWith('…')) {
      const count = document.querySelectorAll('[data-search-results] li').length;
      window.__benchMarks.push({ t: performance.now(), count, status });
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
`;

/**
 * Counts bytes a page receives, headers and encoded body. Playwright's request events also
 * cover the Web Worker in which Pagefind fetches its WebAssembly and index chunks, which a
 * CDP session on the page alone would miss.
 */
function countBytes(page: Page): { take: () => Promise<{ bytes: number; urls: string[] }> } {
  const pending: Promise<void>[] = [];
  let bytes = 0;
  let urls: string[] = [];
  const onFinished = (request: Request) => {
    pending.push(
      request.sizes().then((s) => {
        bytes += s.responseHeadersSize + s.responseBodySize;
        urls.push(new URL(request.url()).pathname);
      }),
    );
  };
  page.context().on('requestfinished', onFinished);
  return {
    take: async () => {
      // Late events of the last requests arrive just after the results render.
      await new Promise((resolve) => setTimeout(resolve, 150));
      await Promise.all(pending.splice(0));
      const taken = { bytes, urls };
      bytes = 0;
      urls = [];
      return taken;
    },
  };
}

const settled = (page: Page) =>
  page.waitForFunction(() => window.__benchMarks.length > 0, undefined, { timeout: 60_000 });

/** Runs every query of every language cold and warm against the built site in `dist`. */
export async function measureSearch(
  dist: string,
  queries: Partial<Record<Lang, string[]>>,
): Promise<SearchRow[]> {
  if (!existsSync(chromiumPath)) throw new Error(`Chromium not found at ${chromiumPath} (set CHROMIUM_PATH)`);
  const server = serve(dist);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  const rows: SearchRow[] = [];
  try {
    for (const [lang, list] of Object.entries(queries) as [Lang, string[]][]) {
      for (const [i, query] of list.entries()) {
        const context = await browser.newContext();
        try {
          const page = await context.newPage();
          await page.addInitScript({ content: RECORD_RESULTS });
          const bytes = countBytes(page);
          await page.goto(`${base}/${lang}/search/?q=${encodeURIComponent(query)}`);
          await settled(page);
          const cold = (await page.evaluate(() => window.__benchMarks[0]!))!;
          const coldLoad = await bytes.take();

          // Warm: the same page searches the next query of the list, as a visitor refining a search.
          const next = list[(i + 1) % list.length]!;
          await page.fill('#search-q', next === query ? `${query} ` : next);
          await page.evaluate(() => (window.__benchMarks = []));
          const t0 = await page.evaluate(() => {
            const start = performance.now();
            document.querySelector<HTMLFormElement>('[data-search-form]')!.requestSubmit();
            return start;
          });
          await settled(page);
          const warm = (await page.evaluate(() => window.__benchMarks[0]!))!;
          const warmLoad = await bytes.take();
          rows.push({
            lang,
            query,
            results: cold.count,
            status: cold.status,
            coldMs: Math.round(cold.t),
            coldBytes: coldLoad.bytes,
            coldFiles: coldLoad.urls.length,
            warmMs: Math.round(warm.t - t0),
            warmBytes: warmLoad.bytes,
            warmFiles: warmLoad.urls.length,
          });
        } finally {
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }
  return rows;
}
