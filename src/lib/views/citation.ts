/**
 * Citations for "copy with attribution": a key figure or quote with its source in the
 * page's language, as the copy button puts it on the clipboard (CO₂ as one character, so that
 * it survives pasting).
 */
import { formatDateline } from '~/lib/locale/dates';
import { formatFigure } from '~/lib/locale/format';
import { useTranslations, type Lang } from '~/i18n/locales';
import { typesetPlain } from '~/lib/locale/typography';
import type { Qualifier, Unit } from '~/lib/units';

/** Where a claim was published: the release it belongs to. */
export interface CitationSource {
  lang: Lang;
  /** Names of the issuing companies; a joint release has several. */
  companies: readonly string[];
  /** The dateline city. */
  location: string;
  date: Date;
  /** Absolute URL of the release page, without anchor. */
  url: string;
  timeZone: string;
}

/** The template variables every citation shares: source, dateline and the claim's own URL. */
function reference(source: CitationSource, anchor: string) {
  const t = useTranslations(source.lang);
  return {
    source: t('cite.source', { company: source.companies.join(' & ') }),
    dateline: formatDateline(source.location, source.date, source.lang, source.timeZone),
    url: `${source.url}#${anchor}`,
  };
}

/**
 * A key figure with its source, to paste into an article.
 * @example figureCitation({ id: 'co2', value: 70, unit: 'percent', qualifier: 'about', label: 'less CO2' }, source) // 'about 70% less CO2 (BMW Group press release, Rijswijk, 20 February 2023, https://…/#figure-co2)'
 */
export function figureCitation(
  figure: { id: string; value: number; unit: Unit; qualifier?: Qualifier | undefined; label: string },
  source: CitationSource,
): string {
  const { lang } = source;
  return useTranslations(lang)('cite.figure', {
    figure: typesetPlain(`${formatFigure(figure, lang)} ${figure.label}`, lang),
    ...reference(source, `figure-${figure.id}`),
  });
}

/**
 * A quote in the language's quotation marks, with speaker, role and source.
 * @example quoteCitation({ id: 'post', text: 'We set targets.' }, { name: 'Joachim Post', role: 'Board member' }, source) // '“We set targets.” – Joachim Post, Board member (BMW Group press release, …#quote-post)'
 */
export function quoteCitation(
  quote: { id: string; text: string },
  speaker: { name: string; role?: string | undefined },
  source: CitationSource,
): string {
  const { lang } = source;
  return useTranslations(lang)('cite.quote', {
    quote: typesetPlain(`"${quote.text}"`, lang),
    speaker: speaker.role ? `${speaker.name}, ${speaker.role}` : speaker.name,
    ...reference(source, `quote-${quote.id}`),
  });
}
