import { formatDay } from '~/lib/locale/dates';
import { formatQuantity } from '~/lib/locale/format';
import type { Lang } from '~/i18n/locales';
import type { Qualifier, Unit } from '~/lib/units';

/** One dated company figure. Days are `YYYY-MM-DD` strings, compared as text. */
export interface Fact {
  key: string;
  value: number;
  unit: Unit;
  /** How the number relates to the truth; absent means exactly. */
  qualifier?: Qualifier | undefined;
  /** The day the figure describes (a reporting date or period end). */
  asOf: string;
  /** The day the figure became public. */
  published: string;
}

/**
 * The facts as they were public on `day`: per key, among facts published on or before
 * that day, the one describing the latest date (then the latest published) wins.
 */
export function factsAsOf(facts: readonly Fact[], day: string): Map<string, Fact> {
  const current = new Map<string, Fact>();
  for (const fact of facts) {
    if (fact.published > day) continue;
    const best = current.get(fact.key);
    if (!best || fact.asOf > best.asOf || (fact.asOf === best.asOf && fact.published > best.published)) {
      current.set(fact.key, fact);
    }
  }
  return current;
}

/**
 * The facts that were public on `day`: a figure entered ahead of its publication stays out.
 * @example publishedBy(facts, '2023-02-20')
 */
export function publishedBy<F extends Pick<Fact, 'published'>>(facts: readonly F[], day: string): F[] {
  return facts.filter((fact) => fact.published <= day);
}

/** `{key}`, `{key.year}` or `{key.asOf}` inside a boilerplate sentence. */
const PLACEHOLDER = /\{([a-z0-9][a-z0-9-]*)(?:\.(year|asOf))?\}/g;

/** The fact keys a boilerplate sentence refers to. */
export function placeholderKeys(sentence: string): string[] {
  return [...sentence.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

export interface Boilerplate {
  /** Sentences with every placeholder filled in. */
  sentences: string[];
  /** Sentences left out because a fact they need was not public yet, with the missing keys. */
  omitted: { sentence: string; missing: string[] }[];
}

/**
 * Fills a company's boilerplate with the facts public on `day`; a sentence whose fact
 * was not yet public is left out and reported.
 * @example renderBoilerplate(['{employees} staff.'], facts, '2023-02-20', 'en')
 */
export function renderBoilerplate(
  sentences: readonly string[],
  facts: readonly Fact[],
  day: string,
  lang: Lang,
): Boilerplate {
  const current = factsAsOf(facts, day);
  const result: Boilerplate = { sentences: [], omitted: [] };
  for (const sentence of sentences) {
    const missing = placeholderKeys(sentence).filter((key) => !current.has(key));
    if (missing.length > 0) {
      result.omitted.push({ sentence, missing: [...new Set(missing)] });
      continue;
    }
    result.sentences.push(
      sentence.replace(PLACEHOLDER, (_match, key: string, part?: 'year' | 'asOf') => {
        const fact = current.get(key)!;
        if (part === 'year') return fact.asOf.slice(0, 4);
        if (part === 'asOf') return formatDay(fact.asOf, lang);
        return formatQuantity(fact.value, fact.unit, lang);
      }),
    );
  }
  return result;
}

/** A role held over a span of days; `until` open means still held. */
export interface Role {
  from: string;
  until?: string | undefined;
  title: Partial<Record<Lang, string>>;
}

/**
 * The role held on `day`, or undefined when none was.
 * @example roleOn(person.roles, '2023-02-20')?.title.nl
 */
export function roleOn(roles: readonly Role[], day: string): Role | undefined {
  return roles.find((role) => role.from <= day && (!role.until || day <= role.until));
}

/** All published values of one fact key, oldest first. */
export interface FactSeries {
  key: string;
  /** Every fact of the key by `asOf`, then `published`: restatements stay visible. */
  facts: Fact[];
  /** Per `asOf`, the latest published value: what a chart of the key draws. */
  latest: Fact[];
}

/**
 * The history of each fact key, keys in order of first appearance.
 * @example factHistory(company.facts)[0] // { key: 'cars-sold', facts: [...], latest: [...] }
 */
export function factHistory(facts: readonly Fact[]): FactSeries[] {
  const byKey = new Map<string, Fact[]>();
  for (const fact of facts) byKey.set(fact.key, [...(byKey.get(fact.key) ?? []), fact]);
  return [...byKey].map(([key, list]) => {
    const sorted = [...list].sort(
      (a, b) => a.asOf.localeCompare(b.asOf) || a.published.localeCompare(b.published),
    );
    const latest = new Map<string, Fact>();
    for (const fact of sorted) latest.set(fact.asOf, fact);
    return { key, facts: sorted, latest: [...latest.values()] };
  });
}
