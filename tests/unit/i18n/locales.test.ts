/**
 * The UI dictionaries: the type checker already demands every key of the Dutch source in every
 * language; what it cannot see is a translation that drops or renames a `{placeholder}`, which
 * would print "{year}" or lose the number on the page.
 */
import { describe, expect, it } from 'vitest';
import { byLangOrder, defaultLang, langs, locales } from '~/i18n/locales';
import { fill } from '~/i18n/fill';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI dictionaries', () => {
  const source = locales[defaultLang].ui;
  for (const lang of langs) {
    it(`${lang} uses the same placeholders as the Dutch source in every string`, () => {
      const dict: Record<string, string> = locales[lang].ui;
      for (const [key, text] of Object.entries(source)) {
        expect(placeholders(dict[key] ?? ''), `${lang} ${key}`).toEqual(placeholders(text));
      }
    });
  }
});

describe('fill', () => {
  it('fills known placeholders and leaves unknown ones', () => {
    expect(fill('{count} van {total} in {year}', { count: 3, total: 10 })).toBe('3 van 10 in {year}');
  });
});

describe('byLangOrder', () => {
  it('orders by the locale table', () => {
    const sorted = [{ lang: 'fr' as const }, { lang: 'nl' as const }, { lang: 'en' as const }].sort(
      byLangOrder,
    );
    expect(sorted.map((v) => v.lang)).toEqual(['nl', 'en', 'fr']);
  });
});
