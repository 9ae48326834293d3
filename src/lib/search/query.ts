/**
 * The words of a query as Pagefind reads them, and whether a text holds one of them.
 * Runs in the browser: it imports nothing.
 *
 * Why: when no indexed word starts with a query word, Pagefind 1.6 searches the longest
 * indexed word that the query word starts with instead (its answer to half-typed words).
 * "aluminum" then finds every release with "a" (English) or "al" (Dutch "als"), so a word
 * that no release contains returned the whole archive. The search page keeps Pagefind's
 * prefix search ("wind" finds "windpark") and refuses only that substitute.
 */

/** Punctuation that Pagefind drops from a query, tested the way Pagefind 1.6 tests it. */
const DROPPED = /^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u;

/** Diacritics, as Pagefind folds them: "café" and "cafe" are one word. */
function foldDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

function graphemes(text: string, lang: string): string[] {
  return typeof Intl.Segmenter === 'function'
    ? [...new Intl.Segmenter(lang, { granularity: 'grapheme' }).segment(text)].map((s) => s.segment)
    : [...text];
}

/**
 * A quoted query: Pagefind then searches the exact words in that order, never a substitute.
 * @example isPhraseQuery('"Rio Tinto"') // true
 */
export function isPhraseQuery(query: string): boolean {
  return /^\s*".+"\s*$/.test(query);
}

/**
 * The words Pagefind searches for: punctuation dropped (so "118.909" is "118909" and
 * "CO2-uitstoot" one word), lower case, diacritics folded.
 * @example queryWords('Rio Tinto, CO2-uitstoot', 'nl') // ['rio', 'tinto', 'co2uitstoot']
 */
export function queryWords(query: string, lang: string): string[] {
  const kept = graphemes(query, lang)
    .filter((g) => !DROPPED.test(g))
    .map((g) => g.toLocaleLowerCase(lang))
    .join('');
  return kept
    .split(/\s+/)
    .map(foldDiacritics)
    .filter((word) => word.length > 0);
}

/**
 * The forms under which Pagefind indexes a word of a page: the word without punctuation, and
 * its parts between punctuation and at capitals ("Rio-Tinto" is "riotinto", "rio" and "tinto").
 */
function indexedForms(word: string): string[] {
  const whole = foldDiacritics(word.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase());
  const parts = word
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .split(/[^\p{L}\p{N}]+/u)
    .map((part) => foldDiacritics(part.toLowerCase()))
    .filter((part) => part.length > 1);
  return [whole, ...parts];
}

/**
 * Whether `text` has a word that begins with the query word `word` (as `queryWords` gives it).
 * @example hasWordStartingWith('Het windpark levert stroom', 'wind') // true
 * @example hasWordStartingWith('Citeren als: 70 procent', 'aluminum') // false
 */
export function hasWordStartingWith(text: string, word: string): boolean {
  return text.split(/\s+/).some((w) => indexedForms(w).some((form) => form.startsWith(word)));
}
