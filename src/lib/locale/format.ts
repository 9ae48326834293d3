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

/**
 * Formats a value with its unit in the language's words.
 * @example formatQuantity(70, 'percent', 'nl') // '70 procent'
 * @example formatQuantity(16.1e9, 'EUR', 'nl') // '€ 16,1 miljard'
 */
export function formatQuantity(value: number, unit: Unit, lang: Lang): string {
  const t = useTranslations(lang);
  const large = Math.abs(value) >= COMPACT_FROM;
  const template = large && (unit === 'EUR' || unit === 'USD') ? t(`unit.${unit}.large`) : t(`unit.${unit}`);
  return template.replace('{n}', formatNumber(value, lang));
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
