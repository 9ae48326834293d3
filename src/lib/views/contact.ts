/** A press contact as pages draw it: on a release page and on the newsroom's home and about pages. */
import type { Person } from '~/lib/model/catalogue';

/** A press contact with links ready to draw. */
export interface ContactView {
  name: string;
  role: string | undefined;
  email: string | undefined;
  phone: { display: string; href: string } | undefined;
}

/**
 * A person with the role they hold on the day that matters (the release date, or today).
 * @example contactView({ data: { name: 'An', phone: '+31 70 123' } }, 'Woordvoerder').phone // { display: '+31 70 123' with no-break spaces, href: 'tel:+3170123' }
 */
export function contactView(person: Pick<Person, 'data'>, role: string | undefined): ContactView {
  const { email, phone } = person.data;
  return {
    name: person.data.name,
    role,
    email,
    // The number stays on one line; the link dials it without spaces.
    phone: phone
      ? { display: phone.replaceAll(' ', '\u00a0'), href: `tel:${phone.replace(/[^+\d]/g, '')}` }
      : undefined,
  };
}
