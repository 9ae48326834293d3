import { locales, useTranslations, type Lang } from '~/i18n/locales';
import type { Qualifier, Unit } from '~/lib/units';
import { numberFormat } from '~/lib/locale/intl';

/** Values from one million up are written with words ("16,1 miljard"), as press releases do. */
const COMPACT_FROM = 1_000_000;

/**
 * Formats a bare number in the language's own separators; large numbers in words.
 * @example formatNumber(118909, 'nl') // '118.909'
 * @example formatNumber(16.1e9, 'en') // '16.1 billion'
 */
export function formatNumber(value: number, lang: Lang): string {
  const locale = locales[lang].intl;
  if (Math.abs(value) >= COMPACT_FROM) {
    return numberFormat(locale, {
      notation: 'compact',
      compactDisplay: 'long',
      maximumFractionDigits: 1,
    }).format(value);
  }
  return numberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** The language's template for a value in a unit: "{n} procent", "€ {n}". */
function quantityTemplate(value: number, unit: Unit, lang: Lang): string {
  const t = useTranslations(lang);
  const large = Math.abs(value) >= COMPACT_FROM;
  return large && (unit === 'EUR' || unit === 'USD') ? t(`unit.${unit}.large`) : t(`unit.${unit}`);
}

/**
 * Formats a value with its unit in the language's words.
 * @example formatQuantity(70, 'percent', 'nl') // '70 procent'
 * @example formatQuantity(16.1e9, 'EUR', 'nl') // '€ 16,1 miljard'
 */
export function formatQuantity(value: number, unit: Unit, lang: Lang): string {
  return quantityTemplate(value, unit, lang).replace('{n}', formatNumber(value, lang));
}

/**
 * Formats a key figure's number: qualifier, value and unit.
 * @example formatFigure({ value: 70, unit: 'percent', qualifier: 'about' }, 'de') // 'etwa 70 Prozent'
 */
export function formatFigure(
  figure: { value: number; unit: Unit; qualifier?: Qualifier | undefined },
  lang: Lang,
): string {
  const qualifier = useTranslations(lang)(`qualifier.${figure.qualifier ?? 'exactly'}`);
  const quantity = formatQuantity(figure.value, figure.unit, lang);
  return qualifier ? `${qualifier} ${quantity}` : quantity;
}

/**
 * A key figure in the parts a page sets apart: the qualifier, the number with any symbol that
 * belongs to it, and a unit in words. A regular space parts number and unit words ("58.800" and
 * "ton CO2-equivalent"); a symbol, or a unit after a no-break space, stays with the number
 * ("€ 11,6 miljoen", "70%", "12 %").
 * @example figureParts({ value: 70, unit: 'percent', qualifier: 'about' }, 'nl') // { qualifier: 'ongeveer', number: '70', unit: 'procent' }
 */
export function figureParts(
  figure: { value: number; unit: Unit; qualifier?: Qualifier | undefined },
  lang: Lang,
): { qualifier: string; number: string; unit: string } {
  const [before = '', after = ''] = quantityTemplate(figure.value, figure.unit, lang).split('{n}');
  const words = after.startsWith(' ') ? after.trim() : '';
  return {
    qualifier: useTranslations(lang)(`qualifier.${figure.qualifier ?? 'exactly'}`),
    number: `${before}${formatNumber(figure.value, lang)}${words ? '' : after}`,
    unit: words,
  };
}

/** Byte sizes as a reader sees them: decimal units (1 kB = 1000 bytes), as file managers show them. */
const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/**
 * A file size in the language's words, to two significant digits at most.
 * @example formatBytes(119572, 'nl') // '120 kB'
 * @example formatBytes(2_450_000, 'fr') // '2,5 Mo'
 */
export function formatBytes(bytes: number, lang: Lang): string {
  let unit = 0;
  let value = bytes;
  // Rounded as shown, so that 999,950 bytes read "1 MB" rather than "1000 kB".
  const shown = (v: number) => (v < 10 && unit > 0 ? Math.round(v * 10) / 10 : Math.round(v));
  while (shown(value) >= 1000 && unit < BYTE_UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return numberFormat(locales[lang].intl, {
    style: 'unit',
    unit: BYTE_UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0,
  })
    .format(value)
    .replace(' ', '\u00a0');
}
