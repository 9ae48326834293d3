/**
 * The release loader, run around Astro's own glob loader and front-matter parser (js-yaml,
 * which reads an unquoted `2026-06-03T09:00:00` as UTC), with the real schema: what it keeps,
 * what it refuses and what it logs. The site is in New York; the machine in Tokyo.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { z } from 'astro/zod';
import type { DataStore, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const saved = vi.hoisted(() => {
  const before = { TZ: process.env.TZ, PRESS_TIME_ZONE: process.env.PRESS_TIME_ZONE };
  process.env.TZ = 'Asia/Tokyo';
  process.env.PRESS_TIME_ZONE = 'America/New_York';
  // Vitest runs as a dev server would; the loader must act as in a build.
  vi.stubEnv('DEV', false);
  return before;
});
afterAll(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

type DataEntry = NonNullable<ReturnType<DataStore['get']>>;

const { publicReleasesOnly, withDateText } = await import('~/lib/model/loaders');
const { releaseSchema } = await import('~/schemas');

/** Front-matter of a release by the fictional Noordwind Energie; `extra` is added as written. */
const release = (extra: string) =>
  `---\ntitle: Resultaten\nlocation: New York\ncompany: noordwind-energie\n${extra}\n---\nTekst.\n`;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'perskamer-loader-'));
});
afterEach(async () => {
  vi.unstubAllEnvs();
  vi.stubEnv('DEV', false);
  await rm(dir, { recursive: true, force: true });
});

async function write(files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, 'releases', path)), { recursive: true });
    await writeFile(join(dir, 'releases', path), text);
  }
}

/** A store and meta store as Astro's, kept between runs like the build cache. */
function stores() {
  const entries = new Map<string, DataEntry>();
  const meta = new Map<string, string>();
  return { entries, meta };
}

/** Runs the loader at `now`; returns the ids kept, the log and the error, if any. */
async function load(now: string, kept = stores()) {
  vi.stubEnv('PRESS_NOW', now);
  const log: string[] = [];
  const schema = releaseSchema(() => z.string());
  const digest = (text: unknown) => String(text).length + ':' + String(text).slice(0, 200);
  const context = {
    collection: 'releases',
    store: {
      get: (id: string) => kept.entries.get(id),
      entries: () => [...kept.entries.entries()],
      values: () => [...kept.entries.values()],
      keys: () => [...kept.entries.keys()],
      set: (entry: DataEntry) => (kept.entries.set(entry.id, entry), true),
      delete: (id: string) => void kept.entries.delete(id),
      clear: () => kept.entries.clear(),
      has: (id: string) => kept.entries.has(id),
      addModuleImport: () => {},
    },
    meta: {
      get: (key: string) => kept.meta.get(key),
      set: (key: string, value: string) => void kept.meta.set(key, value),
      has: (key: string) => kept.meta.has(key),
      delete: (key: string) => void kept.meta.delete(key),
    },
    logger: {
      info: (message: string) => log.push(`info: ${message}`),
      warn: (message: string) => log.push(`warn: ${message}`),
      error: (message: string) => log.push(`error: ${message}`),
      debug: () => {},
    },
    config: {
      root: pathToFileURL(`${dir}/`),
      srcDir: pathToFileURL(`${dir}/src/`),
      cacheDir: pathToFileURL(`${dir}/cache/`),
    },
    // Astro's own parseData throws with each issue's path and message, as this does.
    parseData: async ({ data }: { data: Record<string, unknown> }) => {
      const result = await schema.safeParseAsync(data);
      if (!result.success)
        throw new Error(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
      return result.data;
    },
    generateDigest: digest,
    entryTypes: new Map([
      [
        '.md',
        {
          extensions: ['.md'],
          // What Astro's Markdown entry type does: js-yaml, dates as Dates.
          getEntryInfo: ({ contents }: { contents: string }) => {
            const { frontmatter, content } = parseFrontmatter(contents);
            return { data: frontmatter, body: content };
          },
        },
      ],
    ]),
  } as unknown as LoaderContext;
  try {
    await publicReleasesOnly(glob({ pattern: '*/*/*.md', base: './releases' })).load(context);
    return { ids: [...kept.entries.keys()].sort(), log, error: undefined, kept };
  } catch (error) {
    return { ids: [], log, error: (error as Error).message, kept };
  }
}

describe('dates written without offset', () => {
  it('refuses an unquoted embargo without offset, with the value to write (the review reproduction)', async () => {
    await write({
      'en/2026/results.md': release('date: 2026-06-01T10:00:00-04:00\nembargo: 2026-06-03T09:00:00'),
    });
    const { error } = await load('2026-06-03T06:00:00-04:00');
    expect(error).toBe(
      "embargo: an embargo must be an exact moment: 2026-06-03T09:00:00 has no time zone offset; in America/New_York (the site's time zone) write 2026-06-03T09:00:00-04:00",
    );
  });

  it('reads an unquoted date without offset in New York: not public at 06:00 New York time', async () => {
    await write({ 'en/2026/results.md': release('date: 2026-06-03T09:00:00') });
    const early = await load('2026-06-03T06:00:00-04:00');
    expect(early.ids).toEqual([]);
    expect(early.log).toContain(
      'info: next embargo lifts at 2026-06-03T09:00:00-04:00; build clock: 2026-06-03T06:00:00-04:00 (from PRESS_NOW)',
    );
    expect((await load('2026-06-03T09:00:00-04:00')).ids).toEqual(['en/2026/results']);
  });

  it('reads a quoted one the same way, whatever the machine zone', async () => {
    await write({ 'en/2026/results.md': release(`date: '2026-06-03T09:00:00'`) });
    expect((await load('2026-06-03T08:59:59-04:00')).ids).toEqual([]);
    expect((await load('2026-06-03T09:00:00-04:00')).ids).toEqual(['en/2026/results']);
  });

  it('refuses an unquoted 30 February, which js-yaml would roll over into March', async () => {
    await write({ 'en/2026/results.md': release('date: 2026-02-30') });
    expect((await load('2026-06-03T09:00:00-04:00')).error).toMatch(/^date: there is no 30 February 2026;/);
  });
});

describe('one release, one embargo', () => {
  const files = {
    'nl/2026/resultaten.md': release(
      'date: 2026-06-01T10:00:00-04:00\nembargo: 2026-06-03T09:00:00-04:00\ntranslationKey: resultaten',
    ),
    'en/2026/results.md': release('date: 2026-06-01T10:00:00-04:00\ntranslationKey: resultaten'),
    'en/2026/other.md': release('date: 2026-06-01T10:00:00-04:00'),
  };

  it('keeps the English version back until the embargo set on the Dutch file', async () => {
    await write(files);
    const before = await load('2026-06-03T08:00:00-04:00');
    expect(before.ids).toEqual(['en/2026/other']);
    expect(before.log.at(-1)).toBe(
      'info: next embargo lifts at 2026-06-03T09:00:00-04:00; build clock: 2026-06-03T08:00:00-04:00 (from PRESS_NOW)',
    );
    const after = await load('2026-06-03T09:00:00-04:00');
    expect(after.ids).toEqual(['en/2026/other', 'en/2026/results', 'nl/2026/resultaten']);
    expect(after.log.at(-1)).toBe(
      'info: no embargoed releases waiting; build clock: 2026-06-03T09:00:00-04:00 (from PRESS_NOW)',
    );
  });

  it('counts the embargo of a Dutch draft, and names its lift time for the English version', async () => {
    await write({
      ...files,
      'nl/2026/resultaten.md': files['nl/2026/resultaten.md'].replace(
        'translationKey',
        'draft: true\ntranslationKey',
      ),
    });
    const before = await load('2026-06-03T08:00:00-04:00');
    expect(before.ids).toEqual(['en/2026/other']);
    expect(before.log.at(-1)).toMatch(/^info: next embargo lifts at 2026-06-03T09:00:00-04:00;/);
  });
});

describe('the build clock and the cache', () => {
  it('warns loudly when PRESS_NOW is far from the real time', async () => {
    await write({ 'en/2026/results.md': release('date: 2026-06-01T10:00:00-04:00') });
    const { log } = await load('2099-01-01T00:00:00Z');
    expect(
      log.some((line) =>
        /^warn: WARNING: PRESS_NOW \(2099-01-01T00:00:00Z\) is [\d.]+ days ahead/.test(line),
      ),
    ).toBe(true);
  });

  it('reads every date anew when the site time zone changed since the cached run', async () => {
    await write({ 'en/2026/results.md': release('date: 2026-06-03T09:00:00') });
    const cache = stores();
    await load('2026-06-03T10:00:00-04:00', cache);
    const stored = cache.entries.get('en/2026/results')!;
    // A stale entry read in another zone, with the same digest as the file.
    cache.entries.set('en/2026/results', {
      ...stored,
      data: { ...stored.data, date: new Date('2030-01-01') },
    });
    cache.meta.set('perskamer-time-zone', 'Europe/Amsterdam');
    const again = await load('2026-06-03T10:00:00-04:00', cache);
    expect(again.ids).toEqual(['en/2026/results']);
    expect((cache.entries.get('en/2026/results')!.data['date'] as Date).toISOString()).toBe(
      '2026-06-03T13:00:00.000Z',
    );
  });
});

describe('withDateText', () => {
  it('gives back the text of dates YAML made into Dates, and leaves the rest', () => {
    const data = {
      date: new Date('2026-06-03T09:00:00Z'),
      embargo: '2026-06-04T09:00:00+02:00',
      updated: { date: new Date('2026-06-05T00:00:00Z'), note: 'n' },
      title: 'x',
    };
    const text = `---\ntitle: x\ndate: 2026-06-03T09:00:00\nembargo: '2026-06-04T09:00:00+02:00'\nupdated: { date: 2026-06-05, note: n }\n---\n`;
    expect(withDateText(data, text)).toEqual({
      date: '2026-06-03T09:00:00',
      embargo: '2026-06-04T09:00:00+02:00',
      updated: { date: '2026-06-05', note: 'n' },
      title: 'x',
    });
  });

  it('keeps the Dates when the front-matter cannot be read again', () => {
    const data = { date: new Date('2026-06-03T09:00:00Z') };
    expect(withDateText(data, 'no front-matter')).toBe(data);
    expect(withDateText(data, '---\ndate: [unclosed\n---\n')).toBe(data);
  });
});
