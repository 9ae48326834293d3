/** The machine-readable exports under `/api/`: releases, key figures (JSON and CSV), companies. */
import type { z } from 'astro/zod';
import { stringify } from 'csv-stringify/sync';
import { isoWithOffset } from '~/lib/locale/dates';
import { factHistory, type Fact } from '~/lib/model/facts';
import type { Lang } from '~/i18n/locales';
import type { Published } from '~/lib/model/catalogue';
import type { keyFigure } from '~/schemas';
import { absoluteUrl } from '~/lib/urls';

type KeyFigure = z.output<typeof keyFigure>;

/** The fields of a release that the export reads; a catalogue `Release` has them all. */
export interface ApiReleaseSource {
  url: string;
  lang: Lang;
  translationKey: string;
  entry: {
    data: {
      title: string;
      subtitle?: string | undefined;
      date: Date;
      location: string;
      company: string[];
      topics: string[];
      keyFigures: KeyFigure[];
    };
  };
}

/** One release in the export. */
export interface ApiRelease {
  url: string;
  lang: Lang;
  translationKey: string;
  title: string;
  subtitle: string | null;
  /** ISO 8601 with the site's time-zone offset. */
  date: string;
  location: string;
  /** Company ids. */
  companies: string[];
  /** Topic ids. */
  topics: string[];
  keyFigures: {
    id: string;
    value: number;
    unit: string;
    qualifier: string;
    label: string;
    baseline: string | null;
    period: string | null;
    source: string | null;
  }[];
}

/** A release as exported: absolute URL, date with offset, ids for companies and topics. */
export function apiRelease(release: ApiReleaseSource, timeZone: string, origin?: string): ApiRelease {
  const { data } = release.entry;
  return {
    url: absoluteUrl(release.url, origin),
    lang: release.lang,
    translationKey: release.translationKey,
    title: data.title,
    // Absent fields are null rather than missing, so every record has the same keys.
    subtitle: data.subtitle ?? null,
    date: isoWithOffset(data.date, timeZone),
    location: data.location,
    companies: data.company,
    topics: data.topics,
    keyFigures: data.keyFigures.map((f) => ({
      id: f.id,
      value: f.value,
      unit: f.unit,
      qualifier: f.qualifier,
      label: f.label,
      baseline: f.baseline ?? null,
      period: f.period ?? null,
      source: f.source ?? null,
    })),
  };
}

/** Every public release, newest first. */
export function apiReleases(published: Published, timeZone: string, origin?: string): ApiRelease[] {
  return published.releases.map((r) => apiRelease(r, timeZone, origin));
}

/** The columns of `/api/key-figures.json` and `.csv`, in order. */
export const KEY_FIGURE_COLUMNS = [
  'url',
  'lang',
  'translationKey',
  'date',
  'company',
  'id',
  'value',
  'unit',
  'qualifier',
  'label',
  'baseline',
  'period',
  'source',
] as const;

/** One key figure of one language version: a row of the key-figures export. */
export type KeyFigureRow = {
  [K in (typeof KEY_FIGURE_COLUMNS)[number]]: K extends 'value'
    ? number
    : K extends 'baseline' | 'period' | 'source'
      ? string | null
      : string;
};

/**
 * Every key figure of every public release, one row per figure per language version, in the
 * given (newest-first) release order. Joint releases list their company ids joined by ";".
 */
export function keyFigureRows(published: Published, timeZone: string, origin?: string): KeyFigureRow[] {
  return published.releases.flatMap((release) => keyFigureRowsOf(release, timeZone, origin));
}

/** The key-figure rows of one release (one language version): what its press kit carries. */
export function keyFigureRowsOf(
  release: ApiReleaseSource,
  timeZone: string,
  origin?: string,
): KeyFigureRow[] {
  const exported = apiRelease(release, timeZone, origin);
  return exported.keyFigures.map((figure) => ({
    url: exported.url,
    lang: exported.lang,
    translationKey: exported.translationKey,
    date: exported.date,
    company: exported.companies.join(';'),
    ...figure,
  }));
}

/**
 * The rows as CSV (RFC 4180) for spreadsheets: header row, CRLF line ends, and a byte-order mark
 * so that Excel reads the file as UTF-8. Missing fields are empty cells.
 */
export function keyFiguresCsv(rows: readonly KeyFigureRow[]): string {
  return stringify([...rows], {
    bom: true,
    header: true,
    columns: [...KEY_FIGURE_COLUMNS],
    record_delimiter: 'windows',
    // Spreadsheets run a cell that starts with = + - @, a tab or a carriage return as a formula;
    // such text gets a leading ' (numbers stay numbers).
    escape_formulas: true,
  });
}

/** A company as exported at `/api/companies/<id>.json`. */
export interface ApiCompany {
  id: string;
  name: string;
  website: string | null;
  /** Every published fact, grouped by key (in file order), then by `asOf` and `published`. */
  facts: { key: string; value: number; unit: string; asOf: string; published: string }[];
}

/** A company's name, website and all its dated facts. */
export function apiCompany(
  id: string,
  company: { name: string; website?: string | undefined; facts: readonly Fact[] },
): ApiCompany {
  return {
    id,
    name: company.name,
    website: company.website ?? null,
    facts: factHistory(company.facts).flatMap((series) =>
      series.facts.map((f) => ({
        key: f.key,
        value: f.value,
        unit: f.unit,
        asOf: f.asOf,
        published: f.published,
      })),
    ),
  };
}
