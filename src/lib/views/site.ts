/**
 * What every page shows of the newsroom, from site.yaml: name, logo, footer links.
 * What its home and about pages add is in `newsroom.ts`.
 */
import { defaultLang, langs, useTranslations, type Lang } from '~/i18n/locales';
import { site, siteName } from '~/lib/config';
import { logoAsset } from '~/lib/outputs/logo';
import { aboutUrl, homeUrl, subscribeUrl } from '~/lib/urls';
import { textIn } from '~/schemas/site';

/** A link in the footer. */
export interface SiteLink {
  href: string;
  label: string;
}

/** The newsroom's chrome in one language: header, footer and print masthead. */
export function siteView(lang: Lang) {
  const t = useTranslations(lang);
  const name = siteName(lang);
  const asset = logoAsset();
  const alt = site.logo ? textIn(site.logo.alt, lang, defaultLang) : '';
  const { privacy, imprint, website, social } = site.links;
  const links: SiteLink[] = [
    { href: aboutUrl(lang), label: t('nav.about') },
    // Following is explained on a page of its own; no footer link hands anyone raw XML.
    { href: subscribeUrl(lang), label: t('follow.title') },
    ...(website ? [{ href: website, label: t('links.website') }] : []),
    ...Object.entries(social).map(([label, href]) => ({ href, label })),
    ...(privacy ? [{ href: privacy, label: t('links.privacy') }] : []),
    ...(imprint ? [{ href: imprint, label: t('links.imprint') }] : []),
  ];
  return {
    name,
    home: homeUrl(lang),
    logo: asset && {
      src: asset.url,
      // Next to the name, a logo that only says the name again is decoration.
      alt: alt === name ? '' : alt,
      width: asset.size?.width,
      height: asset.size?.height,
    },
    links,
  };
}

export type SiteView = ReturnType<typeof siteView>;

/**
 * The `<title>` of a page: its own title, then the newsroom's name (once, on the root page).
 * @example documentTitle('Archive', 'en') // 'Archive · Perskamer'
 */
export function documentTitle(title: string, lang: Lang): string {
  const name = siteName(lang);
  return title === name ? name : `${title} · ${name}`;
}

/** One language in the header's language switch. */
export interface LanguageLink {
  lang: Lang;
  href: string;
  /** The language of the page itself. */
  current: boolean;
  /** False where the page has no version in that language: `href` is that language's nearest page. */
  translated: boolean;
}

/**
 * Every language of the site, in the site's order, for the header: the page's own version where
 * it has one, else that language's nearest page (`nearest`, by default its home page), so that
 * no reader is ever left without a way to their language.
 * @example languageLinks('nl', [{ lang: 'nl', path: '/nl/x/' }]).find((l) => l.lang === 'en') // { lang: 'en', href: '/en/', current: false, translated: false }
 */
export function languageLinks(
  lang: Lang,
  versions: readonly { lang: Lang; path: string }[],
  nearest: (lang: Lang) => string = homeUrl,
): LanguageLink[] {
  return langs.map((other) => {
    const version = versions.find((v) => v.lang === other);
    return {
      lang: other,
      href: version?.path ?? nearest(other),
      current: other === lang,
      translated: other === lang || version !== undefined,
    };
  });
}
