/** The machine-readable exports under `/api/`: releases, key figures (JSON and CSV), companies. */
import type { z } from 'astro/zod';
import { stringify } from 'csv-stringify/sync';
import { isoWithOffset } from '~/lib/locale/dates';
import { factHistory, publishedBy, type Fact } from '~/lib/model/facts';
import { byLangOrder, langs, type Lang } from '~/i18n/locales';
import { recordRel, type Published } from '~/lib/model/catalogue';
import { citationsOf, pageLangs } from '~/lib/model/cited';
import { documentPath, isAddress } from '~/lib/model/documents';
import type { keyFigure } from '~/schemas';
import { absoluteUrl, documentUrl, evidenceUrl, targetsUrl } from '~/lib/urls';

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
    /** Id of the evidence record behind the figure (`/api/evidence.json`). */
    evidence: string | null;
    /** Id of the target the figure reports on (`/api/targets.json`). */
    target: string | null;
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
      evidence: f.evidence ?? null,
      target: f.target ?? null,
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
  'evidence',
  'target',
] as const;

/** One key figure of one language version: a row of the key-figures export. */
export type KeyFigureRow = {
  [K in (typeof KEY_FIGURE_COLUMNS)[number]]: K extends 'value'
    ? number
    : K extends 'baseline' | 'period' | 'source' | 'evidence' | 'target'
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
  facts: { key: string; value: number; unit: string; qualifier: string; asOf: string; published: string }[];
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
        // As in the key-figure exports: "exactly" where the file says nothing.
        qualifier: f.qualifier ?? 'exactly',
        asOf: f.asOf,
        published: f.published,
      })),
    ),
  };
}

/**
 * A document reference as an absolute URL: a file of the content folder where the site publishes
 * it, a web address as it is.
 * @example documentHref('docs/lca.pdf', 'evidence/x.yaml') // 'https://perskamer.example.org/documents/evidence/docs/lca.pdf'
 */
export function documentHref(ref: string, recordRelPath: string, origin?: string): string {
  return isAddress(ref) ? ref : absoluteUrl(documentUrl(documentPath(ref, recordRelPath)!), origin);
}

/** Pages of a record in the languages it has one, as absolute URLs. */
const pagesIn = (which: readonly Lang[], urlOf: (lang: Lang) => string, origin?: string) =>
  Object.fromEntries(which.map((lang) => [lang, absoluteUrl(urlOf(lang), origin)])) as Partial<
    Record<Lang, string>
  >;

/** An evidence record as exported at `/api/evidence.json`. */
export interface ApiEvidence {
  id: string;
  company: string;
  kind: string;
  title: Partial<Record<Lang, string>>;
  /** A name (the same in every language) or a description per language. */
  method: string | Partial<Record<Lang, string>> | null;
  boundary: string | Partial<Record<Lang, string>> | null;
  comparator: Partial<Record<Lang, string>> | null;
  period: string | null;
  verifier: { name: string; accreditation: string | null } | null;
  /** Whether the result relies on offsetting; null when the record does not say. */
  offsets: boolean | null;
  /** Absolute URL of the document; null for a company statement without one. */
  document: string | null;
  date: string;
  published: string;
  /** The evidence page per language. */
  pages: Partial<Record<Lang, string>>;
  /** Public releases citing it, newest first, with the ids of the key figures that do. */
  citedBy: { url: string; lang: Lang; figures: string[] }[];
}

/** Every evidence record a public release cites, and no other, in id order. */
export function apiEvidence(published: Published, origin?: string): ApiEvidence[] {
  return [...published.evidence.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(({ id, data }) => ({
      id,
      company: data.company,
      kind: data.kind,
      title: data.title,
      method: data.method ?? null,
      boundary: data.boundary ?? null,
      comparator: data.comparator ?? null,
      period: data.period ?? null,
      verifier: data.verifier
        ? { name: data.verifier.name, accreditation: data.verifier.accreditation ?? null }
        : null,
      offsets: data.offsets ?? null,
      document: data.document ? documentHref(data.document, recordRel('evidence', id), origin) : null,
      date: data.date,
      published: data.published,
      pages: pagesIn(
        pageLangs(
          data.title,
          citationsOf(published.releases, 'evidence', id, (r) => r.entry.data).map((c) => c.release),
        ),
        (lang) => evidenceUrl(lang, id),
        origin,
      ),
      citedBy: citationsOf(published.releases, 'evidence', id, (r) => r.entry.data).map((c) => ({
        url: absoluteUrl(c.release.url, origin),
        lang: c.release.lang,
        figures: c.figures,
      })),
    }));
}

/** A target as exported at `/api/targets.json`. */
export interface ApiTarget {
  id: string;
  company: string;
  label: Partial<Record<Lang, string>>;
  metric: string;
  unit: string;
  baseline: { value: number; year: number };
  target: { value: number; year: number };
  scope: Partial<Record<Lang, string>> | null;
  plan: string | null;
  verifier: { name: string; accreditation: string | null } | null;
  published: string;
  /** The company's targets page per language. */
  pages: Partial<Record<Lang, string>>;
  /** Every published value of the metric, by `asOf` then `published`: progress as it became known. */
  values: { value: number; asOf: string; published: string }[];
  /** Public releases citing it, oldest first: what was promised when. */
  mentionedBy: { url: string; lang: Lang; date: string }[];
}

/**
 * Every target a public release cites, and no other, in id order, with the values of its metric
 * published on or before `today` (`YYYY-MM-DD`).
 */
export function apiTargets(
  published: Published,
  today: string,
  timeZone: string,
  origin?: string,
): ApiTarget[] {
  return [...published.targets.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(({ id, data }) => {
      const facts = publishedBy(published.companies.get(data.company)?.data.facts ?? [], today).filter(
        (f) => f.key === data.metric,
      );
      // A company's targets page exists in the languages it has public releases in.
      const pageLangs = langs.filter((lang) =>
        published.releases.some((r) => r.lang === lang && r.entry.data.company.includes(data.company)),
      );
      return {
        id,
        company: data.company,
        label: data.label,
        metric: data.metric,
        unit: data.unit,
        baseline: data.baseline,
        target: data.target,
        scope: data.scope ?? null,
        plan: data.plan ? documentHref(data.plan, recordRel('targets', id), origin) : null,
        verifier: data.verifier
          ? { name: data.verifier.name, accreditation: data.verifier.accreditation ?? null }
          : null,
        published: data.published,
        pages: pagesIn(pageLangs, (lang) => targetsUrl(lang, data.company), origin),
        values: (factHistory(facts)[0]?.facts ?? []).map((f) => ({
          value: f.value,
          asOf: f.asOf,
          published: f.published,
        })),
        mentionedBy: citationsOf(published.releases, 'targets', id, (r) => r.entry.data)
          .map((c) => c.release)
          // Oldest first; language versions of one moment in locale-table order.
          .sort((a, b) => a.entry.data.date.getTime() - b.entry.data.date.getTime() || byLangOrder(a, b))
          .map((release) => ({
            url: absoluteUrl(release.url, origin),
            lang: release.lang,
            date: isoWithOffset(release.entry.data.date, timeZone),
          })),
      };
    });
}
