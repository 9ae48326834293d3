/**
 * Numbers that may be key figures: percentages, money (millions and billions converted),
 * tonnes and tonnes of CO2, energy, and counts of people or things, each with its qualifier
 * ("ongeveer", "bis zu"), the phrase it belongs to, and the sentence it stands in.
 */
import type { Lang } from '~/i18n/locales';
import { clause, labelFor, sentenceAround, type Span } from '~/lib/authoring/import/label';
import { figurePattern, parseNumber, unitOf } from '~/lib/authoring/import/numbers';
import type { FigureCandidate } from '~/lib/authoring/import/types';
import type { Qualifier, Unit } from '~/lib/units';

interface Found {
  start: number;
  end: number;
  /** Start of the qualifier, or of the number. */
  from: number;
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  phrase: string;
  /** For a count: how many words after the number lead up to the counted noun. */
  counted?: number;
}

/** Unit symbols outside the key-figure list: a number before them is no count. */
const MEASURE_SYMBOL = /^(?:ha|km|m|m2|m²|m³|kg|t|l|kw|mw|gw|kwp|mwp|°c?)$/i;

const isYear = (raw: string) => /^(?:19|20)\d\d$/.test(raw);

/**
 * Figures in a text, in order. Years and bare small numbers are left alone.
 * @example findFigures('Tot 50 procent secundair materiaal.', 'nl')[0] // { value: 50, unit: 'percent', qualifier: 'up-to', label: 'secundair materiaal', … }
 */
export function findFigures(text: string, lang: Lang): FigureCandidate[] {
  const pattern = figurePattern(lang);
  const countNouns = new Set(pattern.lexicon.words.countNouns.map((n) => n.toLowerCase()));
  const measures = new Set(pattern.lexicon.words.measureWords.map((n) => n.toLowerCase()));
  const found: Found[] = [];
  for (const match of text.matchAll(pattern.figure)) {
    const g = match.groups!;
    const raw = g['num']!;
    const numberAt = match.index + match[0].indexOf(g['pre'] ?? raw);
    // The figure ends at its unit: a noun after it is the label's, and after a scale word
    // written out ("miljoen.") a full stop ends the sentence.
    let end = match.index + match[0].length - (g['noun']?.length ?? 0);
    while (end > match.index && /\s/.test(text[end - 1]!)) end--;
    if (g['scale'] && g['scale'].length > 4 && !g['eur'] && !g['usd'] && text[end - 1] === '.') end--;
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 60);
    let unit = unitOf(g, after, pattern);
    // Most numbers in a text are dates, times and bare numbers: done with them quickly.
    if (!unit && !g['noun']) continue;
    let counted: number | undefined;
    if (unit?.co2) end += unit.co2.length;
    if (!unit && !g['scale'] && !isYear(raw)) {
      // A count: the counted noun is the word after the number or one of the two after that.
      const next = [g['noun'] ?? '', ...after.split(/\s+/).filter(Boolean).slice(0, 2)].map((w) =>
        w.toLowerCase().replace(/[.,;:!?)]+$/, ''),
      );
      // "38 hectare zonnepanelen" measures an area; it does not count panels.
      counted =
        MEASURE_SYMBOL.test(next[0]!) || measures.has(next[0]!)
          ? -1
          : next.findIndex((w) => countNouns.has(w));
      const grouped = /[.,\s]\d{3}/.test(raw) && g['noun'] !== undefined && !measures.has(next[0]!);
      // Without a counted noun the vocabulary knows, -1: the label takes the words after it.
      if (counted >= 0 || grouped) unit = { unit: 'count', factor: 1 };
    }
    if (!unit) continue;
    const value = parseNumber(raw, lang) * unit.factor;
    if (!Number.isFinite(value)) continue;
    const before = text.slice(Math.max(0, numberAt - 30), numberAt);
    const [qualifier, qualifierAt] = qualifierOf(before, pattern.lexicon.qualifiers);
    const from = qualifierAt === undefined ? numberAt : numberAt - (before.length - qualifierAt);
    found.push({
      start: numberAt,
      end,
      from,
      // 16,1 × 10⁹ is 16100000000.000002 in floating point: round to cents.
      value: Math.round(value * 100) / 100,
      unit: unit.unit,
      qualifier,
      phrase: text.slice(from, end).trim().replace(/\s+/g, ' '),
      ...(counted === undefined ? {} : { counted }),
    });
  }
  return found.map((f, i) => {
    const span: Span = {
      start: f.from,
      end: f.end,
      previousEnd: found[i - 1]?.end ?? -1,
      nextStart: found[i + 1]?.from ?? text.length,
    };
    const sentence = sentenceAround(text, f.from, f.end);
    const rest = sentence.replace(f.phrase, '');
    const year = pattern.year.exec(rest)?.groups?.['year'] ?? bareYear(rest, pattern.lexicon.words.timeWords);
    return {
      value: f.value,
      unit: f.unit,
      qualifier: f.qualifier,
      label: labelFor(clause(text, span), f.unit, pattern.lexicon, f.counted),
      phrase: f.phrase,
      sentence,
      year: year === undefined ? undefined : Number(year),
    };
  });
}

/**
 * The one year a sentence names without a year word ("erzielte 2024 einen Umsatz"), unless a
 * time word puts it before or after the figure ("seit 2010", "bis 2027"): a figure's year only
 * when there is no doubt.
 * @example bareYear('Das Unternehmen erzielte 2024 einen Umsatz von 148 Millionen Euro.', ['seit']) // '2024'
 */
export function bareYear(sentence: string, timeWords: readonly string[]): string | undefined {
  const years = new Set<string>();
  for (const m of sentence.matchAll(/(?<![\p{L}\p{N}.,])((?:19|20)\d\d)(?![\p{L}\p{N}]|[.,]\d)/gu)) {
    const before = /([\p{L}’']+)\s*$/u.exec(sentence.slice(0, m.index))?.[1]?.toLowerCase() ?? '';
    if (timeWords.includes(before.replace(/^\p{L}['’]/u, ''))) return undefined;
    years.add(m[1]!);
  }
  return years.size === 1 ? [...years][0] : undefined;
}

/** The qualifier whose words end right before the number, and where those words start. */
function qualifierOf(
  before: string,
  qualifiers: readonly [Exclude<Qualifier, 'exactly'>, RegExp][],
): [Qualifier, number | undefined] {
  for (const [qualifier, pattern] of qualifiers) {
    const match = pattern.exec(before);
    if (match) return [qualifier, match.index];
  }
  return ['exactly', undefined];
}

/** One candidate per value and unit, the first one found. */
export function dedupeFigures(figures: readonly FigureCandidate[]): FigureCandidate[] {
  const seen = new Set<string>();
  return figures.filter((f) => {
    const key = `${f.value} ${f.unit}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
