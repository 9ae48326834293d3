/**
 * What every page shows of the newsroom (name, logo, footer links) and what its home and
 * about pages add (about text, publisher, press office, newsletter form), from site.yaml.
 */
import { defaultLang, useTranslations, type Lang } from '~/i18n/locales';
import { site, siteName } from '~/lib/config';
import { type Catalogue, newsroomContacts, publisherOf } from '~/lib/model/catalogue';
import { logoAsset } from '~/lib/outputs/logo';
import { aboutUrl, homeUrl } from '~/lib/urls';
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

/** The newsroom for its home and about pages: about text, publisher, press office, newsletter form. */
export function newsroomView(cat: Catalogue, lang: Lang) {
  const publisher = publisherOf(cat);
  const subscribe = site.subscribe;
  return {
    about: site.about[lang],
    publisher: { name: publisher.data.name, website: publisher.data.website },
    contacts: newsroomContacts(cat, lang),
    subscribe: subscribe && {
      action: subscribe.action,
      emailField: subscribe.emailField,
      label: textIn(subscribe.label, lang, defaultLang),
    },
  };
}

export type NewsroomView = ReturnType<typeof newsroomView>;
