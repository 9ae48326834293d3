/** Everything a release page shows, computed once so that components only draw. */
import { contactView, type ContactView } from '~/lib/views/contact';
import { figureCitation, quoteCitation, type CitationSource } from '~/lib/views/citation';
import {
  notesToEditors,
  publisherOf,
  releasesIn,
  speakerOn,
  topicLabel,
  type Catalogue,
  type Cited,
  type NoteToEditors,
  type Registry,
  type Release,
  type ReleaseEntry,
} from '~/lib/model/catalogue';
import { withoutComments } from '~/lib/model/checks/comments';
import { formatDateline, formatLongDate, isoWithOffset } from '~/lib/locale/dates';
import { figureParts, formatBytes, formatFigure } from '~/lib/locale/format';
import { newsArticle, type HeadInput } from '~/lib/views/head';
import { locales, useTranslations, type Lang } from '~/i18n/locales';
import { searchData, type SearchData } from '~/lib/search/index-data';
import { site } from '~/lib/config';
import { digestOf } from '~/lib/model/digest';
import { originalImages } from '~/lib/model/files';
import { logoAsset } from '~/lib/outputs/logo';
import { absoluteUrl, evidenceUrl, homeUrl, ninjsUrl, pressKitUrl, subscribeUrl, topicUrl } from '~/lib/urls';

type KeyFigure = ReleaseEntry['data']['keyFigures'][number];
type Quote = ReleaseEntry['data']['quotes'][number];
type ReleaseImage = ReleaseEntry['data']['images'][number];

/** How many related releases the foot of a release lists. */
export const RELATED_COUNT = 4;

/** A file a reader can download, with what they need to decide: its size. */
export interface Download {
  href: string;
  /** The name the browser saves it under. */
  fileName: string;
  /** File size in the page's language: "120 kB". */
  size: string;
}

/** One image with its caption and credit. */
export interface ImageContent {
  src: ReleaseImage['src'];
  alt: string;
  caption: string | undefined;
  /** The credit as shown: "Foto: Jan Jansen", or the credit alone when it names its own kind. */
  credit: string | undefined;
  /** "JPG, 1920 × 1200". */
  format: string;
}

/** One image on the page, offered as its original file. */
export interface ImageView extends ImageContent {
  download: Download & { format: string };
}

/** A key figure as the page draws it: the qualifier apart from the amount, the citation to copy. */
export type FigureView = KeyFigure & {
  /** Qualifier, value and unit in one string: "ongeveer 70 procent". */
  display: string;
  /** The parts the page sets apart (see `figureParts`); the unit's hyphens do not break. */
  parts: { qualifier: string; number: string; unit: string };
  citation: string;
  /** The figure's evidence page, when it cites evidence. */
  evidenceLink: { href: string; label: string } | undefined;
};

/** A release listed at the foot of another. */
export interface RelatedView {
  title: string;
  url: string;
  date: string;
  datetime: string;
  companies: string;
}

/** Files on disk that the page states the size of; the route reads them, the view stays pure. */
export interface ReleaseFiles {
  /** Byte size of each image's original, in front-matter order. */
  imageBytes: number[];
  /** File name of each image's original, in front-matter order. */
  imageNames: string[];
  /** Byte size of the press kit; undefined when the release has none (not public). */
  pressKitBytes: number | undefined;
}

/** What a release says, in its language, as its page and its press kit both show it. */
export interface ReleaseContent {
  lang: Lang;
  /** Absolute URL of the release page. */
  url: string;
  title: string;
  subtitle: string | undefined;
  highlights: string[];
  /** "Press release" and the issuing companies, above the headline. */
  kicker: string;
  dateline: string;
  /** The release date, ISO 8601 with offset, for `<time datetime>`. */
  datetime: string;
  /** The release date in words. */
  date: string;
  companyNames: string[];
  topics: { label: string; href: string }[];
  figures: FigureView[];
  quotes: (Omit<Quote, 'person'> & ReturnType<typeof speakerOn> & { citation: string })[];
  contacts: ContactView[];
  notes: NoteToEditors[];
  images: ImageContent[];
  updated: { datetime: string; display: string; note: string } | undefined;
}

/** Everything the release page draws; the layout reads nothing else. */
export interface ReleaseView extends Omit<ReleaseContent, 'images'> {
  head: HeadInput;
  /** Why the page is not public: a banner in the staff preview; undefined when public. */
  status: 'draft' | 'embargo' | undefined;
  /** Only public releases are indexed, so the staff preview's search shows what the public one will. */
  searchable: boolean;
  /** The first image, shown at the top. */
  lead: ImageView | undefined;
  /** The other images, shown after the text. */
  gallery: ImageView[];
  /** The press kit (public releases only) and the original of every image. */
  downloads: {
    pressKit: (Download & { contents: string }) | undefined;
    images: ImageView['download'][];
    /** The ninjs document, for public releases only (it is an offer to publish). */
    ninjsHref: string | undefined;
  };
  share: { url: string; title: string; links: { name: string; href: string }[] };
  subscribeHref: string;
  /** The language's list of releases: the nav section a release page belongs to. */
  section: string;
  related: RelatedView[];
  /** The other language versions. */
  translations: { lang: Lang; url: string }[];
  search: SearchData;
}

/**
 * A credit as shown under an image: labelled "Photo", unless it starts with its own label.
 * @example creditLine('Illustratie: Perskamer', 'nl') // 'Illustratie: Perskamer'
 * @example creditLine('Jan Jansen', 'nl') // 'Foto: Jan Jansen'
 */
export function creditLine(credit: string, lang: Lang): string {
  // "Illustratie:", "Photo :", "Bild/Grafik:": one or two words and a colon name the credit's kind.
  if (/^[\p{L}/-]+(?: [\p{L}/-]+)?\s?:/u.test(credit)) return credit;
  return `${useTranslations(lang)('ui.field', { label: useTranslations(lang)('release.photo') })} ${credit}`;
}

/**
 * Whether a figure's baseline only repeats its label ("less CO2 than conventional aluminium",
 * compared with "conventional aluminium"): such a baseline is left out.
 * @example repeatsLabel({ label: 'less CO2 than conventional aluminium', baseline: 'conventional aluminium' }) // true
 */
export function repeatsLabel(figure: { label: string; baseline?: string | undefined }): boolean {
  if (!figure.baseline) return false;
  const words = (s: string) => s.toLocaleLowerCase().replace(/\s+/g, ' ').trim();
  return words(figure.label).includes(words(figure.baseline));
}

type Relatable = { url: string; entry: { data: { topics: string[]; company: string[]; date: Date } } };

/**
 * The ranking of `candidates` for one set of topics and companies, best first, `count` long.
 * Releases with the same topics and companies share it: ranking every candidate for every
 * release made the release pages quadratic in the number of releases (in a one-company
 * newsroom every candidate scores, so each ranking sorted the whole list).
 */
const rankings = new WeakMap<readonly Relatable[], Map<string, Relatable[]>>();

function ranking<R extends Relatable>(
  topicIds: readonly string[],
  companyIds: readonly string[],
  candidates: readonly R[],
  count: number,
): R[] {
  const topics = new Set(topicIds);
  const companies = new Set(companyIds);
  const signature = JSON.stringify([[...topics].sort(), [...companies].sort(), count]);
  let bySignature = rankings.get(candidates);
  if (!bySignature) rankings.set(candidates, (bySignature = new Map()));
  const known = bySignature.get(signature);
  if (known) return known as R[];
  const scored: { other: R; score: number; time: number }[] = [];
  for (const other of candidates) {
    const { data } = other.entry;
    const score =
      data.topics.filter((t) => topics.has(t)).length + (data.company.some((c) => companies.has(c)) ? 2 : 0);
    if (score > 0) scored.push({ other, score, time: data.date.getTime() });
  }
  const best = scored
    .sort((a, b) => b.score - a.score || b.time - a.time)
    .slice(0, count)
    .map((s) => s.other);
  bySignature.set(signature, best);
  return best;
}

/**
 * Up to `count` other releases of the same language about the same things, shown newest first.
 * The closest are chosen: each shared topic counts one, the same company two (so that in a
 * one-company newsroom the topics decide); among equals the newest.
 */
export function relatedReleases<R extends Relatable>(
  release: R,
  candidates: readonly R[],
  count: number = RELATED_COUNT,
): R[] {
  const { topics, company } = release.entry.data;
  // One more than needed: the release itself is among the best when it is a candidate.
  return ranking(topics, company, candidates, count + 1)
    .filter((other) => other.url !== release.url)
    .slice(0, count)
    .sort((a, b) => b.entry.data.date.getTime() - a.entry.data.date.getTime());
}

/** Share links that need no script from anyone else: e-mail and the networks' own share pages. */
export function shareLinks(url: string, title: string, lang: Lang): { name: string; href: string }[] {
  const t = useTranslations(lang);
  const u = encodeURIComponent(url);
  const text = encodeURIComponent(title);
  return [
    { name: t('release.email'), href: `mailto:?subject=${text}&body=${u}` },
    { name: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    {
      name: 'Bluesky',
      href: `https://bsky.app/intent/compose?text=${encodeURIComponent(`${title} ${url}`)}`,
    },
    { name: 'X', href: `https://x.com/intent/post?url=${u}&text=${text}` },
  ];
}

/**
 * What the press kit holds, as one phrase: "Tekst, kerncijfers en originele beelden".
 * @example pressKitContents({ figures: true, images: false }, 'en') // 'Text and key figures'
 */
export function pressKitContents(has: { figures: boolean; images: boolean }, lang: Lang): string {
  const t = useTranslations(lang);
  const parts = [
    t('release.pressKitText'),
    ...(has.figures ? [t('release.pressKitFigures')] : []),
    ...(has.images ? [t('release.pressKitImages')] : []),
  ];
  const phrase = new Intl.ListFormat(locales[lang].intl, { type: 'conjunction' }).format(parts);
  return phrase.charAt(0).toLocaleUpperCase(locales[lang].intl) + phrase.slice(1);
}

const byLang = new WeakMap<Catalogue, Map<Lang, Release[]>>();
/** A language's releases, newest first, listed once per catalogue rather than once per page. */
function releasesOf(cat: Catalogue, lang: Lang): Release[] {
  let lists = byLang.get(cat);
  if (!lists) byLang.set(cat, (lists = new Map()));
  let list = lists.get(lang);
  if (!list) lists.set(lang, (list = releasesIn(cat, lang)));
  return list;
}

/** "CO2-equivalent" must not break after its hyphen: a non-breaking hyphen takes its place. */
export function unbrokenUnit<P extends { unit: string }>(parts: P): P {
  return { ...parts, unit: parts.unit.replaceAll('-', '\u2011') };
}

/** An evidence record's title in a language, else in the first language it has (its id as a last resort). */
function evidenceTitle(cited: Cited, id: string, lang: Lang): string {
  const title = cited.evidence.get(id)?.data.title ?? {};
  return title[lang] ?? Object.values(title)[0] ?? id;
}

/** What one release says in its language: shared by its page and its press kit. */
export function releaseContent(reg: Registry & Cited, release: Release): ReleaseContent {
  const { data } = release.entry;
  const { lang } = release;
  const t = useTranslations(lang);
  const companies = data.company.map((id) => reg.companies.get(id)!);
  const url = absoluteUrl(release.url);
  const citationSource: CitationSource = {
    lang,
    companies: companies.map((c) => c.data.name),
    location: data.location,
    date: data.date,
    url,
    timeZone: site.timeZone,
  };
  return {
    lang,
    url,
    title: data.title,
    subtitle: data.subtitle,
    highlights: data.highlights,
    kicker: `${t('release.pressRelease')} · ${companies.map((c) => c.data.name).join(' & ')}`,
    dateline: formatDateline(data.location, data.date, lang, site.timeZone),
    datetime: isoWithOffset(data.date, site.timeZone),
    date: formatLongDate(data.date, lang, site.timeZone),
    companyNames: companies.map((c) => c.data.name),
    topics: data.topics.map((id) => ({ label: topicLabel(reg, id, lang), href: topicUrl(lang, id) })),
    figures: data.keyFigures.map((figure) => ({
      ...figure,
      // A baseline that only repeats the label says nothing new.
      baseline: repeatsLabel(figure) ? undefined : figure.baseline,
      display: formatFigure(figure, lang),
      parts: unbrokenUnit(figureParts(figure, lang)),
      citation: figureCitation(figure, citationSource),
      evidenceLink: figure.evidence
        ? {
            href: evidenceUrl(lang, figure.evidence),
            label: t('evidence.link', { title: evidenceTitle(reg, figure.evidence, lang) }),
          }
        : undefined,
    })),
    quotes: data.quotes.map((quote) => {
      const speaker = speakerOn(reg, quote.person, release);
      return {
        ...quote,
        ...speaker,
        citation: quoteCitation(
          quote,
          { name: speaker.person.data.name, role: speaker.role },
          citationSource,
        ),
      };
    }),
    contacts: data.contacts.map((id) => {
      const { person, role } = speakerOn(reg, id, release);
      return contactView(person, role);
    }),
    notes: notesToEditors(reg, release),
    images: data.images.map((image) => ({
      src: image.src,
      alt: image.alt,
      caption: image.caption,
      credit: image.credit && creditLine(image.credit, lang),
      format: `${image.src.format.toUpperCase()}, ${image.src.width}\u00a0×\u00a0${image.src.height}`,
    })),
    updated: data.updated
      ? {
          datetime: isoWithOffset(data.updated.date, site.timeZone),
          display: formatLongDate(data.updated.date, lang, site.timeZone),
          note: data.updated.note,
        }
      : undefined,
  };
}

/** The head data and display strings of one release page. */
export function releaseView(cat: Catalogue, release: Release, files: ReleaseFiles): ReleaseView {
  const { data } = release.entry;
  const { lang } = release;
  const t = useTranslations(lang);
  const { images: imageContent, ...content } = releaseContent(cat, release);
  const description =
    data.subtitle ?? (data.highlights.length > 0 ? data.highlights.join(' · ') : data.title);
  const versions = release.versions.map((v) => ({ lang: v.lang, path: v.url }));
  const topics = content.topics.map((topic) => topic.label);
  const firstImage = data.images[0];

  const head: HeadInput = {
    lang,
    title: data.title,
    description,
    path: release.url,
    versions,
    type: 'article',
    image: firstImage ? { path: firstImage.src.src, alt: firstImage.alt } : undefined,
    noindex: !release.isPublic,
    // Unpublished releases (staff preview) get no ninjs document to point to.
    ...(release.isPublic
      ? { alternateData: [{ type: 'application/json', href: ninjsUrl(release), title: t('release.ninjs') }] }
      : {}),
    jsonLd: newsArticle({
      lang,
      headline: data.title,
      description,
      path: release.url,
      datePublished: content.datetime,
      dateModified: content.updated?.datetime,
      dateline: content.dateline,
      companies: data.company.map((id) => ({
        name: cat.companies.get(id)!.data.name,
        url: cat.companies.get(id)!.data.website,
      })),
      publisher: {
        name: publisherOf(cat).data.name,
        url: publisherOf(cat).data.website,
        logoPath: logoAsset()?.url,
      },
      imagePaths: data.images.map((i) => i.src.src),
      keywords: topics,
    }),
  };

  const images: ImageView[] = imageContent.map((image, i) => ({
    ...image,
    download: {
      href: image.src.src,
      fileName: files.imageNames[i]!,
      size: formatBytes(files.imageBytes[i]!, lang),
      format: image.format,
    },
  }));

  return {
    ...content,
    head,
    status: release.isPublic ? undefined : data.draft ? 'draft' : 'embargo',
    searchable: release.isPublic,
    lead: images[0],
    gallery: images.slice(1),
    downloads: {
      pressKit:
        files.pressKitBytes === undefined
          ? undefined
          : {
              href: pressKitUrl(release),
              fileName: `${release.slug}.zip`,
              size: formatBytes(files.pressKitBytes, lang),
              contents: pressKitContents(
                { figures: data.keyFigures.length > 0, images: data.images.length > 0 },
                lang,
              ),
            },
      images: images.map((image) => image.download),
      ninjsHref: release.isPublic ? ninjsUrl(release) : undefined,
    },
    share: { url: content.url, title: data.title, links: shareLinks(content.url, data.title, lang) },
    subscribeHref: subscribeUrl(lang),
    section: homeUrl(lang),
    related: relatedReleases(release, releasesOf(cat, lang)).map((other) => ({
      title: other.entry.data.title,
      url: other.url,
      date: formatLongDate(other.entry.data.date, lang, site.timeZone),
      datetime: isoWithOffset(other.entry.data.date, site.timeZone),
      companies: other.entry.data.company.map((id) => cat.companies.get(id)?.data.name ?? id).join(' & '),
    })),
    translations: release.versions.filter((v) => v.lang !== lang).map((v) => ({ lang: v.lang, url: v.url })),
    search: searchData({
      date: data.date,
      lang,
      location: data.location,
      topics,
      companies: content.companyNames,
      hasFigures: data.keyFigures.length > 0,
      timeZone: site.timeZone,
      // Comments never reach the page, so neither may their numbers reach the search index.
      text: [data.title, data.subtitle, ...data.highlights, withoutComments(release.entry.body ?? '')].join(
        '\n',
      ),
    }),
  };
}

/**
 * The release page's cache key: the page's whole view (it reads nothing else, apart from its
 * body, which the release's digest covers). File sizes stand in by what decides them: each
 * image's bytes by the content hash in its URL, the press kit's by the kit's own key.
 */
export function releasePageKey(cat: Catalogue, release: Release, pressKitKey: string | undefined): string {
  const names = originalImages(release).map((image) => image.fileName);
  const view = releaseView(cat, release, {
    imageNames: names,
    imageBytes: names.map(() => 0),
    pressKitBytes: pressKitKey === undefined ? undefined : 0,
  });
  return digestOf('release', release, view, pressKitKey ?? null);
}
