/**
 * Cross-file checks the schemas cannot make: ids that must exist, translations that
 * must pair up, placeholders that must name real facts, and the text of a release that must
 * be fit to publish. The build runs them on what it loads and `npm run validate` on every
 * file, drafts included, so both say the same. Each problem names the file, the field and
 * what was expected.
 */
import { checkParity, staleFacts, unmentionedFigures, type FigureVersion } from '~/lib/model/checks/claims';
import {
  checkCitations,
  checkEvidenceRecords,
  checkReleaseClaims,
  checkTargetRecords,
  type CitingRelease,
  type EvidenceInput,
  type TargetInput,
} from '~/lib/model/checks/citations';
import { positionAt, textProblems, type TextFormat } from '~/lib/model/checks/text';
import { placeholderKeys, roleOn, type Fact, type Role } from '~/lib/model/facts';
import { calendarDay } from '~/lib/locale/dates';
import { langs, locales, type Lang } from '~/i18n/locales';
import {
  parseReleaseId,
  releasePathProblems,
  underReleases,
  type ReleaseLocation,
} from '~/lib/model/releases';
import { error, idList, type Problem } from '~/lib/model/checks/problem';

export type { Problem } from '~/lib/model/checks/problem';
export type { EvidenceInput, TargetInput } from '~/lib/model/checks/citations';
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
    quotes: { id: string; person: string; text?: string | undefined }[];
    keyFigures: (FigureVersion['keyFigures'][number] & {
      label?: string | undefined;
      baseline?: string | undefined;
    })[];
    /** A draft may still hold TODOs; one that would be published may not. */
    draft?: boolean | undefined;
    /** With `date`, when the release goes public: evidence it cites must be public by then. */
    embargo?: Date | undefined;
    title?: string | undefined;
    subtitle?: string | undefined;
    highlights?: readonly string[] | undefined;
    /** Ids of evidence records and targets the release cites. */
    evidence?: readonly string[] | undefined;
    targets?: readonly string[] | undefined;
    /** Words that are no environmental claim, with the reason (see lib/model/checks/green-claims.ts). */
    claimExceptions?: readonly { phrase: string; reason: string; field?: string | undefined }[] | undefined;
  };
  /** Headline, subtitle, highlights, quotes and body: where key figures must be mentioned. */
  text: string;
  /** The Markdown or MDX below the front-matter. */
  body?: string | undefined;
  format?: TextFormat | undefined;
  /** Every front-matter text a reader sees, with its field. */
  published?: readonly PublishedText[] | undefined;
}

/** One front-matter text a reader sees: `{ field: 'keyFigures.0.label', text: 'huishoudens' }`. */
export interface PublishedText {
  field: string;
  text: string;
}

export interface CompanyInput {
  id: string;
  file: string;
  /** The company's name: a sentence naming it is the company speaking (green-claims checks). */
  name?: string | undefined;
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
  /** Evidence records (`content/evidence/`) and targets (`content/targets/`). */
  evidence?: readonly EvidenceInput[];
  targets?: readonly TargetInput[];
  timeZone: string;
  /** Unmentioned key figures and generic environmental claims are errors rather than warnings. */
  strict?: boolean;
}

/** What a release's parsed front-matter contributes to the checks. */
export interface ReleaseData extends Omit<ReleaseInput['data'], 'translationKey' | 'quotes' | 'keyFigures'> {
  title: string;
  subtitle?: string | undefined;
  highlights: readonly string[];
  location?: string | undefined;
  translationKey?: string | undefined;
  keyFigures: readonly (FigureVersion['keyFigures'][number] & {
    label?: string | undefined;
    baseline?: string | undefined;
    source?: string | undefined;
  })[];
  quotes: { id: string; person: string; text: string }[];
  images?: readonly { alt: string; caption?: string | undefined; credit?: string | undefined }[] | undefined;
  updated?: { note: string } | undefined;
}

/** The words of a release in which its key figures must be mentioned. */
export function releaseText(data: ReleaseData, body: string | undefined): string {
  return [data.title, data.subtitle, ...data.highlights, ...data.quotes.map((q) => q.text), body].join('\n');
}

/**
 * Every front-matter text of a release that readers see, with its field.
 * @example publishedTexts({ title: 'A', highlights: ['B'], … }) // [{ field: 'title', text: 'A' }, { field: 'highlights.0', text: 'B' }]
 */
export function publishedTexts(data: ReleaseData): PublishedText[] {
  const texts: PublishedText[] = [];
  const add = (field: string, text: string | undefined) => {
    if (typeof text === 'string') texts.push({ field, text });
  };
  add('title', data.title);
  add('subtitle', data.subtitle);
  data.highlights.forEach((text, i) => add(`highlights.${i}`, text));
  add('location', data.location);
  data.keyFigures.forEach((figure, i) => {
    for (const key of ['label', 'baseline', 'period', 'source'] as const)
      add(`keyFigures.${i}.${key}`, figure[key]);
  });
  data.quotes.forEach((quote, i) => add(`quotes.${i}.text`, quote.text));
  data.images?.forEach((image, i) => {
    for (const key of ['alt', 'caption', 'credit'] as const) add(`images.${i}.${key}`, image[key]);
  });
  add('updated.note', data.updated?.note);
  return texts;
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
    data: {
      ...data,
      keyFigures: [...data.keyFigures],
      translationKey: data.translationKey ?? id,
      draft: data.draft ?? false,
    },
    text: releaseText(data, body),
    body: body ?? '',
    format: file.endsWith('.mdx') ? 'mdx' : 'md',
    published: publishedTexts(data),
  };
}

/** Every cross-file problem in the content, errors and warnings alike. */
export function checkIntegrity(input: ContentInput): Problem[] {
  const located = locate(input.releases, input.timeZone);
  return [
    ...checkReleasePaths(input.releases),
    ...checkYearFolders(located),
    ...checkTranslationKeys(located),
    ...checkCompanies(located, input.companies),
    ...checkTopics(located, input.topics),
    ...checkContacts(located, input.people),
    ...checkSpeakers(located, input.people),
    ...checkItemIds(located),
    ...checkFigures(located, input.strict),
    ...checkPlaceholders(input.companies),
    ...checkUnfinished(input.releases),
    ...checkTexts(input.releases),
    ...checkClaims(located, input),
  ];
}

/** Evidence and targets, the ids releases cite, and the green-claims rules on every release. */
function checkClaims(releases: readonly Located[], input: ContentInput): Problem[] {
  const evidence = input.evidence ?? [];
  const targets = input.targets ?? [];
  const citing = releases.map((r): CitingRelease => {
    const { data } = r;
    const goesOut = data.embargo && data.embargo > data.date ? data.embargo : data.date;
    return {
      file: r.file,
      lang: r.where.lang,
      day: calendarDay(goesOut, input.timeZone),
      draft: data.draft,
      company: data.company,
      evidence: data.evidence,
      targets: data.targets,
      keyFigures: data.keyFigures,
      title: data.title,
      subtitle: data.subtitle,
      highlights: data.highlights,
      quotes: data.quotes,
      body: r.body,
      claimExceptions: data.claimExceptions,
    };
  });
  return [
    ...checkEvidenceRecords(evidence, input.companies),
    ...checkTargetRecords(targets, input.companies),
    ...checkCitations(citing, evidence, targets, input.companies),
    ...checkReleaseClaims(citing, evidence, targets, input.companies, input.strict),
  ];
}

/** A release whose path could be read: its language, year folder and calendar day. */
interface Located extends ReleaseInput {
  where: ReleaseLocation;
  /** Calendar day of the release date in the site's time zone. */
  day: string;
}

function locate(releases: readonly ReleaseInput[], timeZone: string): Located[] {
  return releases.flatMap((release) => {
    const where = parseReleaseId(release.id);
    return where ? [{ ...release, where, day: calendarDay(release.data.date, timeZone) }] : [];
  });
}

/** A release lives at `releases/<lang>/<yyyy>/<slug>.md(x)` with a file name that is a clean slug. */
export function checkReleasePaths(releases: readonly ReleaseInput[]): Problem[] {
  return releases.flatMap((release) => {
    const path = underReleases(release.file);
    const problems = path ? releasePathProblems(path) : [];
    if (problems.length > 0) return problems.map((message) => error(release.file, '(path)', message));
    if (parseReleaseId(release.id)) return [];
    return [
      error(
        release.file,
        '(path)',
        `expected content/releases/<lang>/<yyyy>/<slug>.md with <lang> one of ${langs.join(', ')}`,
      ),
    ];
  });
}

/** The release date falls in the year of its folder. */
export function checkYearFolders(releases: readonly Located[]): Problem[] {
  return releases
    .filter((r) => r.day.slice(0, 4) !== r.where.year)
    .map((r) => error(r.file, 'date', `expected a date in ${r.where.year} (the year folder), got ${r.day}`));
}

/** One release per language per translationKey. */
export function checkTranslationKeys(releases: readonly Located[]): Problem[] {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const { file, where, data } of releases) {
    const key = `${where.lang}\u0000${data.translationKey}`;
    const owner = seen.get(key);
    if (owner) {
      problems.push(
        error(
          file,
          'translationKey',
          `"${data.translationKey}" is already used by ${owner} in the same language; expected one release per language per translationKey`,
        ),
      );
    } else {
      seen.set(key, file);
    }
  }
  return problems;
}

/** Issuing companies exist and have a note to editors in the release's language, with current facts. */
export function checkCompanies(releases: readonly Located[], companies: readonly CompanyInput[]): Problem[] {
  const byId = new Map(companies.map((c) => [c.id, c]));
  return releases.flatMap(({ file, where, day, data }) =>
    data.company.flatMap((id, i): Problem[] => {
      const company = byId.get(id);
      if (!company) {
        return [
          error(
            file,
            `company${data.company.length > 1 ? `.${i}` : ''}`,
            `unknown company "${id}"; expected one of: ${idList(byId.keys())}`,
          ),
        ];
      }
      const sentences = company.boilerplate[where.lang];
      if (!sentences?.length) {
        return [
          error(
            company.file,
            `boilerplate.${where.lang}`,
            `expected sentences in "${where.lang}" for the note to editors of ${file}`,
          ),
        ];
      }
      return staleFacts({ file: company.file, facts: company.facts, sentences }, { file, day });
    }),
  );
}

/** Topics exist in `topics.yaml`. */
export function checkTopics(releases: readonly Located[], topics: readonly string[]): Problem[] {
  const known = new Set(topics);
  return releases.flatMap(({ file, data }) =>
    data.topics.flatMap((id, i) =>
      known.has(id)
        ? []
        : [error(file, `topics.${i}`, `unknown topic "${id}"; expected one of: ${idList(known)}`)],
    ),
  );
}

/** Press contacts exist and can be reached. */
export function checkContacts(releases: readonly Located[], people: readonly PersonInput[]): Problem[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  return releases.flatMap(({ file, data }) =>
    data.contacts.flatMap((id, i) => {
      const person = byId.get(id);
      if (!person) {
        return [
          error(file, `contacts.${i}`, `unknown person "${id}"; expected one of: ${idList(byId.keys())}`),
        ];
      }
      if (!person.email && !person.phone) {
        return [
          error(person.file, 'email', `expected an email or phone: ${id} is a press contact in ${file}`),
        ];
      }
      return [];
    }),
  );
}

/** People quoted exist and have a title in the release's language for the role they held that day. */
export function checkSpeakers(releases: readonly Located[], people: readonly PersonInput[]): Problem[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  return releases.flatMap(({ file, where, day, data }) =>
    data.quotes.flatMap((quote, i) => {
      const person = byId.get(quote.person);
      if (!person) {
        return [
          error(
            file,
            `quotes.${i}.person`,
            `unknown person "${quote.person}"; expected one of: ${idList(byId.keys())}`,
          ),
        ];
      }
      const role = roleOn(person.roles, day);
      if (role && !role.title[where.lang]) {
        return [
          error(
            person.file,
            'roles',
            `expected a "${where.lang}" title for the role held on ${day} (quoted in ${file})`,
          ),
        ];
      }
      return [];
    }),
  );
}

/** Key figure and quote ids are unique within a release: they are the anchors of citations. */
export function checkItemIds(releases: readonly Located[]): Problem[] {
  return releases.flatMap(({ file, data }) =>
    (
      [
        ['keyFigures', data.keyFigures],
        ['quotes', data.quotes],
      ] as const
    ).flatMap(([field, items]) => {
      const seen = new Set<string>();
      return items.flatMap((item, i) => {
        const duplicate = seen.has(item.id);
        seen.add(item.id);
        return duplicate
          ? [error(file, `${field}.${i}.id`, `duplicate id "${item.id}"; expected each id once per release`)]
          : [];
      });
    }),
  );
}

/** Key figures are mentioned in their text and the same in every language version. */
export function checkFigures(releases: readonly Located[], strict = false): Problem[] {
  const problems = releases.flatMap(({ file, where, text, data }) =>
    unmentionedFigures({ file, lang: where.lang, text, keyFigures: data.keyFigures }, strict),
  );
  const versions = new Map<string, FigureVersion[]>();
  for (const { file, where, data } of releases) {
    const group = versions.get(data.translationKey) ?? [];
    group.push({ file, lang: where.lang, keyFigures: data.keyFigures });
    versions.set(data.translationKey, group);
  }
  // The version in the earliest language of the locale table (Dutch first) is the reference.
  for (const group of versions.values()) {
    problems.push(...checkParity([...group].sort((a, b) => langs.indexOf(a.lang) - langs.indexOf(b.lang))));
  }
  return problems;
}

/** Placeholders in a note to editors name facts the company has. */
export function checkPlaceholders(companies: readonly CompanyInput[]): Problem[] {
  return companies.flatMap((company) => {
    const keys = new Set(company.facts.map((f) => f.key));
    return Object.entries(company.boilerplate).flatMap(([lang, sentences]) =>
      (sentences ?? []).flatMap((sentence, i) =>
        placeholderKeys(sentence)
          .filter((key) => !keys.has(key))
          .map((key) =>
            error(
              company.file,
              `boilerplate.${lang}.${i}`,
              `placeholder {${key}} names no fact; expected one of: ${idList(keys)}`,
            ),
          ),
      ),
    );
  });
}

const TODO = /\bTODO\b/g;

/** "Not for publication" in every language of the locale table: a note may be in any language. */
const NOT_FOR_PUBLICATION = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${langs
    .flatMap((lang) => locales[lang].checks.notForPublication)
    .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

/** A short quote of the text at a match, on one line. */
function excerpt(text: string, index: number): string {
  const line = text.slice(index).split('\n')[0]!.trim();
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}

/**
 * A release that would be published (not a draft, even if under embargo) holds no TODO and no
 * text marked "not for publication", in its front-matter texts or its body. Every occurrence is
 * reported, so that one run lists all there is to do.
 */
export function checkUnfinished(releases: readonly ReleaseInput[]): Problem[] {
  const problems: Problem[] = [];
  for (const release of releases) {
    if (release.data.draft) continue;
    const scan = (text: string, field: string, inBody: boolean) => {
      const at = (index: number) => (inBody ? { at: positionAt(text, index) } : {});
      for (const match of text.matchAll(TODO)) {
        problems.push({
          ...error(
            release.file,
            field,
            `still contains "${excerpt(text, match.index)}"; expected the TODO done and removed before publishing (a draft may keep it)`,
          ),
          ...at(match.index),
        });
      }
      for (const match of text.matchAll(NOT_FOR_PUBLICATION)) {
        problems.push({
          ...error(
            release.file,
            field,
            `says "${match[0]}": text marked as not for publication would be published; expected it removed (a note to editors comes from content/companies/)`,
          ),
          ...at(match.index),
        });
      }
    };
    for (const { field, text } of release.published ?? []) scan(text, field, false);
    if (release.body) scan(release.body, '(text)', true);
  }
  return problems;
}

/** The text of every release holds no raw HTML beyond the allow-list, no unsafe link and no unclosed comment. */
export function checkTexts(releases: readonly ReleaseInput[]): Problem[] {
  return releases.flatMap((release) =>
    release.body
      ? textProblems(release.body, release.format ?? 'md').map((problem) => ({
          ...error(release.file, '(text)', problem.message),
          at: problem.at,
        }))
      : [],
  );
}
