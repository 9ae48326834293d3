/**
 * The press contact block read into people (name, role, phone, e-mail), matched to the
 * person files in `content/people/`, and the rest proposed as new person files.
 */
import { slugify } from '~/lib/authoring/slug';
import { cased, markers } from '~/lib/authoring/import/lexicon';
import { normaliseName } from '~/lib/authoring/import/quotes';
import type { KnownPerson, ProposedPerson } from '~/lib/authoring/import/types';

/** A person (or an office) in a contact block. */
export interface ContactEntry {
  name?: string | undefined;
  role?: string | undefined;
  emails: string[];
  phones: string[];
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const PHONE = /(?:\+|00)\d[\d\s()./-]{6,}\d|(?<![\d\w])0\d[\d\s()./-]{7,}\d/g;
const PERSON = new RegExp(
  String.raw`^(?:(?:${cased(markers.titles)})\s+)?\p{Lu}[\p{L}’'.-]+(?:\s+(?:(?:${markers.particles})\s+)*\p{Lu}[\p{L}’'-]+){1,3}$`,
  'u',
);

const digits = (phone: string) => phone.replace(/^00/, '+').replace(/[^\d+]/g, '');

/**
 * People in the lines of a contact block: a new person starts at each name.
 * @example readContacts(['Femke de Graaf, woordvoerder', 'Telefoon: +31 50 000 0000']) // [{ name: 'Femke de Graaf', role: 'woordvoerder', emails: [], phones: ['+31 50 000 0000'] }]
 */
export function readContacts(
  lines: readonly string[],
  organisations: readonly string[] = [],
): ContactEntry[] {
  const entries: ContactEntry[] = [];
  const orgs = new Set(organisations.map(normaliseName));
  let current: ContactEntry | undefined;
  const start = () => {
    current = { emails: [], phones: [] };
    entries.push(current);
    return current;
  };
  for (const line of lines) {
    const emails = line.match(EMAIL) ?? [];
    const phones = (line.replace(EMAIL, ' ').match(PHONE) ?? []).map((p) => p.trim());
    const segments = line
      .replace(EMAIL, ' ')
      .replace(PHONE, ' ')
      .split(/\s*[,|·•/]\s+|\s+[–—-]\s+|\s*\(|\)\s*/)
      .map((s) =>
        s
          .replace(markers.contactLabel, '')
          .replace(/[\s:,.;]+$/, '')
          .trim(),
      )
      .filter((s) => /\p{L}{2}/u.test(s));
    for (const segment of segments) {
      const isOrganisation = markers.department.test(segment) || orgs.has(normaliseName(segment));
      // Each name starts a person; the words after it on its line or the next are the role.
      if (PERSON.test(segment) && !isOrganisation) start().name = segment;
      else if (current?.name && !current.role && !orgs.has(normaliseName(segment))) current.role = segment;
    }
    if (emails.length > 0 || phones.length > 0) {
      const owner = current ?? start();
      owner.emails.push(...emails);
      owner.phones.push(...phones);
    }
  }
  return entries.filter((e) => e.name || e.emails.length > 0 || e.phones.length > 0);
}

/** Contact entries matched to person files; the others proposed as new ones, or reported. */
export function matchContacts(
  entries: readonly ContactEntry[],
  people: readonly KnownPerson[],
): { ids: string[]; proposed: ProposedPerson[]; unnamed: ContactEntry[] } {
  const ids: string[] = [];
  const proposed: ProposedPerson[] = [];
  const unnamed: ContactEntry[] = [];
  for (const entry of entries) {
    const person = people.find(
      (p) =>
        (entry.name && normaliseName(p.name) === normaliseName(entry.name)) ||
        (p.email && entry.emails.some((e) => e.toLowerCase() === p.email!.toLowerCase())) ||
        (p.phone && entry.phones.some((phone) => digits(phone) === digits(p.phone!))),
    );
    if (person) {
      if (!ids.includes(person.id)) ids.push(person.id);
    } else if (entry.name) {
      proposed.push({ ...proposePerson(entry.name, people, proposed, entry), contact: true });
    } else {
      unnamed.push(entry);
    }
  }
  return { ids, proposed, unnamed };
}

/** A new person file for a name, with an id no other person has. */
export function proposePerson(
  name: string,
  people: readonly KnownPerson[],
  others: readonly ProposedPerson[],
  details: { role?: string | undefined; emails?: readonly string[]; phones?: readonly string[] } = {},
): ProposedPerson {
  const base = slugify(name) || 'person';
  const taken = new Set([...people.map((p) => p.id), ...others.map((p) => p.id)]);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return { id, name, role: details.role, email: details.emails?.[0], phone: details.phones?.[0] };
}
