/**
 * Company and key-figure pages as a reporter reads them, in Chromium on the real example site:
 * at 390 px no table heading or value breaks inside a word and a key figure takes at most two
 * lines; charts line up and their labels stay legible; the page heading keeps clear of the
 * header; on desktop the tables use the width.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';

const baseUrl = inject('baseUrl');
const NOORDWIND = '/nl/companies/noordwind-energie/';
const HAVENSTAD = '/nl/companies/havenstad-mobiliteit/';
const KEY_FIGURES = '/nl/key-figures/';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

let browser: Browser;
// One tab for the whole file, resized for each check: a navigation costs a third of a new tab.
let tab: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  tab = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

/** Runs `check` on `path`, loaded afresh at the given viewport. */
async function onPage<T>(
  viewport: { width: number; height: number },
  path: string,
  check: (page: Page) => Promise<T>,
): Promise<T> {
  await tab.setViewportSize(viewport);
  await tab.goto(baseUrl + path, { waitUntil: 'load' });
  return await check(tab);
}

/** The words inside `selector` that the browser broke over two lines, as "cell text: word". */
function brokenWords(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const broken: string[] = [];
    for (const el of document.querySelectorAll(sel)) {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(`${el.textContent?.trim()}: ${match[0]}`);
        }
      }
    }
    return broken;
  }, selector);
}

describe('company pages on a phone (390 px)', () => {
  it('never break a table heading, a number or a date inside a word', async () => {
    for (const path of [NOORDWIND, HAVENSTAD, '/de/companies/noordwind-energie/']) {
      const broken = await onPage(PHONE, path, (page) =>
        brokenWords(page, '.facts th, .facts td .nowrap, .facts time'),
      );
      expect(broken, path).toEqual([]);
    }
  });

  it('fit 320 px too, with German words', async () => {
    for (const path of [
      NOORDWIND,
      HAVENSTAD,
      '/de/companies/noordwind-energie/',
      '/nl/companies/bmw-group/',
    ]) {
      const width = await onPage({ width: 320, height: 800 }, path, (page) =>
        page.evaluate(() => document.documentElement.scrollWidth),
      );
      expect(width, path).toBeLessThanOrEqual(320);
    }
  });

  it('draw chart labels at 11 px or more', async () => {
    const sizes = await onPage(PHONE, HAVENSTAD, (page) =>
      page.$$eval('.facts svg.chart', (svgs) =>
        svgs.map(
          (svg) => (svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width) * 12,
        ),
      ),
    );
    expect(sizes.length).toBe(4);
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(11);
  });
});

describe('company pages on a desktop (1280 px)', () => {
  it('line up the value axes of all charts', async () => {
    const xs = await onPage(DESKTOP, NOORDWIND, (page) =>
      page.$$eval('.facts svg.chart', (svgs) =>
        svgs.map((svg) => {
          const axis = [...svg.querySelectorAll('line')].find(
            (l) => l.getAttribute('x1') === l.getAttribute('x2'),
          )!;
          return Math.round(axis.getBoundingClientRect().left);
        }),
      ),
    );
    expect(xs.length).toBeGreaterThanOrEqual(4);
    expect(new Set(xs).size).toBe(1);
  });

  it('keep a fact’s qualifier in its table', async () => {
    const cells = await onPage(DESKTOP, '/nl/companies/bmw-group/', (page) =>
      page.locator('#fact-countries').locator('xpath=..').locator('td').allInnerTexts(),
    );
    expect(cells).toContain('meer dan 140');
  });

  it('put each chart beside its table', async () => {
    const [chart, table] = await onPage(DESKTOP, NOORDWIND, (page) =>
      Promise.all([
        page.locator('.facts svg.chart').first().boundingBox(),
        page.locator('.facts .fact__table').first().boundingBox(),
      ]),
    );
    expect(table!.x).toBeGreaterThan(chart!.x + chart!.width);
  });
});

describe('the key-figures table', () => {
  it('keeps each figure’s value and unit to two lines at most on a phone, never breaking a word', async () => {
    const { lines, broken } = await onPage(PHONE, KEY_FIGURES, async (page) => ({
      lines: await page.$$eval('.kf-table tbody tr', (rows) =>
        rows.map((row) => {
          const range = document.createRange();
          range.setStartBefore(row.querySelector('.kf-table__value')!);
          range.setEndAfter(row.querySelector('.kf-table__unit')!);
          // Text of two sizes sits on one line with different boxes: boxes that overlap vertically share a line.
          const lines: { top: number; bottom: number }[] = [];
          for (const r of [...range.getClientRects()].filter((box) => box.width > 0)) {
            const line = lines.find((l) => r.top < l.bottom && r.bottom > l.top);
            if (line)
              Object.assign(line, {
                top: Math.min(line.top, r.top),
                bottom: Math.max(line.bottom, r.bottom),
              });
            else lines.push({ top: r.top, bottom: r.bottom });
          }
          return lines.length;
        }),
      ),
      broken: await brokenWords(page, '.kf-table__value, .kf-table__unit'),
    }));
    expect(lines.length).toBeGreaterThan(20);
    expect(Math.max(...lines)).toBeLessThanOrEqual(2);
    expect(broken).toEqual([]);
  });

  it('uses the full width on a desktop, one line per figure where the text allows', async () => {
    const { table, main } = await onPage(DESKTOP, KEY_FIGURES, async (page) => ({
      table: (await page.locator('.kf-table').boundingBox())!,
      main: await page.locator('main').evaluate((m) => m.clientWidth - 32),
    }));
    expect(table.width).toBeGreaterThanOrEqual(main - 1);
  });
});

describe('every page type here', () => {
  it('keeps its heading clear of the header rule', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      for (const path of [NOORDWIND, `${NOORDWIND}targets/`, KEY_FIGURES, '/nl/companies/']) {
        const gap = await onPage(viewport, path, (page) =>
          page.evaluate(() => {
            const header = document.querySelector('.site-header')!.getBoundingClientRect();
            return document.querySelector('main h1, main p')!.getBoundingClientRect().top - header.bottom;
          }),
        );
        expect(gap, `${path} at ${viewport.width}`).toBeGreaterThanOrEqual(16);
      }
    }
  });
});
