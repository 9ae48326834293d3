/**
 * What a company's targets page shows: per target the baseline, the target, the latest public
 * value of its metric, a chart of progress against the straight path from baseline to target,
 * the plan and the verifier, and every release that mentioned it, oldest first, with the value
 * that was public on its date: a journalist can see what was promised when, and what was known.
 */
import { companyName, publicFacts, recordRel, type Catalogue, type Target } from '~/lib/model/catalogue';
import { isAddress } from '~/lib/model/documents';
import { factHistory, factsAsOf, type Fact } from '~/lib/model/facts';
import { formatDay, formatLongDate, isoWithOffset } from '~/lib/locale/dates';
import { formatNumber, formatQuantity } from '~/lib/locale/format';
import { langs, useTranslations, type Lang } from '~/i18n/locales';
import { axisTicks, lineChart, type ChartGeometry, type ChartPoint } from '~/lib/views/chart';
import { valueAxis } from '~/lib/views/company';
import {
  citingReleases,
  documentLink,
  hasCompanyPage,
  inLanguage,
  type DocumentLink,
  type Worded,
} from '~/lib/views/evidence';
import type { HeadInput } from '~/lib/views/head';
import { site } from '~/lib/config';
import type { Unit } from '~/lib/units';
import { companyUrl, targetsUrl } from '~/lib/urls';

/** A value of the metric with the day it describes and the day it became public. */
export interface DatedValue {
  value: string;
  asOf: string;
  asOfText: string;
  published: string;
  publishedText: string;
}

/** One target as the page shows it. */
export interface TargetView {
  id: string;
  label: Worded;
  scope: Worded | undefined;
  /** "480 ton CO2-equivalent in 2022". */
  baseline: string;
  goal: string;
  /** The newest value public at build time; undefined before the first. */
  latest: DatedValue | undefined;
  /** Every public value of the metric, restatements included, oldest first. */
  values: DatedValue[];
  chart: { geometry: ChartGeometry; alt: string } | undefined;
  /** The plan's link; undefined without a plan, or while only unpublished releases cite it (staff preview). */
  plan: DocumentLink | undefined;
  /** Whether there is a plan that goes online with the first public release citing the target. */
  planHeld: boolean;
  verifier: string | undefined;
  /** The day the target became public, formatted. */
  published: string;
  /** Releases that cite the target, oldest first, each with the value public on its date. */
  mentions: { title: Worded; url: string; datetime: string; date: string; valueThen: string | undefined }[];
}

export interface TargetsView {
  lang: Lang;
  head: HeadInput;
  title: string;
  company: { name: string; url: string };
  targets: TargetView[];
}

/** A year as a point on the time axis: its last day, where year-end figures sit. */
const yearEnd = (year: number) => Date.parse(`${year}-12-31`);

const dated = (fact: Fact, lang: Lang): DatedValue => ({
  value: formatQuantity(fact.value, fact.unit, lang),
  asOf: fact.asOf,
  asOfText: formatDay(fact.asOf, lang),
  published: fact.published,
  publishedText: formatDay(fact.published, lang),
});

/**
 * The chart of one target: the metric's latest value per `asOf` (as public at build time)
 * against the straight path from baseline to target.
 */
export function targetChart(
  target: Pick<Target['data'], 'baseline' | 'target' | 'unit'>,
  facts: readonly Fact[],
  label: string,
  lang: Lang,
): { geometry: ChartGeometry; alt: string } | undefined {
  const latest = factHistory(facts)[0]?.latest ?? [];
  if (latest.length === 0) return undefined;
  const unit = target.unit as Unit;
  // Year-end figures read best by year; otherwise, or when a year repeats, by the full date.
  const years = latest.map((f) => f.asOf.slice(0, 4));
  const byYear = latest.every((f) => f.asOf.endsWith('-12-31')) && new Set(years).size === years.length;
  const points: ChartPoint[] = latest.map((f, i) => ({
    x: Date.parse(f.asOf),
    y: f.value,
    label: byYear ? years[i]! : formatDay(f.asOf, lang),
  }));
  const path: ChartPoint[] = [target.baseline, target.target].map((p) => ({
    x: yearEnd(p.year),
    y: p.value,
    label: String(p.year),
  }));
  const t = useTranslations(lang);
  // One scale for every tick and the unit above the axis, as on the company page.
  const ticks = axisTicks([...points, ...path].map((p) => p.y));
  const axis = valueAxis(ticks, unit, lang);
  const labelOf = new Map(ticks.map((tick, i) => [tick, axis.labels[i]!]));
  return {
    geometry: lineChart(points, {
      formatY: (value) => labelOf.get(value) ?? formatNumber(value, lang),
      reference: path,
      axisTitle: axis.title,
    }),
    alt: t('targets.chartAlt', {
      target: label,
      values: latest
        .map((f, i) => `${t('ui.field', { label: points[i]!.label })} ${formatQuantity(f.value, unit, lang)}`)
        .join('; '),
      baseline: inYear(target.baseline, unit, lang),
      goal: inYear(target.target, unit, lang),
    }),
  };
}

/**
 * A value in a year, in words.
 * @example inYear({ value: 480, year: 2022 }, 'tonnes-co2e', 'nl') // '480 ton CO2-equivalent in 2022'
 */
export function inYear(point: { value: number; year: number }, unit: Unit, lang: Lang): string {
  return useTranslations(lang)('targets.inYear', {
    value: formatQuantity(point.value, unit, lang),
    year: point.year,
  });
}

/** The targets this build shows for a company, by target year. */
export function companyTargets(cat: Pick<Catalogue, 'targets'>, company: string): Target[] {
  return [...cat.targets.values()]
    .filter((t) => t.data.company === company)
    .sort((a, b) => a.data.target.year - b.data.target.year || a.id.localeCompare(b.id));
}

/** The languages a company's targets page is in: those of its company page. */
export function targetsLangs(cat: Pick<Catalogue, 'releases' | 'targets'>, company: string): Lang[] {
  if (companyTargets(cat, company).length === 0) return [];
  return langs.filter((lang) => hasCompanyPage(cat, company, lang));
}

/** Everything the targets page of a company in `lang` shows. */
export function targetsView(cat: Catalogue, company: string, lang: Lang): TargetsView {
  const t = useTranslations(lang);
  const name = companyName(cat, company);
  const entry = cat.companies.get(company)!;
  const facts = publicFacts(entry);
  const title = t('targets.title', { company: name });
  const targets = companyTargets(cat, company).map((target): TargetView => {
    const { data } = target;
    const unit = data.unit as Unit;
    const metric = facts.filter((f) => f.key === data.metric);
    const label = inLanguage(data.label, lang)!;
    const latest = factsAsOf(metric, '9999-12-31').get(data.metric);
    return {
      id: target.id,
      label,
      scope: data.scope && inLanguage(data.scope, lang),
      baseline: inYear(data.baseline, unit, lang),
      goal: inYear(data.target, unit, lang),
      latest: latest && dated(latest, lang),
      values: (factHistory(metric)[0]?.facts ?? []).map((f) => dated(f, lang)),
      chart: targetChart(data, metric, label.text, lang),
      plan:
        data.plan && (isAddress(data.plan) || cat.published.targets.has(target.id))
          ? documentLink(data.plan, recordRel('targets', target.id), lang, {
              file: 'targets.planDownload',
              address: 'targets.planExternal',
            })
          : undefined,
      planHeld: !!data.plan && !isAddress(data.plan) && !cat.published.targets.has(target.id),
      verifier: data.verifier?.name,
      published: formatDay(data.published, lang),
      mentions: citingReleases(cat.releases, 'targets', target.id, lang, 'oldest').map(({ release }) => {
        const then = factsAsOf(metric, release.day).get(data.metric);
        const rd = release.entry.data;
        return {
          title: { text: rd.title, ...(release.lang !== lang ? { lang: release.lang } : {}) },
          url: release.url,
          datetime: isoWithOffset(rd.date, site.timeZone),
          date: formatLongDate(rd.date, lang, site.timeZone),
          valueThen:
            then &&
            t('targets.valueThen', {
              value: formatQuantity(then.value, then.unit, lang),
              asOf: formatDay(then.asOf, lang),
            }),
        };
      }),
    };
  });
  return {
    lang,
    head: {
      lang,
      title,
      description: targets.map((target) => target.label.text).join(' · '),
      path: targetsUrl(lang, company),
      versions: targetsLangs(cat, company).map((l) => ({ lang: l, path: targetsUrl(l, company) })),
    },
    title,
    company: { name, url: companyUrl(lang, company) },
    targets,
  };
}
