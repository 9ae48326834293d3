/**
 * Characters a published text may not hold. XML 1.0 forbids the C0 controls other than tab,
 * line feed and carriage return, U+FFFE, U+FFFF and lone surrogates; one of them in a title
 * makes the RSS and Atom feeds unreadable, and feed readers then drop the whole feed.
 */

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/u;

/** A forbidden character found in a text: where it is (0-based index) and its code point. */
export interface ForbiddenCharacter {
  index: number;
  /** The code point as authors look it up: `U+0008`. */
  code: string;
}

/**
 * The forbidden characters in a text, in order.
 * @example forbiddenCharacters('a\bb') // [{ index: 1, code: 'U+0008' }]
 */
export function forbiddenCharacters(text: string): ForbiddenCharacter[] {
  if (!FORBIDDEN.test(text)) return [];
  return [...text.matchAll(new RegExp(FORBIDDEN.source, 'gu'))].map((m) => ({
    index: m.index,
    code: `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
  }));
}

/**
 * What an author reads about a forbidden character.
 * @example forbiddenCharacterMessage({ index: 1, code: 'U+0008' }) // 'contains the invisible control character U+0008 (character 2), which breaks the RSS and Atom feeds; remove it'
 */
export function forbiddenCharacterMessage(found: ForbiddenCharacter): string {
  return `contains the invisible control character ${found.code} (character ${found.index + 1}), which breaks the RSS and Atom feeds; remove it`;
}
