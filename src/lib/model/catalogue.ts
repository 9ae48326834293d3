/**
 * The one query module. Pages never call getCollection: they ask here, and this
 * module decides what is public (drafts, embargo), checks cross-file integrity once,
 * pairs translations and names topics, companies and people.
 *
 * "Public" is decided here and only here. The catalogue's `releases` are what this build has
 * pages for (in the staff preview and the dev server that includes drafts and embargoed
 * releases, shown with a banner); `published` is what the public may see. Every machine-readable
 * output (feeds, exports, sitemap, ninjs, search) takes a `Published` and nothing else, so no
 * output can forget the rule.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildNow, contentDir, showsUnpublished, site, siteFile, strictChecks } from '~/lib/config';
import { citedRecords } from '~/lib/model/cited';
import { documentPath, documentProblem, type DocumentReader } from '~/lib/model/documents';
import { calendarDay } from '~/lib/locale/dates';
import { publishedBy, renderBoilerplate, roleOn, type Boilerplate, type Fact } from '~/lib/model/facts';
import { checkIntegrity, formatProblems, releaseInput } from '~/lib/model/checks/integrity';
import type { Lang } from '~/i18n/locales';
import {
  byDateDesc,
  groupVisibility,
  isPublic,
  parseReleaseId,
  publicationTime,
  translationGroups,
  type ReleaseLocation,
} from '~/lib/model/releases';
import { releaseUrl } from '~/lib/urls';

export type ReleaseEntry = CollectionEntry<'releases'>;
export type Company = CollectionEntry<'companies'>;
export type Person = CollectionEntry<'people'>;
export type Evidence = CollectionEntry<'evidence'>;
export type Target = CollectionEntry<'targets'>;

/** A release ready to render: its entry, where it lives, and its public translations. */
export interface Release extends ReleaseLocation {
  entry: ReleaseEntry;
  id: string;
  url: string;
  translationKey: string;
  /** Calendar day of the release date in the site's time zone. */
  day: string;
  /** Whether the release is public at build time (false only in staff preview and dev). */
  isPublic: boolean;
  /** All language versions in this build, this one included, in locale-table order. */
  versions: Release[];
}

export type Topic = CollectionEntry<'topics'>;

/** Names and data by id: what every page and output looks up. */
export interface Registry {
  companies: Map<string, Company>;
  people: Map<string, Person>;
  topics: Map<string, Topic>;
}

/** Evidence records and targets cited by a set of releases: the only ones that get pages or exports. */
export interface Cited {
  evidence: Map<string, Evidence>;
  targets: Map<string, Target>;
}

export interface Catalogue extends Registry, Cited {
  /** Every release this build has a page for, newest first. */
  releases: Release[];
  /** What the public may see; the only input of feeds, exports, sitemap, ninjs and search. */
  published: Published;
}

declare const publishedBrand: unique symbol;

/**
 * The public part of the catalogue: public releases (their `versions` public ones only) and the
 * companies named in them. Only this module makes one, so an output that asks for a
 * `Published` cannot be handed anything unpublished.
 */
export interface Published extends Registry, Cited {
  readonly [publishedBrand]: true;
  /** Public releases, newest first. */
  releases: Release[];
  /** Companies with at least one public release, in file order. */
  publicCompanies: Company[];
  // `evidence` and `targets`: the records public releases cite, and no other (see lib/model/cited.ts).
}

let catalogue: Promise<Catalogue> | undefined;

/** The content of this build, loaded and checked once. */
export function getCatalogue(): Promise<Catalogue> {
  catalogue ??= loadCatalogue();
  return catalogue;
}

async function loadCatalogue(): Promise<Catalogue> {
  const [entries, companies, people, topics, evidence, targets] = await Promise.all([
    getCollection('releases'),
    getCollection('companies'),
    getCollection('people'),
    getCollection('topics'),
    getCollection('evidence'),
    getCollection('targets'),
  ]);
  const read = contentReader();
  const fileOf = (entry: { id: string; filePath?: string | undefined }, fallback: string) =>
    entry.filePath ?? fallback;

  const problems = checkIntegrity({
    releases: entries.map((e) =>
      releaseInput({ id: e.id, file: fileOf(e, `releases/${e.id}`), data: e.data, body: e.body }),
    ),
    companies: companies.map((c) => ({
      id: c.id,
      file: fileOf(c, `companies/${c.id}.yaml`),
      name: c.data.name,
      facts: c.data.facts,
      boilerplate: c.data.boilerplate,
    })),
    evidence: evidence.map((e) => ({
      id: e.id,
      file: fileOf(e, `evidence/${e.id}.yaml`),
      ...e.data,
      documentProblem: e.data.document && documentProblem(e.data.document, recordRel('evidence', e.id), read),
    })),
    targets: targets.map((t) => ({
      id: t.id,
      file: fileOf(t, `targets/${t.id}.yaml`),
      ...t.data,
      planProblem: t.data.plan && documentProblem(t.data.plan, recordRel('targets', t.id), read),
    })),
    people: people.map((p) => ({ id: p.id, file: fileOf(p, `people/${p.id}.yaml`), ...p.data })),
    topics: topics.map((t) => t.id),
    timeZone: site.timeZone,
    strict: strictChecks,
  });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    throw new Error(`Content has ${errors.length} error(s):\n${formatProblems(errors)}`);
  }
  for (const warning of problems.filter((p) => p.severity === 'warning')) {
    console.warn(formatProblems([warning]));
  }

  const now = buildNow();
  // The same rule as the loader: one embargo per translation group.
  const visibility = groupVisibility(entries);
  const releases: Release[] = entries
    .map((entry) => {
      const seen = visibility.get(entry.id)!;
      const where = parseReleaseId(entry.id)!;
      // A release dated before its embargo goes out when the embargo lifts: that moment is its
      // date on the page, in feeds, exports and JSON-LD, and the day its note to editors is as of.
      const date = publicationTime(seen);
      return {
        ...where,
        entry: date === entry.data.date ? entry : { ...entry, data: { ...entry.data, date } },
        id: entry.id,
        url: releaseUrl(where),
        translationKey: translationKeyOf(entry),
        day: calendarDay(date, site.timeZone),
        isPublic: isPublic(seen, now),
        versions: [],
      };
    })
    .filter((release) => showsUnpublished || release.isPublic)
    .sort((a, b) => byDateDesc(a.entry, b.entry));
  pairTranslations(releases);

  const registry: Registry = {
    companies: new Map(companies.map((c) => [c.id, c])),
    people: new Map(people.map((p) => [p.id, p])),
    topics: new Map(topics.map((t) => [t.id, t])),
  };
  const records = { evidence, targets };
  const result: Catalogue = {
    ...registry,
    ...cited(releases, records),
    releases,
    published: publish(registry, releases, records),
  };
  for (const release of releases) {
    for (const note of notesToEditors(result, release)) {
      for (const omitted of note.boilerplate.omitted) {
        console.warn(
          `warning: ${release.entry.filePath}: note to editors: left out "${omitted.sentence}": fact ${omitted.missing.join(', ')} not public on ${release.day}`,
        );
      }
    }
  }
  return result;
}

/** An untranslated release may leave out translationKey: its own id then pairs it with nothing. */
function translationKeyOf(entry: ReleaseEntry): string {
  return entry.data.translationKey ?? entry.id;
}

/** Gives each release the list of its language versions (itself included). */
function pairTranslations(releases: Release[]): void {
  for (const group of translationGroups(releases).values()) {
    for (const release of group) release.versions = group;
  }
}

/** The records a set of releases cites. */
function cited(releases: readonly Release[], records: { evidence: Evidence[]; targets: Target[] }): Cited {
  const dataOf = (r: Release) => r.entry.data;
  return {
    evidence: citedRecords(releases, records.evidence, 'evidence', dataOf),
    targets: citedRecords(releases, records.targets, 'targets', dataOf),
  };
}

/**
 * The public part of a build: public releases, paired among themselves only, and the evidence
 * and targets they cite (an embargoed release is not loaded, so a record only it cites is left out).
 */
function publish(
  registry: Registry,
  releases: readonly Release[],
  records: { evidence: Evidence[]; targets: Target[] },
): Published {
  const visible = releases.filter((r) => r.isPublic).map((r) => ({ ...r, versions: [] }));
  pairTranslations(visible);
  const named = new Set(visible.flatMap((r) => r.entry.data.company));
  return {
    ...registry,
    ...cited(visible, records),
    releases: visible,
    publicCompanies: [...registry.companies.values()].filter((c) => named.has(c.id)),
  } as Omit<Published, typeof publishedBrand> as Published;
}

/** Releases of one language, newest first. */
export function releasesIn(cat: { releases: readonly Release[] }, lang: Lang): Release[] {
  return cat.releases.filter((r) => r.lang === lang);
}

/** A topic's label in a language; the id where the topic has no label in that language. */
export function topicLabel(cat: Registry, id: string, lang: Lang): string {
  return cat.topics.get(id)?.data.label[lang] ?? id;
}

/** A company's name; checkIntegrity guarantees the id exists, the id is the last resort. */
export function companyName(cat: Registry, id: string): string {
  return cat.companies.get(id)?.data.name ?? id;
}

/** The note to editors of each issuing company, from the facts public on the release date. */
export function notesToEditors(cat: Registry, release: Release): NoteToEditors[] {
  // Computed once per release: the catalogue's load reports omissions, the page shows the notes.
  let notes = noteCache.get(release);
  if (!notes) {
    notes = release.entry.data.company.map((id) => {
      const company = cat.companies.get(id)!;
      return {
        company,
        boilerplate: renderBoilerplate(
          company.data.boilerplate[release.lang] ?? [],
          company.data.facts,
          release.day,
          release.lang,
        ),
      };
    });
    noteCache.set(release, notes);
  }
  return notes;
}

/** One company's note to editors under a release. */
export interface NoteToEditors {
  company: Company;
  boilerplate: Boilerplate;
}
const noteCache = new WeakMap<Release, NoteToEditors[]>();

/** A company's facts that are public at build time: pages and exports never show a figure early. */
export function publicFacts(company: Company): Fact[] {
  return publishedBy(company.data.facts, calendarDay(buildNow(), site.timeZone));
}

/** A person with the role title they held on the release date, in its language. */
export function speakerOn(cat: Registry, personId: string, release: Release) {
  const person = cat.people.get(personId)!;
  const role = roleOn(person.data.roles, release.day);
  return { person, role: role?.title[release.lang] };
}

/**
 * The company that runs the newsroom (`publisher` in site.yaml). Read-only; an unknown id
 * fails the page with the field to fix (`npm run validate` reports it with its line).
 */
export function publisherOf(cat: Catalogue): Company {
  const company = cat.companies.get(site.publisher);
  if (!company) {
    throw new Error(
      `${siteFile}: publisher: unknown company "${site.publisher}"; expected one of: ${[...cat.companies.keys()].sort().join(', ')}`,
    );
  }
  return company;
}

/** The newsroom's press office (`contacts` in site.yaml), each with the role they hold at build time. */
export function newsroomContacts(cat: Catalogue, lang: Lang): { person: Person; role: string | undefined }[] {
  const today = calendarDay(buildNow(), site.timeZone);
  return site.contacts.map((id, i) => {
    const person = cat.people.get(id);
    if (!person) {
      throw new Error(
        `${siteFile}: contacts.${i}: unknown person "${id}"; expected one of: ${[...cat.people.keys()].sort().join(', ')}`,
      );
    }
    return { person, role: roleOn(person.data.roles, today)?.title[lang] };
  });
}

/** Where a record lives under the content folder; its document path is relative to it. */
export function recordRel(kind: 'evidence' | 'targets', id: string): string {
  return `${kind}/${id}.yaml`;
}

/** Reads files under the content folder, for the checks on documents. */
function contentReader(): DocumentReader {
  return (path) => {
    try {
      return readFileSync(join(contentDir, path));
    } catch {
      return undefined;
    }
  };
}

/** The document files the given records point at, as paths under the content folder (each once). */
export function documentFiles(records: Cited): string[] {
  const paths = [
    ...[...records.evidence.values()].flatMap((e) =>
      e.data.document ? [documentPath(e.data.document, recordRel('evidence', e.id))] : [],
    ),
    ...[...records.targets.values()].flatMap((t) =>
      t.data.plan ? [documentPath(t.data.plan, recordRel('targets', t.id))] : [],
    ),
  ];
  return [...new Set(paths.filter((p): p is string => p !== undefined))].sort();
}
