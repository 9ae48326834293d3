/** Which language a press release is written in, from its most common short words. */
import { langs, locales, type Lang } from '~/i18n/locales';

const stopWords = new Map<string, Lang[]>();
for (const lang of langs) {
  for (const word of locales[lang].import.stopWords)
    stopWords.set(word, [...(stopWords.get(word) ?? []), lang]);
}

/**
 * The language of a text by counting each language's common short words.
 * @example detectLanguage('Het bedrijf opent een nieuwe fabriek in de regio.') // 'nl'
 */
export function detectLanguage(text: string): Lang {
  const counts = new Map<Lang, number>(langs.map((lang) => [lang, 0]));
  // The first pages tell the language as well as the whole text would.
  for (const [word] of text
    .slice(0, 20_000)
    .toLowerCase()
    .matchAll(/\p{L}+/gu)) {
    for (const lang of stopWords.get(word) ?? []) counts.set(lang, counts.get(lang)! + 1);
  }
  // Ties go to the first language of the table, the site's default.
  return langs.reduce((best, lang) => (counts.get(lang)! > counts.get(best)! ? lang : best), langs[0]!);
}
