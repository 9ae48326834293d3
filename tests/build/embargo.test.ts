/**
 * An embargoed release never leaks: its words and its image appear nowhere in dist/ (pages,
 * feeds, exports, sitemap, the search index decompressed, images re-encoded), and neither does
 * a draft. The same content built after the embargo does contain them, so the search can fail.
 */
import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixture, removeBuild, type BuildResult } from '../helpers/build';
import {
  DRAFT_WORD,
  SENTINEL_EMBARGO,
  SENTINEL_WORD,
  filesContaining,
  plantSentinels,
  sentinelImagesIn,
} from '../helpers/sentinel';

let content: string;
let imageHash: string;
let before: BuildResult;
let after: BuildResult;

beforeAll(async () => {
  content = await copyFixture();
  ({ imageHash } = await plantSentinels(content));
  // The fixture clock (2026-12-01T09:00+01:00) is before the embargo; an hour after it lifts is not.
  before = await buildSite(content);
  if (!before.ok) throw new Error(`build before the embargo failed:\n${before.output}`);
  after = await buildSite(content, { PRESS_NOW: '2026-12-03T10:00:00+01:00' });
  if (!after.ok) throw new Error(`build after the embargo failed:\n${after.output}`);
});
afterAll(async () => {
  await Promise.all([before && removeBuild(before), after && removeBuild(after)]);
  await rm(dirname(content), { recursive: true, force: true });
});

describe('before the embargo lifts', () => {
  it('has the sentinel word in no file of dist/, compressed search index included', async () => {
    expect(await filesContaining(before.outDir, SENTINEL_WORD)).toEqual([]);
  });

  it('has the sentinel image in no form: bytes, name or picture', async () => {
    expect(await sentinelImagesIn(before.outDir, imageHash)).toEqual([]);
  });

  it('leaves the draft out too', async () => {
    expect(await filesContaining(before.outDir, DRAFT_WORD)).toEqual([]);
  });

  it('prints when the embargo lifts, for the scheduler', () => {
    expect(before.output).toContain(`next embargo lifts at ${SENTINEL_EMBARGO}`);
  });
});

describe('after the embargo lifts', () => {
  it('publishes the word, in pages and in the search index', async () => {
    const hits = await filesContaining(after.outDir, SENTINEL_WORD);
    expect(hits.some((f) => f.endsWith('/nl/2026/zwaluwstaart/index.html'))).toBe(true);
    expect(hits.some((f) => /\/pagefind\/.*\.pf_fragment$/.test(f))).toBe(true);
    expect(hits.some((f) => f.endsWith('/nl/feed.xml'))).toBe(true);
  });

  it('publishes the image', async () => {
    expect((await sentinelImagesIn(after.outDir, imageHash)).length).toBeGreaterThan(0);
  });

  it('still leaves the draft out, and names the next embargo', async () => {
    expect(await filesContaining(after.outDir, DRAFT_WORD)).toEqual([]);
    expect(after.output).toContain('next embargo lifts at 2030-01-01T08:00:00+01:00');
  });
});
