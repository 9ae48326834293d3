/**
 * A search result as the result list shows it, read from what Pagefind returns for a release,
 * and the opaque form of the metadata that must not be searchable.
 * Runs in the browser too: it imports nothing.
 */

/**
 * Pagefind searches the words of every metadata value, so a URL or an ISO date stored there
 * would answer queries like "astro", "webp" or "00". Such values are stored as one token: this
 * prefix and the text's UTF-8 bytes in hexadecimal. No query starts with "zq", and the token has
 * no punctuation or capital that Pagefind would split it at.
 */
const OPAQUE = 'zq';

/**
 * One unsearchable token that holds `text`.
 * @example opaque('2023') // 'zq32303233'
 */
export function opaque(text: string): string {
  return OPAQUE + [...new TextEncoder().encode(text)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The text an `opaque` token holds; undefined for anything else.
 * @example unopaque('zq32303233') // '2023'
 */
export function unopaque(token: string | undefined): string | undefined {
  if (!token?.startsWith(OPAQUE) || !/^(?:[0-9a-f]{2})+$/.test(token.slice(OPAQUE.length))) return undefined;
  const bytes = token
    .slice(OPAQUE.length)
    .match(/../g)!
    .map((pair) => parseInt(pair, 16));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return undefined;
  }
}

/** A small image of the release, one the release page already has. */
export interface Thumbnail {
  src: string;
  width: number;
  height: number;
}

/**
 * The `image` metadata of a release: its thumbnail as an opaque token, or empty when it has
 * none (an empty value also keeps Pagefind from taking the first image of the page, the full
 * original, as the result's image).
 * @example thumbnailMeta({ src: '/_astro/a.webp', width: 480, height: 300 }) // 'zq5b222f…'
 */
export function thumbnailMeta(thumbnail: Thumbnail | undefined): string {
  return thumbnail ? opaque(JSON.stringify([thumbnail.src, thumbnail.width, thumbnail.height])) : '';
}

function readThumbnail(token: string | undefined): Thumbnail | undefined {
  const text = unopaque(token);
  if (!text) return undefined;
  try {
    const [src, width, height] = JSON.parse(text) as unknown[];
    // Only an image of this site: the token comes from our own index, but a page is no place to trust it.
    if (typeof src !== 'string' || !src.startsWith('/') || src.startsWith('//')) return undefined;
    if (typeof width !== 'number' || typeof height !== 'number') return undefined;
    return { src, width, height };
  } catch {
    return undefined;
  }
}

/** The part of Pagefind's result data that the result list reads. */
export interface ResultData {
  url: string;
  /** Page text around the matches, HTML-escaped, with `<mark>` around each match. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
}

/** One result as the list shows it. */
export interface ResultCard {
  url: string;
  title: string;
  company: string | undefined;
  /** The release date in words, e.g. "20 February 2023". */
  date: string;
  /** ISO 8601 with offset, for `<time datetime>`; undefined if the index has none. */
  datetime: string | undefined;
  /** The dateline's city. */
  place: string | undefined;
  /** Topic labels, in the order of the release. */
  topics: string[];
  thumbnail: Thumbnail | undefined;
  excerpt: string;
}

/**
 * Reads one result's card from Pagefind's result data.
 * @example resultCard({ url: '/nl/2023/x/', excerpt: '…', meta: { title: 'X', date: '20 februari 2023' } }).title // 'X'
 */
export function resultCard(data: ResultData): ResultCard {
  const { meta } = data;
  return {
    url: data.url,
    title: meta['title'] || data.url,
    company: meta['company'] || data.filters?.['company']?.join(' & ') || undefined,
    date: meta['date'] ?? '',
    datetime: unopaque(meta['datetime']),
    place: meta['place'] || undefined,
    topics: data.filters?.['topic'] ?? [],
    thumbnail: readThumbnail(meta['image']),
    excerpt: data.excerpt,
  };
}
