/**
 * The seed release as a reporter on deadline meets it, in Chromium on the real example site:
 * the press contact and the press kit on the first screen at 1280 × 900 and within the second
 * at 390 × 844, a header of at most a sixth of a phone screen, copy link, the press kit opened,
 * and print without chrome or citations but with a masthead.
 */
import { unzipSync } from 'fflate';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { root } from '../helpers/build';
import { launchBrowser } from './browser';

const baseUrl = inject('baseUrl');
const SEED = '/nl/2023/bmw-group-koopt-koolstofarm-aluminium-rio-tinto/';
const PUBLIC_URL = `https://perskamer.example.org${SEED}`;
const CONTACT = 'Eva Voorbeeld';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens `path` in a fresh context of the given viewport; the caller closes the context. */
async function open(
  viewport: { width: number; height: number },
  path = SEED,
  options: { javaScript?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, javaScriptEnabled: options.javaScript ?? true });
  const page = await context.newPage();
  await page.goto(baseUrl + path, { waitUntil: 'load' });
  return { context, page };
}

/** Where an element ends, measured from the top of the page (not the viewport). */
async function bottomOf(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
}

describe('the seed release on a desktop screen (1280 × 900)', () => {
  it('shows the press contact and the press kit without scrolling', async () => {
    const { context, page } = await open({ width: 1280, height: 900 });
    try {
      expect(await page.locator('.release__desk .contact__name').textContent()).toBe(CONTACT);
      for (const selector of ['.release__desk .contact', '.release__desk a.press-kit']) {
        expect(await page.locator(selector).first().isVisible(), selector).toBe(true);
        expect(await bottomOf(page, selector), selector).toBeLessThanOrEqual(900);
      }
      // Beside the text, not under it.
      const aside = await page.locator('.release__aside').boundingBox();
      const body = await page.locator('.release__body').boundingBox();
      expect(aside!.x).toBeGreaterThan(body!.x + body!.width);
    } finally {
      await context.close();
    }
  });

  it('keeps the headline off the header rule', async () => {
    const { context, page } = await open({ width: 1280, height: 900 });
    try {
      const header = await page.locator('.site-header').boundingBox();
      const kicker = await page.locator('.release__kicker').boundingBox();
      expect(kicker!.y - (header!.y + header!.height)).toBeGreaterThanOrEqual(16);
    } finally {
      await context.close();
    }
  });
});

describe('the seed release on a phone (390 × 844)', () => {
  it('has a header of at most a sixth of the screen', async () => {
    const { context, page } = await open({ width: 390, height: 844 });
    try {
      const header = await page.locator('.site-header').boundingBox();
      expect(header!.height).toBeLessThanOrEqual(844 / 6);
    } finally {
      await context.close();
    }
  });

  it('shows the press contact and the press kit within the second screen, right after the dateline', async () => {
    const { context, page } = await open({ width: 390, height: 844 });
    try {
      for (const selector of ['.release__desk .contact', '.release__desk a.press-kit']) {
        expect(await page.locator(selector).first().isVisible(), selector).toBe(true);
        expect(await bottomOf(page, selector), selector).toBeLessThanOrEqual(2 * 844);
      }
      const dateline = await bottomOf(page, '.dateline');
      const desk = await page
        .locator('.release__desk')
        .evaluate((el) => el.getBoundingClientRect().top + scrollY);
      const body = await page
        .locator('.release__body')
        .evaluate((el) => el.getBoundingClientRect().top + scrollY);
      expect(desk).toBeGreaterThan(dateline);
      expect(desk).toBeLessThan(body);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    } finally {
      await context.close();
    }
  });
});

describe('copy link', () => {
  it('puts the release’s public address on the clipboard and says so', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const page = await context.newPage();
    try {
      await page.goto(baseUrl + SEED);
      const button = page.getByRole('button', { name: 'Link kopiëren' });
      await button.click();
      await expect
        .poll(() => page.locator('.share__copy [role="status"]').textContent())
        .toBe('Link gekopieerd');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(PUBLIC_URL);
      // With JavaScript the citations are for the clipboard only.
      expect(await page.locator('#figure-co2 details').isVisible()).toBe(false);
      expect(await page.locator('#figure-co2 button.cite__copy').isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: 'Afdrukken of opslaan als pdf' }).isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });
});

describe('without JavaScript', () => {
  it('keeps each citation in a closed <details> and hides the buttons that need a script', async () => {
    const { context, page } = await open({ width: 1280, height: 900 }, SEED, { javaScript: false });
    try {
      const details = page.locator('#figure-co2 details');
      expect(await details.isVisible()).toBe(true);
      expect(await details.getAttribute('open')).toBeNull();
      expect(await page.locator('#figure-co2 .cite__text').isVisible()).toBe(false);
      expect(
        await page
          .locator('button[data-copy], button[data-copy-text], button[data-print]')
          .evaluateAll((buttons) => buttons.filter((b) => (b as HTMLElement).offsetParent !== null).length),
      ).toBe(0);
      // The share links need no script.
      expect(await page.locator('.share__links a').first().isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });
});

describe('press kit', () => {
  it('downloads as a ZIP that holds the text, the figures CSV and the original image', async () => {
    const { context, page } = await open({ width: 1280, height: 900 });
    try {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('a.press-kit').click(),
      ]);
      expect(download.suggestedFilename()).toBe('bmw-group-koopt-koolstofarm-aluminium-rio-tinto.zip');
      const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
      const dir = 'bmw-group-koopt-koolstofarm-aluminium-rio-tinto';
      const md = new TextDecoder().decode(files[`${dir}/${dir}.md`]);
      expect(md).toContain('# BMW Group koopt vanaf 2024 koolstofarm aluminium van Rio Tinto');
      expect(new TextDecoder().decode(files[`${dir}/${dir}.html`])).toContain('<h1>BMW Group koopt');
      expect(new TextDecoder().decode(files[`${dir}/key-figures.csv`])).toContain(',co2,70,percent,about,');
      expect(files[`${dir}/images/aluminium-coils.jpg`]).toEqual(
        new Uint8Array(await readFile(join(root, 'content/images/aluminium-coils.jpg'))),
      );
    } finally {
      await context.close();
    }
  });
});

describe('print', () => {
  it('shows the masthead and the text, without chrome, sidebar extras or citations', async () => {
    const { context, page } = await open({ width: 1280, height: 900 });
    try {
      await page.emulateMedia({ media: 'print' });
      // The newsroom's masthead (logo and name) on every printed page, then the release's own.
      expect(await page.locator('.masthead').innerText()).toBe('Perskamer');
      const masthead = page.locator('.release-masthead');
      expect(await masthead.isVisible()).toBe(true);
      expect((await masthead.innerText()).split(/\n+/)).toEqual([
        'Persbericht · BMW Group · 20 februari 2023',
        PUBLIC_URL,
      ]);
      for (const selector of [
        '.site-header',
        '.site-footer',
        '.release__more',
        '.downloads',
        '.release__foot',
      ]) {
        expect(await page.locator(selector).isVisible(), selector).toBe(false);
      }
      expect(
        await page
          .locator('.cite')
          .evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent).length),
      ).toBe(0);
      expect(await page.locator('.release__desk .contact').isVisible(), 'press contact').toBe(true);
      // The quote is printed once.
      const text = await page.locator('main').innerText();
      expect(text.split('Voor de CO2-reductie').length + text.split('Voor de CO₂-reductie').length - 2).toBe(
        1,
      );
    } finally {
      await context.close();
    }
  });
});
