/**
 * A release as a card in a listing (home, archive, topic, company, the search page before a
 * search): whose news it is, when and where, its topics and its first image. The search
 * script draws its results from the same parts (src/lib/search/card.ts), so cards look alike.
 */
import type { ImageMetadata } from 'astro';
import { companyName, topicLabel, type Registry, type Release } from '~/lib/model/catalogue';
import { formatLongDate, isoWithOffset } from '~/lib/locale/dates';
import type { Lang } from '~/i18n/locales';
import { topicUrl } from '~/lib/urls';

/** How many highlights a card shows: the facts at a glance, not the release again. */
export const CARD_HIGHLIGHTS = 3;

/** One release as a listing shows it. */
export interface ReleaseCardView {
  url: string;
  lang: Lang;
  title: string;
  /** The issuing companies ("A & B"); undefined where the newsroom has one company only. */
  company: string | undefined;
  /** The release date in words, e.g. "8 april 2026". */
  date: string;
  /** ISO 8601 with offset, for `<time datetime>`. */
  datetime: string;
  /** The dateline's city. */
  place: string;
  /** What follows the date on the card, spaces included: " · Groningen". */
  afterDate: string;
  highlights: string[];
  topics: { label: string; href: string }[];
  /** The release's first image: the card shows its 480 px version, as search results do. */
  image: ImageMetadata | undefined;
}

/**
 * Whether listings name the company: only where releases come from more than one.
 * @example namesCompanies([{ entry: { data: { company: ['a'] } } }, { entry: { data: { company: ['b'] } } }]) // true
 */
export function namesCompanies(releases: readonly CompanyNaming[]): boolean {
  // Every listing page asks, with the same list: answered once per list, not once per page.
  let answer = naming.get(releases);
  if (answer === undefined) {
    answer = new Set(releases.flatMap((r) => r.entry.data.company)).size > 1;
    naming.set(releases, answer);
  }
  return answer;
}
type CompanyNaming = { entry: { data: { company: readonly string[] } } };
const naming = new WeakMap<readonly CompanyNaming[], boolean>();

/**
 * What a release card reads from the catalogue besides its release (see `releaseCard`): whether
 * cards name companies, every company's name and every topic's labels. Listing routes put it
 * into their cache keys, since ReleaseList looks these up while it renders.
 */
export function cardsContext(cat: Registry & { releases: readonly Release[] }): unknown {
  return {
    withCompany: namesCompanies(cat.releases),
    companies: [...cat.companies.keys()].map((id) => [id, companyName(cat, id)]),
    topics: [...cat.topics.values()].map((t) => [t.id, t.data.label]),
  };
}

/**
 * The card of a release. `withCompany` comes from `namesCompanies` over the whole build, so
 * that one newsroom's cards all carry the company or none does.
 * @example releaseCard(cat, release, { withCompany: true, timeZone: 'Europe/Amsterdam' }).afterDate // ' · Rijswijk'
 */
export function releaseCard(
  reg: Registry,
  release: Release,
  options: { withCompany: boolean; timeZone: string },
): ReleaseCardView {
  const { data } = release.entry;
  const lang = release.lang;
  const date = formatLongDate(data.date, lang, options.timeZone);
  return {
    url: release.url,
    lang,
    title: data.title,
    company: options.withCompany ? data.company.map((id) => companyName(reg, id)).join(' & ') : undefined,
    date,
    datetime: isoWithOffset(data.date, options.timeZone),
    place: data.location,
    afterDate: ` · ${data.location}`,
    highlights: data.highlights.slice(0, CARD_HIGHLIGHTS),
    topics: data.topics.map((id) => ({ label: topicLabel(reg, id, lang), href: topicUrl(lang, id) })),
    image: data.images[0]?.src,
  };
}
