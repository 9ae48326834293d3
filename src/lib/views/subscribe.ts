/**
 * The page that explains how to follow the newsroom in a language: its feeds (all releases and
 * one per topic, each format with its address) and the newsletter form where site.yaml has one.
 */
import { topicFeedPaths } from '~/lib/outputs/feeds';
import { topicLabel, type Published } from '~/lib/model/catalogue';
import { sortByLabel } from '~/lib/views/listings';
import { useTranslations, type Lang } from '~/i18n/locales';
import { absoluteUrl, feedFormats, feedUrl, topicUrl, type FeedFormat } from '~/lib/urls';

/** One feed as the page offers it. */
export interface FeedOffer {
  format: FeedFormat;
  /** The format's name: "RSS", "Atom", "JSON Feed". */
  formatName: string;
  /** The absolute address a reader pastes into a feed reader. */
  address: string;
}

/** The feeds of one subject: every release of the language, or one topic. */
export interface FeedGroup {
  /** The topic id; undefined for the feeds of every release. */
  topic: string | undefined;
  title: string;
  /** The topic's page; undefined for the feeds of every release. */
  href: string | undefined;
  feeds: FeedOffer[];
}

/** The feeds of a language: its site-wide feeds first, then one group per topic in alphabetical order. */
export function feedGroups(cat: Published, lang: Lang): { all: FeedGroup; topics: FeedGroup[] } {
  const t = useTranslations(lang);
  const offers = (topic?: string): FeedOffer[] =>
    feedFormats.map((format) => ({
      format,
      formatName: t(`feeds.${format}`),
      address: absoluteUrl(feedUrl(lang, format, topic)),
    }));
  // The same topics that get feeds, so that every address on the page answers.
  const topics = topicFeedPaths(cat)
    .filter((path) => path.lang === lang)
    .map(({ topic }): FeedGroup => ({
      topic,
      title: topicLabel(cat, topic, lang),
      href: topicUrl(lang, topic),
      feeds: offers(topic),
    }));
  return {
    all: { topic: undefined, title: t('subscribe.allTitle'), href: undefined, feeds: offers() },
    topics: sortByLabel(topics, (g) => g.title, lang),
  };
}
