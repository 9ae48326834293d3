/**
 * A company page: who the company is (profile, current boilerplate, press contacts), then per
 * fact key a table of its values over time and a chart.
 */
import { axisTicks, lineChart, plotLeft, type ChartGeometry } from '~/lib/views/chart';
import { contactView, type ContactView } from '~/lib/views/contact';
import { unbrokenUnit } from '~/lib/views/release';
import { calendarDay, formatDay, formatShortDay } from '~/lib/locale/dates';
import { numberFormat } from '~/lib/locale/intl';
import { factHistory, renderBoilerplate, type Fact } from '~/lib/model/facts';
import { figureParts, formatFigure } from '~/lib/locale/format';
import { newsroomContacts, publicFacts, type Catalogue } from '~/lib/model/catalogue';
import { buildNow, site } from '~/lib/config';
import { defaultLang, locales, useTranslations, type Lang } from '~/i18n/locales';
import type { Unit } from '~/lib/units';

/** Names of fact keys per language, from a company's `factLabels`. */
export type FactLabels = Readonly<Record<string, Partial<Record<Lang, string>>>>;

/** One value of a fact as its table row shows it. */
export interface FactRow {
  asOf: string;
  /** The day in short words, kept on one line ("31 dec 2022"). */
  asOfText: string;
  /** The value in words with its qualifier: "meer dan 140", "€ 142,6 miljard". */
  value: string;
  /** The same value in the parts a cell sets apart: number and unit each stay on one line. */
  parts: { qualifier: string; number: string; unit: string };
  published: string;
  publishedText: string;
}

/** One fact key as the company page shows it. */
export interface FactTable {
  key: string;
  label: string;
  rows: FactRow[];
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

/** Company charts are drawn this wide: at a phone's 358 px their 12-unit labels read at 12 px. */
const CHART_WIDTH = 360;
const CHART_HEIGHT = 200;

/**
 * How a value axis in `unit` reads: one scale for all its ticks (never "500.000" next to
 * "1 miljoen"), and a title naming the unit and the scale.
 * @example valueAxis([0, 500000, 1000000], 'count', 'nl') // { title: 'aantal (miljoenen)', labels: ['0', '0,5', '1'] }
 */
export function valueAxis(
  ticks: readonly number[],
  unit: Unit,
  lang: Lang,
): { title: string; labels: string[] } {
  const t = useTranslations(lang);
  const largest = Math.max(...ticks.map(Math.abs));
  const scale = largest >= 1e9 ? 'billion' : largest >= 1e6 ? 'million' : undefined;
  const divisor = scale === 'billion' ? 1e9 : scale === 'million' ? 1e6 : 1;
  const format = numberFormat(locales[lang].intl, { maximumFractionDigits: 2 });
  const unitName = t(`company.axis.${unit}`);
  return {
    title: scale ? t(`company.axis.${scale}`, { unit: unitName }) : unitName,
    labels: ticks.map((tick) => format.format(tick / divisor)),
  };
}

/** A fact's value as its table shows it: qualifier, number and unit, the unit's hyphen unbroken. */
function factRow(fact: Fact, lang: Lang): FactRow {
  return {
    asOf: fact.asOf,
    asOfText: formatShortDay(fact.asOf, lang),
    value: formatFigure(fact, lang),
    parts: unbrokenUnit(figureParts(fact, lang)),
    published: fact.published,
    publishedText: formatShortDay(fact.published, lang),
  };
}

/**
 * Per fact key, in order of first appearance: every value with its `asOf` and `published` days,
 * and a chart of the latest value per `asOf`. The charts of one page share their left margin, so
 * that their value axes line up.
 */
export function companyFacts(facts: readonly Fact[], labels: FactLabels, lang: Lang): FactTable[] {
  const t = useTranslations(lang);
  const tables = factHistory(facts).map((series) => {
    const label = factLabel(labels, series.key, lang);
    const rows = series.facts.map((fact) => factRow(fact, lang));
    const { latest } = series;
    const unit = latest[0]?.unit;
    if (!unit || latest.length < 2 || latest.some((f) => f.unit !== unit))
      return { key: series.key, label, rows, plot: undefined };

    // Year-end figures read best by year; otherwise, or when a year repeats, by the full date.
    const years = latest.map((f) => f.asOf.slice(0, 4));
    const byYear = new Set(years).size === years.length;
    const points = latest.map((f, i) => ({
      x: Date.parse(f.asOf),
      y: f.value,
      label: byYear ? years[i]! : formatDay(f.asOf, lang),
    }));
    const ticks = axisTicks(points.map((p) => p.y));
    const axis = valueAxis(ticks, unit, lang);
    const alt = t('facts.chartAlt', {
      fact: label,
      values: latest
        .map((f, i) => `${t('ui.field', { label: points[i]!.label })} ${formatFigure(f, lang)}`)
        .join('; '),
    });
    return { key: series.key, label, rows, plot: { points, ticks, axis, alt } };
  });
  const minLeft = Math.max(0, ...tables.map((table) => (table.plot ? plotLeft(table.plot.axis.labels) : 0)));
  return tables.map(({ plot, ...table }) => {
    if (!plot) return table;
    const labelOf = new Map(plot.ticks.map((tick, i) => [tick, plot.axis.labels[i]!]));
    const geometry = lineChart(plot.points, {
      width: CHART_WIDTH,
      height: CHART_HEIGHT,
      formatY: (value) => labelOf.get(value) ?? String(value),
      axisTitle: plot.axis.title,
      minLeft,
    });
    return { ...table, chart: { geometry, alt: plot.alt } };
  });
}

/** Who the company is, at the top of its page. */
export interface CompanyProfile {
  name: string;
  website: { href: string; label: string } | undefined;
  /** The boilerplate in the page's language, filled with the facts public at build time. */
  boilerplate: string[];
  /** The newsroom's press contacts who work for this company, with today's role. */
  contacts: ContactView[];
}

/**
 * A company's profile in a language: name, website, current boilerplate and press contacts.
 * @example companyProfile(cat, 'noordwind-energie', 'nl').boilerplate[0] // 'Noordwind Energie is …'
 */
export function companyProfile(cat: Catalogue, id: string, lang: Lang): CompanyProfile {
  const company = cat.companies.get(id)!;
  const { name, website, boilerplate } = company.data;
  const today = calendarDay(buildNow(), site.timeZone);
  return {
    name,
    website: website ? { href: website, label: new URL(website).host.replace(/^www\./, '') } : undefined,
    boilerplate: renderBoilerplate(boilerplate[lang] ?? [], publicFacts(company), today, lang).sentences,
    contacts: newsroomContacts(cat, lang)
      .filter(({ person }) => person.data.company === id)
      .map(({ person, role }) => contactView(person, role)),
  };
}
