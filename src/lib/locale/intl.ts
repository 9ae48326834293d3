/**
 * Shared Intl formatters. Constructing an Intl object costs far more than using one, and a
 * build formats hundreds of thousands of dates and numbers: each formatter is made once.
 */
const cache = new Map<string, unknown>();

function memo<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/**
 * A cached `Intl.NumberFormat`.
 * @example numberFormat('nl-NL', { maximumFractionDigits: 2 }).format(118909) // '118.909'
 */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return memo(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}

/**
 * A cached `Intl.DateTimeFormat`.
 * @example dateTimeFormat('de-DE', { month: 'long' }).format(new Date('2023-02-20')) // 'Februar'
 */
export function dateTimeFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions = {},
): Intl.DateTimeFormat {
  return memo(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

/** A cached `Intl.PluralRules`. */
export function pluralRules(locale: string): Intl.PluralRules {
  return memo(`p|${locale}`, () => new Intl.PluralRules(locale));
}

/** A cached `Intl.Collator`. */
export function collator(locale: string): Intl.Collator {
  return memo(`c|${locale}`, () => new Intl.Collator(locale));
}
