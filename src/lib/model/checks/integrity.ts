/**
 * Cross-file checks the schemas cannot make: ids that must exist, translations that
 * must pair up, placeholders that must name real facts. Each problem names the file,
 * the field and what was expected.
 */
import { checkParity, staleFacts, unmentionedFigures, type FigureVersion } from '~/lib/model/checks/claims';
import { placeholderKeys, roleOn, type Fact, type Role } from '~/lib/model/facts';
import { calendarDay } from '~/lib/locale/dates';
import { langs, type Lang } from '~/i18n/locales';
import { parseReleaseId } from '~/lib/model/releases';
import type { Problem } from '~/lib/model/checks/problem';

export type { Problem } from '~/lib/model/checks/problem';
export { formatProblems } from '~/lib/model/checks/problem';

export interface ReleaseInput {
  id: string;
  file: string;
  data: {
    date: Date;
    translationKey: string;
    company: string[];
    topics: string[];
    contacts: string[];
    quotes: { id: string; person: string }[];
    keyFigures: FigureVersion['keyFigures'];
  };
  /** Headline, subtitle, highlights, quotes and body: where key figures must be mentioned. */
  text: string;
}

export interface CompanyInput {
  id: string;
  file: string;
  facts: readonly Fact[];
  boilerplate: Partial<Record<Lang, string[]>>;
}

export interface PersonInput {
  id: string;
  file: string;
  roles: readonly Role[];
  email?: string | undefined;
  phone?: string | undefined;
}

export interface ContentInput {
  releases: readonly ReleaseInput[];
  companies: readonly CompanyInput[];
  people: readonly PersonInput[];
  topics: readonly string[];
  timeZone: string;
  /** Unmentioned key figures are errors rather than warnings. */
  strict?: boolean;
}

/** What a release's parsed front-matter contributes to the checks. */
export interface ReleaseData extends Omit<ReleaseInput['data'], 'translationKey' | 'quotes'> {
  title: string;
  subtitle?: string | undefined;
  highlights: readonly string[];
  translationKey?: string | undefined;
  quotes: { id: string; person: string; text: string }[];
}

/** The words of a release in which its key figures must be mentioned. */
export function releaseText(data: ReleaseData, body: string | undefined): string {
  return [data.title, data.subtitle, ...data.highlights, ...data.quotes.map((q) => q.text), body].join('\n');
}

/**
 * A release as the checks see it, shared by the build and `npm run validate` so they agree.
 * An untranslated release may leave out translationKey: its own id then pairs it with nothing.
 */
export function releaseInput(release: {
  id: string;
  file: string;
  data: ReleaseData;
  body: string | undefined;
}): ReleaseInput {
  const { id, file, data, body } = release;
  return {
    id,
    file,
    data: { ...data, translationKey: data.translationKey ?? id },
    text: releaseText(data, body),
  };
}

const list = (ids: Iterable<string>) => [...ids].sort().join(', ') || '(none)';

/** Every cross-file problem in the content, errors and warnings alike. */
export function checkIntegrity(input: ContentInput): Problem[] {
  const problems: Problem[] = [];
  const error = (file: string, field: string, message: string) =>
    problems.push({ severity: 'error', file, field, message });

  const companies = new Map(input.companies.map((c) => [c.id, c]));
  const people = new Map(input.people.map((p) => [p.id, p]));
  const topics = new Set(input.topics);
  const seenKeys = new Map<string, string>();
  const versions = new Map<string, FigureVersion[]>();

  for (const release of input.releases) {
    const { file, data } = release;
    const where = parseReleaseId(release.id);
    if (!where) {
      error(
        file,
        '(path)',
        `expected content/releases/<lang>/<yyyy>/<slug>.md with <lang> one of ${langs.join(', ')}`,
      );
      continue;
    }
    const day = calendarDay(data.date, input.timeZone);
    if (day.slice(0, 4) !== where.year) {
      error(file, 'date', `expected a date in ${where.year} (the year folder), got ${day}`);
    }

    const keyOwner = seenKeys.get(`${where.lang}\u0000${data.translationKey}`);
    if (keyOwner) {
      error(
        file,
        'translationKey',
        `"${data.translationKey}" is already used by ${keyOwner} in the same language; expected one release per language per translationKey`,
      );
    } else {
      seenKeys.set(`${where.lang}\u0000${data.translationKey}`, file);
    }

    const group = versions.get(data.translationKey) ?? [];
    group.push({ file, lang: where.lang, keyFigures: data.keyFigures });
    versions.set(data.translationKey, group);
    problems.push(
      ...unmentionedFigures(
        { file, lang: where.lang, text: release.text, keyFigures: data.keyFigures },
        input.strict,
      ),
    );

    data.company.forEach((id, i) => {
      const company = companies.get(id);
      if (company?.boilerplate[where.lang]?.length) {
        problems.push(
          ...staleFacts(
            { file: company.file, facts: company.facts, sentences: company.boilerplate[where.lang]! },
            { file, day },
          ),
        );
      }
      if (!company) {
        error(
          file,
          `company${data.company.length > 1 ? `.${i}` : ''}`,
          `unknown company "${id}"; expected one of: ${list(companies.keys())}`,
        );
      } else if (!company.boilerplate[where.lang]?.length) {
        error(
          company.file,
          `boilerplate.${where.lang}`,
          `expected sentences in "${where.lang}" for the note to editors of ${file}`,
        );
      }
    });
    data.topics.forEach((id, i) => {
      if (!topics.has(id))
        error(file, `topics.${i}`, `unknown topic "${id}"; expected one of: ${list(topics)}`);
    });
    data.contacts.forEach((id, i) => {
      const person = people.get(id);
      if (!person) {
        error(file, `contacts.${i}`, `unknown person "${id}"; expected one of: ${list(people.keys())}`);
      } else if (!person.email && !person.phone) {
        error(person.file, 'email', `expected an email or phone: ${id} is a press contact in ${file}`);
      }
    });
    data.quotes.forEach((quote, i) => {
      const person = people.get(quote.person);
      if (!person) {
        error(
          file,
          `quotes.${i}.person`,
          `unknown person "${quote.person}"; expected one of: ${list(people.keys())}`,
        );
        return;
      }
      const role = roleOn(person.roles, day);
      if (role && !role.title[where.lang]) {
        error(
          person.file,
          'roles',
          `expected a "${where.lang}" title for the role held on ${day} (quoted in ${file})`,
        );
      }
    });
    const seenIds = new Set<string>();
    for (const [field, items] of [
      ['keyFigures', data.keyFigures],
      ['quotes', data.quotes],
    ] as const) {
      items.forEach((item, i) => {
        if (seenIds.has(`${field}:${item.id}`)) {
          error(file, `${field}.${i}.id`, `duplicate id "${item.id}"; expected each id once per release`);
        }
        seenIds.add(`${field}:${item.id}`);
      });
    }
  }

  // The version in the earliest language of the locale table (Dutch first) is the reference.
  for (const group of versions.values()) {
    problems.push(...checkParity([...group].sort((a, b) => langs.indexOf(a.lang) - langs.indexOf(b.lang))));
  }

  for (const company of input.companies) {
    const keys = new Set(company.facts.map((f) => f.key));
    for (const [lang, sentences] of Object.entries(company.boilerplate)) {
      sentences?.forEach((sentence, i) => {
        for (const key of placeholderKeys(sentence)) {
          if (!keys.has(key)) {
            error(
              company.file,
              `boilerplate.${lang}.${i}`,
              `placeholder {${key}} names no fact; expected one of: ${list(keys)}`,
            );
          }
        }
      });
    }
  }
  return problems;
}
