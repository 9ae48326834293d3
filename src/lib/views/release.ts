/** Everything a release page shows, computed once so that components only draw. */
import { figureCitation, quoteCitation, type CitationSource } from '~/lib/views/citation';
import {
  notesToEditors,
  publisherOf,
  speakerOn,
  topicLabel,
  type Catalogue,
  type NoteToEditors,
  type Release,
  type ReleaseEntry,
} from '~/lib/model/catalogue';
import { withoutComments } from '~/lib/model/checks/comments';
import { logoAsset } from '~/lib/outputs/logo';
import { formatDateline, formatLongDate, isoWithOffset } from '~/lib/locale/dates';
import { formatFigure } from '~/lib/locale/format';
import { newsArticle, type HeadInput } from '~/lib/views/head';
import { useTranslations, type Lang } from '~/i18n/locales';
import { searchData, type SearchData } from '~/lib/search/index-data';
import { site } from '~/lib/config';
import { absoluteUrl, evidenceUrl, ninjsUrl } from '~/lib/urls';

type KeyFigure = ReleaseEntry['data']['keyFigures'][number];
type Quote = ReleaseEntry['data']['quotes'][number];

/** Everything the release page draws; the layout reads nothing else. */
export interface ReleaseView {
  lang: Lang;
  head: HeadInput;
  title: string;
  subtitle: string | undefined;
  highlights: string[];
  /** "Press release" and the issuing companies, above the headline. */
  kicker: string;
  dateline: string;
  /** The release date, ISO 8601 with offset, for `<time datetime>`. */
  datetime: string;
  /** Why the page is not public: a banner in the staff preview; undefined when public. */
  status: 'draft' | 'embargo' | undefined;
  /** Only public releases are indexed, so the staff preview's search shows what the public one will. */
  searchable: boolean;
  companyNames: string[];
  topics: string[];
  figures: (KeyFigure & {
    display: string;
    citation: string;
    /** The figure's evidence page, when it cites evidence. */
    evidenceLink: { href: string; label: string } | undefined;
  })[];
  quotes: (Omit<Quote, 'person'> & ReturnType<typeof speakerOn> & { citation: string })[];
  contacts: ReturnType<typeof speakerOn>[];
  notes: NoteToEditors[];
  images: ReleaseEntry['data']['images'];
  updated: { datetime: string; display: string; note: string } | undefined;
  /** The other language versions. */
  translations: { lang: Lang; url: string }[];
  search: SearchData;
  /** The ninjs document, for public releases only (it is an offer to publish). */
  ninjsHref: string | undefined;
  /** The page's public address, printed at the foot of a printout. */
  printUrl: string;
}

/** An evidence record's title in a language, else in the first language it has (its id as a last resort). */
function evidenceTitle(cat: Catalogue, id: string, lang: Lang): string {
  const title = cat.evidence.get(id)?.data.title ?? {};
  return title[lang] ?? Object.values(title)[0] ?? id;
}

/** The head data and display strings of one release page. */
export function releaseView(cat: Catalogue, release: Release): ReleaseView {
  const { data } = release.entry;
  const { lang } = release;
  const t = useTranslations(lang);
  const companies = data.company.map((id) => cat.companies.get(id)!);
  const dateline = formatDateline(data.location, data.date, lang, site.timeZone);
  const description =
    data.subtitle ?? (data.highlights.length > 0 ? data.highlights.join(' · ') : data.title);
  const versions = release.versions.map((v) => ({ lang: v.lang, path: v.url }));
  const topics = data.topics.map((id) => topicLabel(cat, id, lang));
  const firstImage = data.images[0];
  const citationSource: CitationSource = {
    lang,
    companies: companies.map((c) => c.data.name),
    location: data.location,
    date: data.date,
    url: absoluteUrl(release.url),
    timeZone: site.timeZone,
  };

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
      datePublished: isoWithOffset(data.date, site.timeZone),
      dateModified: data.updated ? isoWithOffset(data.updated.date, site.timeZone) : undefined,
      dateline,
      companies: companies.map((c) => ({ name: c.data.name, url: c.data.website })),
      publisher: {
        name: publisherOf(cat).data.name,
        url: publisherOf(cat).data.website,
        logoPath: logoAsset()?.url,
      },
      imagePaths: data.images.map((i) => i.src.src),
      keywords: topics,
    }),
  };

  return {
    lang,
    head,
    title: data.title,
    subtitle: data.subtitle,
    highlights: data.highlights,
    kicker: `${t('release.pressRelease')} · ${companies.map((c) => c.data.name).join(' & ')}`,
    status: release.isPublic ? undefined : data.draft ? 'draft' : 'embargo',
    searchable: release.isPublic,
    dateline,
    datetime: isoWithOffset(data.date, site.timeZone),
    companyNames: companies.map((c) => c.data.name),
    topics,
    figures: data.keyFigures.map((figure) => ({
      ...figure,
      display: formatFigure(figure, lang),
      citation: figureCitation(figure, citationSource),
      evidenceLink: figure.evidence
        ? {
            href: evidenceUrl(lang, figure.evidence),
            label: t('evidence.link', {
              title: evidenceTitle(cat, figure.evidence, lang),
            }),
          }
        : undefined,
    })),
    quotes: data.quotes.map((quote) => {
      const speaker = speakerOn(cat, quote.person, release);
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
    contacts: data.contacts.map((id) => speakerOn(cat, id, release)),
    notes: notesToEditors(cat, release),
    images: data.images,
    updated: data.updated
      ? {
          datetime: isoWithOffset(data.updated.date, site.timeZone),
          display: formatLongDate(data.updated.date, lang, site.timeZone),
          note: data.updated.note,
        }
      : undefined,
    translations: release.versions.filter((v) => v.lang !== lang).map((v) => ({ lang: v.lang, url: v.url })),
    search: searchData({
      date: data.date,
      lang,
      location: data.location,
      topics,
      companies: companies.map((c) => c.data.name),
      hasFigures: data.keyFigures.length > 0,
      timeZone: site.timeZone,
      // Comments never reach the page, so neither may their numbers reach the search index.
      text: [data.title, data.subtitle, ...data.highlights, withoutComments(release.entry.body ?? '')].join(
        '\n',
      ),
    }),
    ninjsHref: release.isPublic ? ninjsUrl(release) : undefined,
    printUrl: absoluteUrl(release.url),
  };
}
