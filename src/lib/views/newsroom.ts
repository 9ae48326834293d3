/** What the newsroom's home and about pages add to the chrome: about text, publisher, press office, newsletter. */
import { defaultLang, type Lang } from '~/i18n/locales';
import { site } from '~/lib/config';
import { type Catalogue, newsroomContacts, publisherOf } from '~/lib/model/catalogue';
import { textIn } from '~/schemas/site';
import { contactView } from '~/lib/views/contact';

/** The newsroom for its home and about pages: about text, publisher, press office, newsletter form. */
export function newsroomView(cat: Catalogue, lang: Lang) {
  const publisher = publisherOf(cat);
  const subscribe = site.subscribe;
  return {
    about: site.about[lang],
    publisher: { name: publisher.data.name, website: publisher.data.website },
    contacts: newsroomContacts(cat, lang).map(({ person, role }) => contactView(person, role)),
    subscribe: subscribe && {
      action: subscribe.action,
      emailField: subscribe.emailField,
      label: textIn(subscribe.label, lang, defaultLang),
    },
  };
}

export type NewsroomView = ReturnType<typeof newsroomView>;
