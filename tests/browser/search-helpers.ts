/** Driving the search page in the browser tests, and reading what the example releases say. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import type { Lang } from '~/i18n/locales';
import { root } from '../helpers/build';

export interface Found {
  status: string;
  urls: string[];
}

/** Waits until the search status shows a final text (not the "…" of loading). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const text = document.querySelector('[data-search-status]')?.textContent ?? '';
    return text !== '' && !text.endsWith('…');
  });
}

/** The result list's release URLs, as paths. */
export function resultUrls(page: Page): Promise<string[]> {
  return page
    .locator('[data-search-results] h2 a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Opens a search page with a query string and waits for its results. */
export async function search(page: Page, base: string, lang: Lang, query: string): Promise<Found> {
  await page.goto(`${base}/${lang}/search/?${query}`);
  await settled(page);
  return {
    status: (await page.locator('[data-search-status]').textContent()) ?? '',
    urls: await resultUrls(page),
  };
}

/**
 * The next search on the search page that is already open in `page`, without a reload: the
 * query goes through the page's own history handling, as the browser's Back and Forward do.
 * Opens the page first when `page` shows another one. For long runs of queries, where a reload
 * per query would cost most of the time. `query` must hold a `q`: only then does the page show
 * its "searching…" state, which `settled` waits out.
 */
export async function searchAgain(page: Page, base: string, lang: Lang, query: string): Promise<Found> {
  if (!page.url().startsWith(`${base}/${lang}/search/`)) return search(page, base, lang, query);
  await page.evaluate((params) => {
    history.pushState(null, '', `${location.pathname}?${params}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, query);
  await settled(page);
  return {
    status: (await page.locator('[data-search-status]').textContent()) ?? '',
    urls: await resultUrls(page),
  };
}

/** A release of the example content as its author wrote it. */
export interface SourceRelease {
  url: string;
  lang: Lang;
  /** Every string value of the front matter (never a key) and the body. */
  text: string;
  contacts: string[];
  /** Topic ids from the front matter. */
  topics: string[];
  quoted: string[];
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** The example releases that the built site at `outDir` publishes. */
export function sourceReleases(outDir: string): SourceRelease[] {
  const folder = join(root, 'content/releases');
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => {
      const [lang, year, name] = relative(folder, join(folder, file)).split(sep) as [Lang, string, string];
      const raw = readFileSync(join(folder, file), 'utf8');
      const [, frontMatter = '', body = ''] = raw.split(/^---$/m);
      const data = parse(frontMatter) as Record<string, unknown>;
      return {
        url: `/${lang}/${year}/${name.replace(/\.mdx?$/, '')}/`,
        lang,
        text: [...strings(data), body].join('\n'),
        contacts: (data['contacts'] as string[] | undefined) ?? [],
        topics: (data['topics'] as string[] | undefined) ?? [],
        quoted: ((data['quotes'] as { person: string }[] | undefined) ?? []).map((q) => q.person),
      };
    })
    .filter((release) => existsSync(join(outDir, release.url, 'index.html')));
}

/** The names and roles of the people in the example content: words that releases show. */
export function peopleText(): string {
  const folder = join(root, 'content/people');
  return readdirSync(folder)
    .map((file) => strings(parse(readFileSync(join(folder, file), 'utf8'))).join('\n'))
    .join('\n');
}

/** A person's name from `content/people/<id>.yaml`. */
export function personName(id: string): string {
  return (parse(readFileSync(join(root, 'content/people', `${id}.yaml`), 'utf8')) as { name: string }).name;
}
