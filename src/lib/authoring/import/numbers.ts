/**
 * Numbers with their unit as a language writes them: separators from Intl, scale words
 * ("miljoen", "Mrd.", "millions d'euros") and unit words from the language's vocabulary.
 */
import type { Lang } from '~/i18n/locales';
import { alternation, numberLexicon, WB, WE, type NumberLexicon } from '~/lib/authoring/import/lexicon';
import type { Unit } from '~/lib/units';

/**
 * A number as written in a language: group and decimal separators as Intl gives them; a space
 * groups digits in every language.
 * @example parseNumber('118.909', 'nl') // 118909
 * @example parseNumber('16,1', 'nl') // 16.1
 * @example parseNumber('1,200', 'en') // 1200
 * @example parseNumber('3 000', 'fr') // 3000
 */
export function parseNumber(raw: string, lang: Lang): number {
  const { decimal, group } = numberLexicon(lang);
  const compact = raw.replace(/[\s\u00a0\u202f]/g, '');
  const groups = /\s/.test(group) ? [compact] : compact.split(group);
  const isGrouped = groups.length > 1 && groups.slice(1).every((g) => /^\d{3}(?:[.,]\d+)?$/.test(g));
  const plain = (isGrouped ? groups.join('') : compact).replace(decimal, '.');
  return Number(plain);
}

const NUMBER = String.raw`\d{1,3}(?:[.,\s\u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;

/** The pattern of a number with its currency, scale and unit, per language. */
export interface FigurePattern {
  lexicon: NumberLexicon;
  figure: RegExp;
  /** After a tonne word: "CO2", "of CO2e", "d'équivalent CO2". */
  co2: RegExp;
  /** A year that dates a figure: "in 2023", "(2023)". */
  year: RegExp;
}

const patterns = new Map<Lang, FigurePattern>();

/** The figure pattern of a language, made once. */
export function figurePattern(lang: Lang): FigurePattern {
  const known = patterns.get(lang);
  if (known) return known;
  const lexicon = numberLexicon(lang);
  const u = lexicon.words.units;
  const unit = [
    `(?<percent>%|${alternation(u.percent)})`,
    `(?<eur>€|${alternation(u.EUR)})`,
    `(?<usd>${alternation(u.USD)})`,
    `(?<energy>[kMGT]Wh)`,
    `(?<tco2>t\\s?CO2e?)`,
    `(?<tonnes>${alternation(u.tonnes)})`,
  ].join('|');
  const made: FigurePattern = {
    lexicon,
    figure: new RegExp(
      String.raw`(?<pre>€|EUR|US\$|\$|USD)?\s?(?<num>${NUMBER})(?:\s?(?<scale>${lexicon.scaleWord})\.?${WE})?\s?(?:(?:${unit})${WE}|(?<noun>\p{L}[\p{L}’'-]*))?`,
      'giu',
    ),
    co2: new RegExp(
      String.raw`^\s(?:(?:${alternation(u.tonnesOf)})\s?)?(?:CO2(?:[-\s]?(?:e|eq|equivalent|äquivalente?|équivalent))?${WE}|(?:${alternation(u.co2)})${WE})`,
      'iu',
    ),
    year: new RegExp(
      String.raw`(?:${WB}(?:${alternation(lexicon.words.yearWords)})\s+|\()(?<year>(?:19|20)\d\d)(?!\d)`,
      'iu',
    ),
  };
  patterns.set(lang, made);
  return made;
}

/** The unit and factor of a figure match; undefined when it is no key figure. */
export function unitOf(
  g: Record<string, string | undefined>,
  after: string,
  pattern: FigurePattern,
): { unit: Unit; factor: number; co2?: string } | undefined {
  const scale = g['scale'] ? (pattern.lexicon.scales.get(g['scale'].toLowerCase()) ?? 1) : 1;
  if (g['percent']) return { unit: 'percent', factor: 1 };
  if (g['pre'] === '€' || g['pre'] === 'EUR' || g['eur']) return { unit: 'EUR', factor: scale };
  if (g['pre']?.includes('$') || g['pre'] === 'USD' || g['usd']) return { unit: 'USD', factor: scale };
  const energy = g['energy'];
  if (energy) {
    const prefix = energy[0]!.toLowerCase() as 'k' | 'm' | 'g' | 't';
    const factor = { k: 0.001, m: 1, g: 1, t: 1000 }[prefix];
    return { unit: prefix === 'g' || prefix === 't' ? 'GWh' : 'MWh', factor: factor * scale };
  }
  if (g['tco2']) return { unit: 'tonnes-co2e', factor: scale };
  if (g['tonnes']) {
    const co2 = pattern.co2.exec(after)?.[0];
    return co2 ? { unit: 'tonnes-co2e', factor: scale, co2 } : { unit: 'tonnes', factor: scale };
  }
  return undefined;
}
