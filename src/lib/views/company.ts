/** The facts section of a company page: per fact key a table of its values over time and a chart. */
import { lineChart, type ChartGeometry } from '~/lib/views/chart';
import { formatDay } from '~/lib/locale/dates';
import { factHistory, type Fact } from '~/lib/model/facts';
import { formatNumber, formatQuantity } from '~/lib/locale/format';
import { defaultLang, useTranslations, type Lang } from '~/i18n/locales';

/** Names of fact keys per language, from a company's `factLabels`. */
export type FactLabels = Readonly<Record<string, Partial<Record<Lang, string>>>>;

/** One fact key as the company page shows it. */
export interface FactTable {
  key: string;
  label: string;
  rows: { asOf: string; asOfText: string; value: string; published: string; publishedText: string }[];
  /** Drawn when the key has two or more dates in one unit. */
  chart?: { geometry: ChartGeometry; alt: string } | undefined;
}

/**
 * The name of a fact key in a language: its label there, else in the default language, else the key.
 * @example factLabel({ employees: { nl: 'Medewerkers' } }, 'employees', 'en') // 'Medewerkers'
 */
export function factLabel(labels: FactLabels, key: string, lang: Lang): string {
  return labels[key]?.[lang] ?? labels[key]?.[defaultLang] ?? key;
}

/**
 * Per fact key, in order of first appearance: every value with its `asOf` and `published` days,
 * and a chart of the latest value per `asOf`.
 */
export function companyFacts(facts: readonly Fact[], labels: FactLabels, lang: Lang): FactTable[] {
  const t = useTranslations(lang);
  return factHistory(facts).map((series) => {
    const label = factLabel(labels, series.key, lang);
    const rows = series.facts.map((fact) => ({
      asOf: fact.asOf,
      asOfText: formatDay(fact.asOf, lang),
      value: formatQuantity(fact.value, fact.unit, lang),
      published: fact.published,
      publishedText: formatDay(fact.published, lang),
    }));
    const { latest } = series;
    const unit = latest[0]?.unit;
    if (!unit || latest.length < 2 || latest.some((f) => f.unit !== unit))
      return { key: series.key, label, rows };

    // Year-end figures read best by year; otherwise, or when a year repeats, by the full date.
    const years = latest.map((f) => f.asOf.slice(0, 4));
    const byYear = new Set(years).size === years.length;
    const points = latest.map((f, i) => ({
      x: Date.parse(f.asOf),
      y: f.value,
      label: byYear ? years[i]! : formatDay(f.asOf, lang),
    }));
    const geometry = lineChart(points, {
      // The table and the text alternative give every value with its unit; bare numbers keep the axis narrow.
      formatY: (value) => formatNumber(value, lang),
    });
    const alt = t('facts.chartAlt', {
      fact: label,
      values: latest
        .map((f, i) => `${points[i]!.label}: ${formatQuantity(f.value, f.unit, lang)}`)
        .join('; '),
    });
    return { key: series.key, label, rows, chart: { geometry, alt } };
  });
}
