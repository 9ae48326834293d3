/**
 * "Copy with attribution" in Chromium on the real example site: the button puts the exact citation
 * on the clipboard and announces it; without JavaScript the button stays hidden and a closed
 * `<details>` holds the citation.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';

const baseUrl = inject('baseUrl');
const RELEASE = '/en/2023/bmw-group-sources-low-carbon-aluminium-rio-tinto/';
const CITATION =
  'about 70% less CO₂ than conventionally produced aluminium (BMW Group press release, Rijswijk, ' +
  '20 February 2023, https://perskamer.example.org/en/2023/bmw-group-sources-low-carbon-aluminium-rio-tinto/#figure-co2)';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('with JavaScript', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  });
  afterAll(async () => {
    await context?.close();
  });

  it('copies the figure’s citation and announces it', async () => {
    const page = await context.newPage();
    try {
      await page.goto(baseUrl + RELEASE);
      const button = page.locator('#figure-co2 button.cite__copy');
      await button.click();
      await expect.poll(() => page.locator('#figure-co2 [role="status"]').textContent()).toBe('Copied');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(CITATION);
      expect(await page.locator('#figure-co2 .cite__text').textContent()).toBe(CITATION);
    } finally {
      await page.close();
    }
  });

  it('copies a quote’s citation in the language’s quotation marks', async () => {
    const page = await context.newPage();
    try {
      await page.goto(`${baseUrl}/de/2023/bmw-group-bezieht-co2-armes-aluminium-rio-tinto/`);
      await page.locator('#quote-post button.cite__copy').click();
      await expect.poll(() => page.locator('#quote-post [role="status"]').textContent()).toBe('Kopiert');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toMatch(/^„Für die Senkung .*“ – Joachim Post, /);
      expect(copied).toMatch(
        /\(Pressemitteilung der BMW Group, Rijswijk, 20\. Februar 2023, .*#quote-post\)$/,
      );
    } finally {
      await page.close();
    }
  });
});

describe('without JavaScript', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({ javaScriptEnabled: false });
  });
  afterAll(async () => {
    await context?.close();
  });

  it('holds the citation in a closed <details> that opens on a click, and hides the button', async () => {
    const page = await context.newPage();
    try {
      await page.goto(baseUrl + RELEASE);
      const text = page.locator('#figure-co2 .cite__text');
      expect(await text.isVisible()).toBe(false);
      await page.locator('#figure-co2 summary').click();
      expect(await text.isVisible()).toBe(true);
      expect(await text.textContent()).toBe(CITATION);
      expect(await page.locator('#figure-co2 button.cite__copy').isVisible()).toBe(false);
    } finally {
      await page.close();
    }
  });
});
