/**
 * A word and an image that must never leave an embargoed release: planted in a copy of the
 * fixture content so that tests can look for them in every byte of the built site.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import sharp from 'sharp';

/** A word no language has, so any hit is a leak. */
export const SENTINEL_WORD = 'zwaluwstaartsentinel';
/** A word only the draft release carries. */
export const DRAFT_WORD = 'koekoeksdraftsentinel';
export const SENTINEL_IMAGE = 'zwaluwstaart-sentinel.png';
/** The embargo of the sentinel release: after the fixture clock (2026-12-01T09:00+01:00). */
export const SENTINEL_EMBARGO = '2026-12-03T09:00:00+01:00';
export const SENTINEL_URL = '/nl/2026/zwaluwstaart/';

const WIDTH = 97;
const HEIGHT = 61;

/** Pixels no other test image resembles: magenta left, green right, a yellow band. */
function sentinelPixels(): Buffer {
  const pixels = Buffer.alloc(WIDTH * HEIGHT * 3);
  for (let y = 0; y < HEIGHT; y++) {
    for (let x = 0; x < WIDTH; x++) {
      const i = (y * WIDTH + x) * 3;
      const colour = y > 25 && y < 35 ? [255, 230, 0] : x < WIDTH / 2 ? [255, 0, 255] : [0, 200, 0];
      pixels.set(colour, i);
    }
  }
  return pixels;
}

/**
 * Writes the embargoed release (word + image), the evidence record, its document and the target
 * only that release cites (each carrying the word), and a draft into `contentDir`; returns the
 * image's hash.
 */
export async function plantSentinels(contentDir: string): Promise<{ imageHash: string }> {
  const png = await sharp(sentinelPixels(), { raw: { width: WIDTH, height: HEIGHT, channels: 3 } })
    .png()
    .toBuffer();
  await writeFile(join(contentDir, 'images', SENTINEL_IMAGE), png);
  await mkdir(join(contentDir, 'releases/nl/2026'), { recursive: true });
  await writeFile(
    join(contentDir, 'releases/nl/2026/zwaluwstaart.md'),
    `---
title: 'Testbedrijf onthult ${SENTINEL_WORD}'
subtitle: 'Het ${SENTINEL_WORD}-project'
date: 2026-11-30T10:00:00+01:00
embargo: ${SENTINEL_EMBARGO}
location: Utrecht
company: testco
translationKey: sentinel-embargo
images:
  - { src: ../../../images/${SENTINEL_IMAGE}, alt: 'Het ${SENTINEL_WORD} in beeld' }
evidence: [zwaluwstaart-bewijs]
targets: [zwaluwstaart-doel]
---

Testbedrijf maakt het ${SENTINEL_WORD} bekend.
`,
  );
  // Evidence and a target only the embargoed release cites: published with it, never before.
  await mkdir(join(contentDir, 'evidence/docs'), { recursive: true });
  await writeFile(
    join(contentDir, 'evidence/zwaluwstaart-bewijs.yaml'),
    `company: testco
kind: report
title: { nl: 'Rapport over het ${SENTINEL_WORD}' }
document: docs/zwaluwstaart-bewijs.md
date: 2026-11-20
published: 2026-12-03
`,
  );
  await writeFile(
    join(contentDir, 'evidence/docs/zwaluwstaart-bewijs.md'),
    `# Het ${SENTINEL_WORD}\n\nEen document dat alleen het persbericht onder embargo aanhaalt.\n`,
  );
  await writeFile(
    join(contentDir, 'targets/zwaluwstaart-doel.yaml'),
    `company: testco
label: { nl: 'Het ${SENTINEL_WORD} in 2030' }
metric: employees
unit: count
baseline: { value: 1200, year: 2021 }
target: { value: 2000, year: 2030 }
published: 2026-12-03
`,
  );
  await writeFile(
    join(contentDir, 'releases/nl/2026/concept-sentinel.md'),
    `---
title: 'Concept over ${DRAFT_WORD}'
date: 2026-11-01T10:00:00+01:00
location: Utrecht
company: testco
draft: true
---

Dit concept noemt ${DRAFT_WORD}.
`,
  );
  return { imageHash: sha256(png) };
}

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Every file under `dir`. */
export async function allFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** A file's bytes, and its decompressed bytes too when it is gzip (Pagefind's index files are). */
export async function readableBytes(file: string): Promise<Buffer[]> {
  const bytes = await readFile(file);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return [bytes, gunzipSync(bytes)];
  return [bytes];
}

/** Files whose bytes (or decompressed bytes) contain `word`, in any letter case. */
export async function filesContaining(dir: string, word: string): Promise<string[]> {
  const hits: string[] = [];
  for (const file of await allFiles(dir)) {
    const texts = (await readableBytes(file)).map((b) => b.toString('latin1').toLowerCase());
    if (texts.some((t) => t.includes(word.toLowerCase()))) hits.push(file);
  }
  return hits;
}

const IMAGE = /\.(png|jpe?g|webp|avif|gif)$/i;

/**
 * Images in `dir` that are the sentinel: the same bytes, the same name, or (re-encoded and
 * resized by the image pipeline) the same picture at 8×8 pixels.
 */
export async function sentinelImagesIn(dir: string, imageHash: string): Promise<string[]> {
  const reference = await thumbnail(
    await sharp(sentinelPixels(), { raw: { width: WIDTH, height: HEIGHT, channels: 3 } })
      .png()
      .toBuffer(),
  );
  const hits: string[] = [];
  for (const file of await allFiles(dir)) {
    const bytes = await readFile(file);
    if (sha256(bytes) === imageHash || file.includes('zwaluwstaart')) {
      hits.push(file);
      continue;
    }
    if (!IMAGE.test(file)) continue;
    const small = await thumbnail(bytes).catch(() => undefined);
    if (!small) continue;
    let diff = 0;
    for (let i = 0; i < small.length; i++) diff += Math.abs(small[i]! - reference[i]!);
    if (diff / small.length < 20) hits.push(file);
  }
  return hits;
}

function thumbnail(image: Buffer): Promise<Buffer> {
  return sharp(image).removeAlpha().resize(8, 8, { fit: 'fill' }).raw().toBuffer();
}
