/**
 * Page weight: a page's HTML plus the CSS and JavaScript it links, as files on disk
 * (what a first visit downloads before any interaction), raw and gzip-compressed.
 */
import { load } from 'cheerio';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  name: string;
  path: string;
  html: Bytes;
  css: Bytes;
  js: Bytes;
  /** The asset URLs counted, for the reader to check. */
  assets: string[];
}

/**
 * Same-origin stylesheets and scripts a page links: `<link rel=stylesheet>`, module
 * preloads and `<script src>`. External URLs are not part of the site's weight.
 * @example pageAssets('<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/b.js"></script>')
 * // { css: ['/_astro/a.css'], js: ['/_astro/b.js'] }
 */
export function pageAssets(html: string): { css: string[]; js: string[] } {
  const $ = load(html);
  const local = (url: string | undefined): url is string =>
    !!url && url.startsWith('/') && !url.startsWith('//');
  const css = $('link[rel~="stylesheet"]')
    .map((_, el) => $(el).attr('href'))
    .get()
    .filter(local);
  const js = [
    ...$('script[src]')
      .map((_, el) => $(el).attr('src'))
      .get(),
    ...$('link[rel="modulepreload"]')
      .map((_, el) => $(el).attr('href'))
      .get(),
  ].filter(local);
  return { css: [...new Set(css)], js: [...new Set(js)] };
}

/**
 * Static imports of a bundled module, resolved against its URL. Dynamic imports of a
 * path in a variable (Pagefind on the search page) are loaded at run time and measured there.
 * @example staticImports('import{a}from"./chunk.js";', '/_astro/page.js') // ['/_astro/chunk.js']
 */
export function staticImports(code: string, url: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+\.m?js)["']/g)) {
    const spec = match[1]!;
    if (spec.startsWith('.')) found.add(posix.normalize(posix.join(posix.dirname(url), spec)));
    else if (spec.startsWith('/')) found.add(spec);
  }
  return [...found];
}

const sizes = (body: Buffer): Bytes => ({ raw: body.length, gzip: gzipSync(body).length });
const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });

/** The weight of the page at site path `path` (ending in `/`) in the built `dist`. */
export async function pageWeight(dist: string, name: string, path: string): Promise<PageWeight> {
  const html = await readFile(join(dist, path, 'index.html'));
  const { css, js } = pageAssets(html.toString('utf8'));
  let cssBytes: Bytes = { raw: 0, gzip: 0 };
  for (const url of css) cssBytes = add(cssBytes, sizes(await readFile(join(dist, url))));
  let jsBytes: Bytes = { raw: 0, gzip: 0 };
  const queue = [...js];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const code = await readFile(join(dist, url));
    jsBytes = add(jsBytes, sizes(code));
    queue.push(...staticImports(code.toString('utf8'), url));
  }
  return { name, path, html: sizes(html), css: cssBytes, js: jsBytes, assets: [...css, ...seen] };
}

/** Total bytes and number of files under `dir`. */
export async function folderSize(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
    files++;
  }
  return { bytes, files };
}

export interface PagefindLanguage {
  lang: string;
  pages: number;
  bytes: number;
  files: number;
}

/**
 * Splits Pagefind's output by language. Its entry file names each language's hash; index,
 * fragment and filter chunks start with `<lang>_`, the metadata is `pagefind.<hash>.pf_meta`
 * and the language's WebAssembly `wasm.<lang>.pagefind`.
 */
export function pagefindByLanguage(
  entry: { languages: Record<string, { hash: string; wasm?: string; page_count: number }> },
  files: readonly { name: string; bytes: number }[],
): PagefindLanguage[] {
  return Object.entries(entry.languages).map(([lang, info]) => {
    const own = files.filter(
      (f) =>
        f.name.startsWith(`${lang}_`) ||
        f.name === `pagefind.${info.hash}.pf_meta` ||
        f.name === `wasm.${info.wasm ?? lang}.pagefind`,
    );
    return {
      lang,
      pages: info.page_count,
      bytes: own.reduce((sum, f) => sum + f.bytes, 0),
      files: own.length,
    };
  });
}

/** Pagefind's index size per language in a built site. */
export async function pagefindSizes(dist: string): Promise<PagefindLanguage[]> {
  const root = join(dist, 'pagefind');
  const entry = JSON.parse(await readFile(join(root, 'pagefind-entry.json'), 'utf8')) as Parameters<
    typeof pagefindByLanguage
  >[0];
  const files: { name: string; bytes: number }[] = [];
  for (const dirent of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (dirent.isFile()) {
      files.push({ name: dirent.name, bytes: (await stat(join(dirent.parentPath, dirent.name))).size });
    }
  }
  return pagefindByLanguage(entry, files);
}
