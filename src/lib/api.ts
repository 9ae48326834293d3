/** The machine-readable release list at `/api/releases.json`. */
import type { z } from 'astro/zod';
import { isoWithOffset } from './dates';
import type { Lang } from './locales';
import type { keyFigure } from './schema';
import { absoluteUrl } from './urls';

type KeyFigure = z.output<typeof keyFigure>;

/** The fields of a release that the export reads; a catalogue `Release` has them all. */
export interface ApiReleaseSource {
  url: string;
  lang: Lang;
  translationKey: string;
  isPublic: boolean;
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

/** Every public release, in the given (newest-first) order. */
export function apiReleases(
  releases: readonly ApiReleaseSource[],
  timeZone: string,
  origin?: string,
): ApiRelease[] {
  // The staff preview's catalogue holds unpublished releases; the export never does.
  return releases.filter((r) => r.isPublic).map((r) => apiRelease(r, timeZone, origin));
}
