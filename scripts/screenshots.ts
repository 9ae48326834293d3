/**
 * `npx tsx scripts/screenshots.ts <built site> <output folder> <path>…`: serves a built site
 * locally and takes a full-page screenshot of each path at 390 and 1280 CSS px in Chromium, to
 * look at a page the way its readers will (STYLE.md: "Look at it").
 * @example npx tsx scripts/screenshots.ts dist /tmp/shots /nl/evidence/havenstad-uitstoot-2025/
 */
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { launchChromium } from './lib/chromium';

const [site, out, ...paths] = process.argv.slice(2);
if (!site || !out || paths.length === 0) {
  console.error('usage: npx tsx scripts/screenshots.ts <built site> <output folder> <path>…');
  process.exit(2);
}
const WIDTHS = [390, 1280];

const files = sirv(site, { dev: true, extensions: ['html'] });
const server = createServer((req, res) =>
  files(req, res, () => {
    res.writeHead(404).end();
  }),
);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
await mkdir(out, { recursive: true });
const browser = await launchChromium();
try {
  for (const width of WIDTHS) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const path of paths) {
      const response = await page.goto(origin + path, { waitUntil: 'load' });
      const name = `${path.replace(/^\/|\/$/g, '').replaceAll('/', '_') || 'index'}-${width}.png`;
      await page.screenshot({ path: join(out, name), fullPage: true });
      console.log(`${response?.status()} ${path} → ${join(out, name)}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
