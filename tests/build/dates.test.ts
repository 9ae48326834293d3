/**
 * Issue 9, dates and visibility in a real `astro build` (no `npm run validate` before it): a
 * site in New York built on a machine in Tokyo reads dates without offset in New York time,
 * refuses an embargo without offset, and holds every language version until the group's embargo.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixture, removeBuild, type BuildResult } from '../helpers/build';
import { filesContaining } from '../helpers/sentinel';

const env = { PRESS_TIME_ZONE: 'America/New_York', TZ: 'Asia/Tokyo', PRESS_NOW: '2026-06-03T06:00:00-04:00' };

/** A release by the fixture's company; `fields` as written in the front-matter. */
const release = (fields: string, word: string) =>
  `---\ntitle: 'Testco ${word}'\nlocation: New York\ncompany: testco\n${fields}\n---\n\nTestco meldt ${word}.\n`;

async function contentWith(files: Record<string, string>): Promise<string> {
  const content = await copyFixture();
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(content, 'releases', path)), { recursive: true });
    await writeFile(join(content, 'releases', path), text);
  }
  return content;
}

let refused: BuildResult;
let held: BuildResult;
const folders: string[] = [];

beforeAll(async () => {
  const bad = await contentWith({
    'en/2026/new-york.md': release(
      'date: 2026-06-01T10:00:00-04:00\nembargo: 2026-06-03T09:00:00',
      'ZZNYEMBARGO',
    ),
  });
  const good = await contentWith({
    'nl/2026/resultaten.md': release(
      'date: 2026-06-01T10:00:00-04:00\nembargo: 2026-06-03T09:00:00-04:00\ntranslationKey: ny-results',
      'ZZDUTCHEMBARGO',
    ),
    'en/2026/results.md': release(
      'date: 2026-06-01T10:00:00-04:00\ntranslationKey: ny-results',
      'ZZENGLISHVERSION',
    ),
    'en/2026/noon.md': release('date: 2026-06-03T09:00:00', 'ZZNYNOON'),
    'en/2026/dawn.md': release('date: 2026-06-03T05:00:00', 'ZZNYDAWN'),
  });
  folders.push(dirname(bad), dirname(good));
  refused = await buildSite(bad, env);
  held = await buildSite(good, env);
  if (!held.ok) throw new Error(`the build with correct dates failed:\n${held.output}`);
});
afterAll(async () => {
  await Promise.all([refused && removeBuild(refused), held && removeBuild(held)]);
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

describe('an embargo without offset', () => {
  it('stops the build, naming the file, the field, the zone and the value to write', () => {
    expect(refused.ok).toBe(false);
    expect(refused.output).toContain('releases/en/2026/new-york.md');
    expect(refused.output).toContain(
      "embargo: an embargo must be an exact moment: 2026-06-03T09:00:00 has no time zone offset; in America/New_York (the site's time zone) write 2026-06-03T09:00:00-04:00",
    );
  });
});

describe('dates read in the site time zone, one embargo per release', () => {
  it('holds back a release dated 09:00 without offset at 06:00 New York time (it went out 3 hours early)', async () => {
    expect(await filesContaining(held.outDir, 'ZZNYNOON')).toEqual([]);
    expect(
      (await filesContaining(held.outDir, 'ZZNYDAWN')).some((f) => f.endsWith('/en/2026/dawn/index.html')),
    ).toBe(true);
  });

  it('keeps the English version back until the embargo set on the Dutch file', async () => {
    expect(await filesContaining(held.outDir, 'ZZDUTCHEMBARGO')).toEqual([]);
    expect(await filesContaining(held.outDir, 'ZZENGLISHVERSION')).toEqual([]);
  });

  it('prints the next lift time and the build clock, in New York time', () => {
    expect(held.output).toContain(
      'next embargo lifts at 2026-06-03T09:00:00-04:00; build clock: 2026-06-03T06:00:00-04:00 (from PRESS_NOW)',
    );
  });
});
