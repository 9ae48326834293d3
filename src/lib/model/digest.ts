/**
 * Cache keys for Astro's incremental builds (`experimental.incrementalBuild`).
 *
 * Astro reuses a page from the previous build when its code is unchanged and the `cacheKey`
 * that `getStaticPaths` gave it is the same. Astro does not see content at all (it leaves the
 * content store out of its code hash on purpose), so a key must hold every piece of content a
 * page shows. The rule that keeps that true: a route renders only from its props (or from a view
 * computed from the same catalogue), and its key is a digest of exactly that. Code, config,
 * `site.yaml` and the environment are covered by the build fingerprint (lib/model/fingerprint.ts),
 * which starts a cold build when any of them changes.
 *
 * Releases and collection entries inside a key stand for themselves by identity and content
 * digest, never by their neighbours: a listing's key changes when a listed release changes,
 * is added, is removed or changes visibility, and not when an unrelated release does.
 */
import { createHash } from 'node:crypto';

/** Bump when the key format changes, so that no key of the old format can match. */
export const KEY_VERSION = 1;

/**
 * Fields of an entry that reach a page only through values computed from them (which the
 * computing view puts into the key itself): a company's facts become note sentences and fact
 * tables, a person's roles become the title held on the release day. Leaving them out keeps
 * a new fact from re-rendering every release of its company. tests/unit/lib/model/digest.test.ts
 * checks that no component, layout or page reads them directly.
 */
const COMPUTED_FIELDS: Record<string, readonly string[]> = {
  companies: ['facts'],
  people: ['roles'],
};

/** A value a key cannot hold: its effect on the page would be invisible to the key. */
export class UnkeyableValueError extends Error {
  constructor(path: string, kind: string) {
    super(`cache key: ${path} is a ${kind}; a key holds data only (compute the value first)`);
    this.name = 'UnkeyableValueError';
  }
}

interface EntryLike {
  id: string;
  collection: string;
  data: Record<string, unknown>;
  digest?: string | undefined;
  body?: string | undefined;
  filePath?: string | undefined;
}

interface ReleaseLike {
  id: string;
  url: string;
  lang: string;
  day: string;
  isPublic: boolean;
  entry: EntryLike;
  versions: ReleaseLike[];
}

function isEntry(value: object): value is EntryLike {
  return 'collection' in value && 'id' in value && 'data' in value;
}

function isRelease(value: object): value is ReleaseLike {
  return 'entry' in value && 'versions' in value && 'url' in value && 'isPublic' in value;
}

const encoded = new WeakMap<object, string>();

/** An entry by identity and content: a release by its file digest (and the date the catalogue set). */
function entryCode(entry: EntryLike, path: string): string {
  if (entry.collection === 'releases' && entry.digest) {
    // The catalogue replaces the date of a release whose embargo lifts after it (publication time).
    return encode(['entry', entry.collection, entry.id, entry.digest, entry.data.date], path);
  }
  const drop = COMPUTED_FIELDS[entry.collection] ?? [];
  const data = Object.fromEntries(Object.entries(entry.data).filter(([field]) => !drop.includes(field)));
  return encode(['entry', entry.collection, entry.id, data, entry.body ?? null], path);
}

/** A release by where it is, what it says and whether it is public; its siblings only by address. */
function releaseCode(release: ReleaseLike, path: string): string {
  return encode(
    [
      'release',
      release.id,
      release.url,
      release.lang,
      release.day,
      release.isPublic,
      release.versions.map((v) => [v.lang, v.url, v.isPublic]),
      // Image bytes are not in the file's digest; the content hash in each image's URL is.
      ((release.entry.data.images as { src?: { src?: string } }[] | undefined) ?? []).map((i) => i.src?.src),
      release.entry,
    ],
    path,
  );
}

/** Canonical text of a value: object keys sorted, `undefined` fields left out (as in JSON). */
function encode(value: unknown, path: string, stack: object[] = []): string {
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : `"${String(value)}"`;
    case 'bigint':
      return `"${value}n"`;
    case 'function':
    case 'symbol':
      throw new UnkeyableValueError(path, typeof value);
  }
  const object = value as object;
  if (object instanceof Date) return `{"$date":${JSON.stringify(object.toISOString())}}`;
  if (object instanceof URL) return `{"$url":${JSON.stringify(object.href)}}`;
  if (stack.includes(object)) throw new UnkeyableValueError(path, 'cycle');
  const cached = encoded.get(object);
  if (cached !== undefined) return cached;
  const inner = [...stack, object];
  let text: string;
  if (isRelease(object)) text = releaseCode(object, path);
  else if (isEntry(object)) text = entryCode(object, path);
  else if (Array.isArray(object))
    text = `[${object.map((v, i) => encode(v, `${path}[${i}]`, inner)).join(',')}]`;
  else if (object instanceof Map) {
    text = `{"$map":${encode([...object.entries()], path, inner)}}`;
  } else if (object instanceof Set) {
    text = `{"$set":${encode([...object], path, inner)}}`;
  } else if (ArrayBuffer.isView(object)) {
    text = `{"$bytes":"${createHash('sha256')
      .update(object as Uint8Array)
      .digest('base64url')}"}`;
  } else {
    const fields = Object.keys(object)
      .sort()
      .flatMap((k) => {
        const v = (object as Record<string, unknown>)[k];
        return v === undefined ? [] : [`${JSON.stringify(k)}:${encode(v, `${path}.${k}`, inner)}`];
      });
    text = `{${fields.join(',')}}`;
  }
  // Releases and entries are listed on many pages: encode each once per build.
  if (isRelease(object) || isEntry(object)) encoded.set(object, text);
  return text;
}

/**
 * A digest of the given data, for a cache key: stable under object key order, releases and
 * entries by identity and content, functions refused.
 * @example digestOf('archive', { lang: 'nl', page }) // 43 base64url characters
 */
export function digestOf(...parts: unknown[]): string {
  return createHash('sha256')
    .update(encode([KEY_VERSION, parts], 'key'))
    .digest('base64url');
}

/**
 * Gives each path of a route a `cacheKey` made of the route's name, its params, its props and
 * `shared` (what its components read beyond the props, the same for every path, such as
 * `cardsContext`). Complete as long as the page renders from nothing else (and code).
 * @example getStaticPaths = () => withKeys('search', langs.map((lang) => ({ params: { lang }, props: { lang } })))
 */
export function withKeys<P extends { params: object; props?: object }>(
  route: string,
  paths: readonly P[],
  ...shared: unknown[]
): (P & { cacheKey: string })[] {
  const common = digestOf(shared);
  return paths.map((path) => ({
    ...path,
    cacheKey: digestOf(route, common, path.params, path.props ?? null),
  }));
}
