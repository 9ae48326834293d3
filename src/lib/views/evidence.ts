/**
 * What an evidence page shows: what was measured, how and by whom, the boundary and comparator,
 * the document to download, and every release and key figure that cites it. Computed once, so
 * that the page only draws.
 */
import { companyName, recordRel, type Catalogue, type Evidence, type Release } from '~/lib/model/catalogue';
import { citationsOf, pageLangs } from '~/lib/model/cited';
import { documentPath, documentType, isAddress } from '~/lib/model/documents';
import { formatDay, formatLongDate, isoWithOffset } from '~/lib/locale/dates';
import { formatFigure } from '~/lib/locale/format';
import { defaultLang, langs, useTranslations, type Lang } from '~/i18n/locales';
import type { HeadInput } from '~/lib/views/head';
import { site } from '~/lib/config';
import { companyUrl, documentUrl, evidenceUrl } from '~/lib/urls';

/** Text in the page's language, or (marked with its own language) in another one. */
export interface Worded {
  text: string;
  /** Set when the text is in another language than the page. */
  lang?: Lang | undefined;
}

/**
 * Per-language text in `lang`, else in the default language, else in the first language that has it.
 * @example inLanguage({ nl: 'Meting' }, 'en') // { text: 'Meting', lang: 'nl' }
 */
export function inLanguage(words: Partial<Record<Lang, string>>, lang: Lang): Worded | undefined {
  const own = words[lang];
  if (own) return { text: own };
  const other = [defaultLang, ...langs].find((l) => words[l]);
  return other ? { text: words[other]!, lang: other } : undefined;
}

/** A link to a document: a file of the site or a web address. */
export interface DocumentLink {
  href: string;
  /** "Download the document (PDF)", or "View the document (external website)". */
  label: string;
  external: boolean;
}

/** The link to a document named by a record at `recordRel`, worded for `lang`. */
export function documentLink(
  ref: string,
  recordRelPath: string,
  lang: Lang,
  words: {
    file: 'evidence.download' | 'targets.planDownload';
    address: 'evidence.external' | 'targets.planExternal';
  },
): DocumentLink {
  const t = useTranslations(lang);
  if (isAddress(ref)) return { href: ref, label: t(words.address), external: true };
  const path = documentPath(ref, recordRelPath)!;
  const ext = path.split('.').pop()!.toLowerCase();
  const type = documentType(path) ? t(`document.${ext as 'pdf' | 'md' | 'txt' | 'csv'}`) : ext;
  return { href: documentUrl(path), label: t(words.file, { type }), external: false };
}

/** One release citing the evidence, in the page's language where it has a version there. */
export interface CitingRelease {
  title: Worded;
  url: string;
  datetime: string;
  date: string;
  /** The release's key figures that cite this evidence. */
  figures: { display: string; label: string; url: string }[];
}

export interface EvidenceView {
  lang: Lang;
  head: HeadInput;
  /** The title in the page's language, or (marked) in another one until it has its own. */
  title: Worded;
  /** "Evidence", above the heading, before the company. */
  kicker: string;
  /** The company, linked to its page when it has one in this language. */
  company: { name: string; url: string | undefined };
  /** The facts about the evidence, in reading order; rows without a value are left out. */
  rows: { label: string; value: Worded }[];
  document: DocumentLink | undefined;
  /** Said instead of a document (a company statement stands in its release). */
  noDocument: string | undefined;
  citations: CitingRelease[];
}

/** The languages an evidence record has a page in: those of its title and of the releases citing it. */
export function evidenceLangs(cat: Pick<Catalogue, 'releases'>, evidence: Evidence): Lang[] {
  const citing = citationsOf(cat.releases, 'evidence', evidence.id, (r) => r.entry.data).map(
    (c) => c.release,
  );
  return pageLangs(evidence.data.title, citing);
}

/** Whether a company has a page in a language: it has releases there (see the company route). */
export function hasCompanyPage(cat: Pick<Catalogue, 'releases'>, company: string, lang: Lang): boolean {
  return cat.releases.some((r) => r.lang === lang && r.entry.data.company.includes(company));
}

/** The version of a release in `lang`, or the release itself when it has none there. */
function versionIn(release: Release, lang: Lang): Release {
  return release.versions.find((v) => v.lang === lang) ?? release;
}

/**
 * The releases citing a record, one per translation group (the version in `lang` where there is
 * one), newest first, or oldest first with `order: 'oldest'`.
 */
export function citingReleases(
  releases: readonly Release[],
  kind: 'evidence' | 'targets',
  id: string,
  lang: Lang,
  order: 'newest' | 'oldest' = 'newest',
): { release: Release; figures: string[] }[] {
  const seen = new Set<string>();
  const result: { release: Release; figures: string[] }[] = [];
  for (const { release } of citationsOf(releases, kind, id, (r) => r.entry.data)) {
    if (seen.has(release.translationKey)) continue;
    seen.add(release.translationKey);
    const shown = versionIn(release, lang);
    const [mine] = citationsOf([shown], kind, id, (r) => r.entry.data);
    result.push({ release: shown, figures: mine?.figures ?? [] });
  }
  // The catalogue's releases are newest first.
  return order === 'oldest' ? result.reverse() : result;
}

/** Everything the evidence page of `evidence` in `lang` shows. */
export function evidenceView(cat: Catalogue, evidence: Evidence, lang: Lang): EvidenceView {
  const t = useTranslations(lang);
  const { data } = evidence;
  const title = inLanguage(data.title, lang)!;
  const company = companyName(cat, data.company);
  const kind = t(`evidence.kind.${data.kind}`);
  const plain = (text: string | undefined): Worded | undefined => (text ? { text } : undefined);
  /** A name that reads the same in every language, or a description per language. */
  const worded = (value: string | Partial<Record<Lang, string>> | undefined) =>
    typeof value === 'string' ? plain(value) : value && inLanguage(value, lang);
  const verifier = data.verifier
    ? {
        text: data.verifier.accreditation
          ? `${data.verifier.name} (${t('evidence.accreditation', { accreditation: data.verifier.accreditation })})`
          : data.verifier.name,
      }
    : undefined;
  const offsets =
    data.offsets === undefined
      ? t('evidence.offsets.unknown')
      : t(data.offsets ? 'evidence.offsets.yes' : 'evidence.offsets.no');
  const rows = (
    [
      [t('evidence.kind'), { text: kind }],
      [t('evidence.method'), worded(data.method)],
      [t('evidence.boundary'), worded(data.boundary)],
      [t('evidence.comparator'), data.comparator && inLanguage(data.comparator, lang)],
      [t('evidence.period'), plain(data.period)],
      [t('evidence.verifier'), verifier],
      [t('evidence.offsets'), { text: offsets }],
      [t('evidence.date'), { text: formatDay(data.date, lang) }],
      [t('evidence.published'), { text: formatDay(data.published, lang) }],
    ] as const
  ).flatMap(([label, value]) => (value ? [{ label, value }] : []));

  // A file is published with the first public release citing the record (the staff preview
  // shows pages of unpublished ones, but their documents stay out of the build).
  const shownDocument =
    data.document && (isAddress(data.document) || cat.published.evidence.has(evidence.id))
      ? data.document
      : undefined;
  const citations = citingReleases(cat.releases, 'evidence', evidence.id, lang).map(
    ({ release, figures }) => {
      const rt = release.entry.data;
      return {
        title: { text: rt.title, ...(release.lang !== lang ? { lang: release.lang } : {}) },
        url: release.url,
        datetime: isoWithOffset(rt.date, site.timeZone),
        date: formatLongDate(rt.date, lang, site.timeZone),
        figures: figures.map((id) => {
          const figure = rt.keyFigures.find((f) => f.id === id)!;
          return {
            display: formatFigure(figure, release.lang),
            label: figure.label,
            url: `${release.url}#figure-${id}`,
          };
        }),
      };
    },
  );

  return {
    lang,
    head: {
      lang,
      title: title.text,
      description: `${kind} · ${company}`,
      path: evidenceUrl(lang, evidence.id),
      versions: evidenceLangs(cat, evidence).map((l) => ({ lang: l, path: evidenceUrl(l, evidence.id) })),
    },
    title,
    kicker: t('evidence.kicker'),
    company: {
      name: company,
      url: hasCompanyPage(cat, data.company, lang) ? companyUrl(lang, data.company) : undefined,
    },
    rows,
    document: shownDocument
      ? documentLink(shownDocument, recordRel('evidence', evidence.id), lang, {
          file: 'evidence.download',
          address: 'evidence.external',
        })
      : undefined,
    noDocument: shownDocument
      ? undefined
      : data.document
        ? t('evidence.documentHeld')
        : t('evidence.noDocument'),
    citations,
  };
}
