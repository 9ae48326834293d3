/**
 * What releases cite: evidence records and targets, named on the release itself or on one of its
 * key figures. A record is published only with a public release that cites it (see catalogue.ts):
 * an embargoed release is not even loaded, so "cited by nothing public" is the only safe rule.
 */

import { langs, type Lang } from '~/i18n/locales';

/** The parts of a release's front-matter that cite evidence and targets. */
export interface Citing {
  evidence?: readonly string[] | undefined;
  targets?: readonly string[] | undefined;
  keyFigures: readonly { id: string; evidence?: string | undefined; target?: string | undefined }[];
}

export type RecordKind = 'evidence' | 'targets';

/**
 * The ids of one kind a release cites, each once, in order of first mention.
 * @example citedIds({ evidence: ['a'], targets: [], keyFigures: [{ id: 'x', evidence: 'b' }] }, 'evidence') // ['a', 'b']
 */
export function citedIds(data: Citing, kind: RecordKind): string[] {
  const own = kind === 'evidence' ? data.evidence : data.targets;
  const onFigures = data.keyFigures.flatMap((f) => {
    const id = kind === 'evidence' ? f.evidence : f.target;
    return id ? [id] : [];
  });
  return [...new Set([...(own ?? []), ...onFigures])];
}

/** One release that cites a record, and the ids of its key figures that do (empty: the release as a whole). */
export interface CitationOf<R> {
  release: R;
  figures: string[];
}

/**
 * The releases (in the order given) that cite record `id` of one kind, each with the key figures citing it.
 * @example citationsOf(releases, 'evidence', 'noordwind-productie-2024', (r) => r.entry.data)
 */
export function citationsOf<R>(
  releases: readonly R[],
  kind: RecordKind,
  id: string,
  dataOf: (release: R) => Citing,
): CitationOf<R>[] {
  return releases.flatMap((release) => {
    const data = dataOf(release);
    if (!citedIds(data, kind).includes(id)) return [];
    const key = kind === 'evidence' ? 'evidence' : 'target';
    return [{ release, figures: data.keyFigures.filter((f) => f[key] === id).map((f) => f.id) }];
  });
}

/**
 * The records of one kind that any of the releases cite, in the order of `records`.
 * @example citedRecords(releases, allEvidence, 'evidence', (r) => r.entry.data) // Map { id => record }
 */
export function citedRecords<R, T extends { id: string }>(
  releases: readonly R[],
  records: readonly T[],
  kind: RecordKind,
  dataOf: (release: R) => Citing,
): Map<string, T> {
  const cited = new Set(releases.flatMap((r) => citedIds(dataOf(r), kind)));
  return new Map(records.filter((r) => cited.has(r.id)).map((r) => [r.id, r]));
}

/**
 * The languages a record has a page in: those of its words, and those of the releases citing it
 * (their key-figure links lead there; the page shows the words of another language until the
 * record has its own, and the checks warn).
 * @example pageLangs({ nl: 'Meting' }, [{ lang: 'en' }]) // ['nl', 'en']
 */
export function pageLangs(words: Partial<Record<Lang, string>>, citing: readonly { lang: Lang }[]): Lang[] {
  return langs.filter((lang) => words[lang] || citing.some((r) => r.lang === lang));
}
