/**
 * `npm run screenshots`: builds the example site (or takes a built one), serves it with the
 * production headers and writes full-page screenshots of each page type at phone and desktop
 * width, plus print emulation, to a git-ignored folder. Look at them before calling a page done.
 *
 *   npm run screenshots -- [--dist <built site>] [--out <dir>] [--only <name,...>]
 *
 * To add a page type, add a line to SHOTS.
 */
import { spawn } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { cleanEnv, root, withBuildLock } from './lib/build-env';
import { launchChromium } from './lib/chromium';
import { serveStatic } from './lib/serve';

/** One page to photograph. */
interface Shot {
  /** File name stem: `<name>-<width>.png`. */
  name: string;
  path: string;
  /** Also photograph it as printed (A4 width, print media), and write the PDF Chromium makes. */
  print?: boolean;
  /** Also photograph it without JavaScript, at phone width. */
  noScript?: boolean;
}

/** The pages to photograph; every page type belongs here. */
export const SHOTS: Shot[] = [
  // The seed release: figures, quote, image, contact, four languages.
  {
    name: 'release-seed-nl',
    path: '/nl/2023/bmw-group-koopt-koolstofarm-aluminium-rio-tinto/',
    print: true,
    noScript: true,
  },
  { name: 'release-seed-fr', path: '/fr/2023/bmw-group-achete-aluminium-bas-carbone-rio-tinto/' },
  // An MDX release with two quotes and no image, in one language.
  { name: 'release-mdx-nl', path: '/nl/2026/thijs-hoekstra-nieuwe-directeur-noordwind-energie/' },
  // Four figures with long units ("ton CO2-equivalent").
  { name: 'release-figures-nl', path: '/nl/2025/noordwind-energie-jaarcijfers-2024/', print: true },
  // Listings, search and the newsroom's own pages.
  { name: 'home-nl', path: '/nl/' },
  { name: 'home-en', path: '/en/' },
  { name: 'picker', path: '/' },
  { name: 'archive-nl', path: '/nl/archive/' },
  // Release cards in two columns: a year with an image and without, a topic.
  { name: 'archive-year-nl', path: '/nl/archive/2023/' },
  { name: 'topic-nl', path: '/nl/topics/climate/' },
  { name: 'topics-nl', path: '/nl/topics/' },
  { name: 'companies-nl', path: '/nl/companies/' },
  // A company page: profile, contacts, facts over time (charts and tables), then its releases.
  { name: 'company-nl', path: '/nl/companies/noordwind-energie/' },
  // Large counts ("1 miljoen" trips) and CO2 tonnes on the axes.
  { name: 'company-havenstad-nl', path: '/nl/companies/havenstad-mobiliteit/' },
  { name: 'key-figures-nl', path: '/nl/key-figures/' },
  { name: 'search-nl', path: '/nl/search/?q=aluminium' },
  { name: 'search-empty-nl', path: '/nl/search/' },
  { name: 'about-nl', path: '/nl/about/' },
  { name: 'subscribe-nl', path: '/nl/subscribe/' },
  // Green claims: an evidence record and a company's targets.
  { name: 'evidence-nl', path: '/nl/evidence/havenstad-uitstoot-2025/' },
  { name: 'targets-nl', path: '/nl/companies/noordwind-energie/targets/' },
  { name: 'not-found', path: '/404.html' },
];

/** Phone (a 390 × 844 screen) and desktop. */
const WIDTHS = [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
];
/** A4 at 96 dpi. */
const PRINT = { width: 794, height: 1123 };

const USAGE = `usage: npm run screenshots -- [--dist <dir>] [--out <dir>] [--only <name,...>]

  --dist <dir>   photograph this built site instead of building content/ first
  --out <dir>    where the screenshots go (default .screenshots/)
  --only <list>  only these shots (names from scripts/screenshots.ts)`;

/** Builds `content/` with the real pipeline into `outDir`. */
async function build(outDir: string, cacheDir: string): Promise<void> {
  await withBuildLock(
    () =>
      new Promise<void>((done, fail) => {
        const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
          cwd: root,
          stdio: ['ignore', 'inherit', 'inherit'],
          env: {
            ...cleanEnv(),
            ASTRO_TELEMETRY_DISABLED: '1',
            PRESS_OUT_DIR: outDir,
            PRESS_CACHE_DIR: cacheDir,
          },
        });
        child.once('error', fail);
        child.once('close', (code) =>
          code === 0 ? done() : fail(new Error(`astro build exited with ${code}`)),
        );
      }),
  );
}

/** Scrolls to the end and back, so that lazy images load before the full-page screenshot. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 50));
    }
    window.scrollTo(0, 0);
  });
  await page.waitForLoadState('load');
}

async function photograph(browser: Browser, baseUrl: string, shot: Shot, out: string): Promise<string[]> {
  const written: string[] = [];
  const take = async (
    file: string,
    options: { width: number; height: number; javaScript?: boolean; print?: boolean },
  ) => {
    const context = await browser.newContext({
      viewport: { width: options.width, height: options.height },
      javaScriptEnabled: options.javaScript ?? true,
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    try {
      const response = await page.goto(baseUrl + shot.path);
      if (!response?.ok()) throw new Error(`${shot.path}: HTTP ${response?.status()}`);
      if (options.print) await page.emulateMedia({ media: 'print' });
      // Without JavaScript Chromium loads lazy images at once (and could not scroll the page).
      if (options.javaScript !== false) await settle(page);
      await page.screenshot({ path: join(out, `${file}.png`), fullPage: true });
      written.push(`${file}.png`);
      if (options.print) {
        await page.pdf({ path: join(out, `${file}.pdf`), format: 'A4', printBackground: false });
        written.push(`${file}.pdf`);
      }
      for (const problem of problems) console.warn(`[screenshots] ${shot.path}: ${problem}`);
    } finally {
      await context.close();
    }
  };
  for (const size of WIDTHS) await take(`${shot.name}-${size.width}`, size);
  if (shot.noScript)
    await take(`${shot.name}-${WIDTHS[0]!.width}-nojs`, { ...WIDTHS[0]!, javaScript: false });
  if (shot.print) await take(`${shot.name}-print`, { ...PRINT, print: true });
  return written;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string' },
      out: { type: 'string' },
      only: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const out = resolve(values.out ?? join(root, '.screenshots'));
  const only = values.only?.split(',').map((s) => s.trim());
  const shots = only ? SHOTS.filter((s) => only.includes(s.name)) : SHOTS;
  if (shots.length === 0)
    throw new Error(`--only: no such shot; known: ${SHOTS.map((s) => s.name).join(', ')}`);

  let dist = values.dist && resolve(values.dist);
  if (!dist) {
    dist = join(out, 'dist');
    await rm(dist, { recursive: true, force: true });
    console.log(`[screenshots] building content/ into ${dist}`);
    await build(dist, join(out, 'cache'));
  }
  await mkdir(out, { recursive: true });

  const server = serveStatic(dist);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  try {
    for (const shot of shots) {
      const files = await photograph(browser, baseUrl, shot, out);
      console.log(`[screenshots] ${shot.path}: ${files.join(', ')}`);
    }
  } finally {
    await browser.close();
    server.closeAllConnections();
    server.close();
  }
  console.log(`[screenshots] written to ${out}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
