/**
 * `npm run validate`: every problem in the content at once, each with the line and column of
 * the field to fix. Uses the same schemas and cross-file checks as the build, on drafts and
 * embargoed releases too, without starting Astro.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { z } from 'astro/zod';
import {
  positionOf,
  splitFrontMatter,
  parseYaml,
  yamlErrors,
  type ParsedYaml,
  type Position,
} from '~/lib/authoring/front-matter';
import {
  checkIntegrity,
  releaseInput,
  type CompanyInput,
  type PersonInput,
  type Problem,
  type ReleaseInput,
} from '~/lib/model/checks/integrity';
import { isLang, langs } from '~/i18n/locales';
import { companySchema, keyFigure, personSchema, quote, releaseSchema, topicSchema } from '~/schemas';
import { siteSchema } from '~/schemas/site';
import { astroEntryId } from '~/lib/authoring/slug';

/** One content file: where it is and what it says. */
export interface ContentFile {
  /** Path relative to the content folder, with `/` separators: `releases/nl/2023/x.md`. */
  rel: string;
  text: string;
}

/** A problem with its place in the file. */
export interface Finding extends Problem, Position {}

export interface ValidateOptions {
  /** The content folder as it should be printed, e.g. `content`. */
  dir: string;
  /** The build clock: a date after it without an embargo is reported. */
  now: Date;
  timeZone: string;
  /** Unmentioned key figures are errors rather than warnings. */
  strict?: boolean;
  /** Whether a file exists, given its path under `dir`; the file system by default. */
  exists?: (path: string) => boolean;
}

/** Images the build's image pipeline can read. */
const IMAGE_EXTENSIONS = /\.(avif|gif|jpe?g|png|svg|tiff?|webp)$/i;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads every file the build would read from a content folder. */
export async function readContentFiles(dir: string): Promise<ContentFile[]> {
  if (!existsSync(dir)) {
    throw new Error(
      `content folder not found: ${dir} (set PRESS_CONTENT_DIR or run from the project folder)`,
    );
  }
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const wanted = /^(releases\/.*\.mdx?|(companies|people)\/[^/]+\.ya?ml|topics\.yaml|site\.yaml)$/;
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((rel) => wanted.test(rel))
    .sort();
  return Promise.all(files.map(async (rel) => ({ rel, text: await readFile(join(dir, rel), 'utf8') })));
}

/**
 * Validates a whole content tree. Returns every finding, errors and warnings, sorted by file
 * and line; nothing stops at the first problem.
 */
export function validateContent(files: readonly ContentFile[], options: ValidateOptions): Finding[] {
  const exists = options.exists ?? ((path: string) => existsSync(join(options.dir, path)));
  const display = (rel: string) => (options.dir ? `${options.dir}/${rel}` : rel);
  const findings: Finding[] = [];
  const parsedFiles = new Map<string, ParsedYaml>();
  /** Files with schema or syntax errors: cross-file checks on them would only repeat those. */
  const broken = new Set<string>();
  const add = (
    severity: Problem['severity'],
    file: string,
    field: string,
    message: string,
    at?: Position,
  ) => {
    const parsed = parsedFiles.get(file);
    const position =
      at ?? (parsed ? positionOf(parsed, field === '(path)' ? [] : field) : { line: 1, column: 1 });
    findings.push({ severity, file, field, message, ...position });
    if (severity === 'error') broken.add(file);
  };

  /** Parses a YAML text and reports its syntax errors; undefined when it cannot be used. */
  const readYaml = (file: string, text: string, lineOffset: number): unknown => {
    const parsed = parseYaml(text, lineOffset);
    parsedFiles.set(file, parsed);
    const errors = yamlErrors(parsed);
    for (const error of errors) add('error', file, '(yaml)', `YAML syntax: ${error.message}`, error.position);
    return errors.length > 0 ? undefined : parsed.doc.toJS();
  };

  const reportIssues = (file: string, issues: readonly z.core.$ZodIssue[]) => {
    for (const issue of issues) add('error', file, fieldOf(issue.path), messageOf(issue));
  };

  const releases: ReleaseInput[] = [];
  const companies: CompanyInput[] = [];
  const people: PersonInput[] = [];
  const topics: string[] = [];
  const ids = new Map<string, string>();
  /** The newsroom's references to check once every company and person is known. */
  let siteRefs: { file: string; publisher: string; contacts: string[] } | undefined;

  for (const { rel, text } of files) {
    const file = display(rel);
    if (rel.startsWith('releases/')) {
      const parts = rel.slice('releases/'.length).split('/');
      if (parts.length !== 3) {
        add(
          'error',
          file,
          '(path)',
          'not built: expected releases/<lang>/<yyyy>/<slug>.md (a language folder, then a year folder)',
        );
        continue;
      }
      const [lang, , name] = parts as [string, string, string];
      const knownLang = isLang(lang);
      if (!knownLang) {
        add(
          'error',
          file,
          '(path)',
          `unknown language folder "${lang}"; expected one of: ${langs.join(', ')}`,
        );
      }
      const id = astroEntryId(rel.slice('releases/'.length));
      const owner = ids.get(id);
      if (owner) {
        add('error', file, '(path)', `has the same URL as ${owner}; expected one file per slug (rename one)`);
      } else {
        ids.set(id, file);
      }
      const slug = name.replace(/\.mdx?$/, '');
      if (!ID.test(slug)) {
        add(
          'warning',
          file,
          '(path)',
          `file name "${slug}" becomes the URL "${id.split('/').pop()}"; expected lowercase letters, digits and hyphens`,
        );
      }

      const split = splitFrontMatter(text);
      if (split.yaml === undefined) {
        add(
          'error',
          file,
          '(front-matter)',
          'expected front-matter between two "---" lines at the top of the file',
        );
        continue;
      }
      const raw = readYaml(file, split.yaml, split.yamlLineOffset);
      if (raw === undefined) continue;
      if (!isRecord(raw)) {
        add('error', file, '(front-matter)', 'expected fields like "title: …", one per line');
        continue;
      }
      reportUnknownFields(raw, (field, message) => add('warning', file, field, message));

      const image = () =>
        z.string().superRefine((src, ctx) => {
          const path = join(dirname(rel), src).split(sep).join('/');
          if (!IMAGE_EXTENSIONS.test(src)) {
            ctx.addIssue({
              code: 'custom',
              message: `expected an image file (.jpg, .png, .webp, .avif…), got "${src}"`,
            });
          } else if (!exists(path)) {
            ctx.addIssue({
              code: 'custom',
              message: `image not found: "${src}" (looked for ${display(path)}); expected a path relative to the release file`,
            });
          }
        });
      const result = releaseSchema(image).safeParse(raw);
      if (!result.success) {
        reportIssues(file, result.error.issues);
        continue;
      }
      const data = result.data;
      if (knownLang) {
        releases.push(releaseInput({ id: id, file, data, body: split.body }));
      }
      if (data.date.getTime() > options.now.getTime() && !data.embargo) {
        add(
          'warning',
          file,
          'date',
          'the date is in the future but no embargo is set; expected an "embargo" with the time the news may go out',
        );
      }
      const todo = text.search(/\bTODO\b/);
      if (!data.draft && todo >= 0) {
        const before = text.slice(0, todo).split('\n');
        add(
          'warning',
          file,
          '(text)',
          'still contains a TODO; expected it done and removed before publishing',
          {
            line: before.length,
            column: before.at(-1)!.length + 1,
          },
        );
      }
    } else if (rel.startsWith('companies/') || rel.startsWith('people/')) {
      const id = astroEntryId(rel.split('/')[1]!);
      if (!ID.test(id)) add('error', file, '(path)', 'expected a lowercase file name like "bmw-group.yaml"');
      const raw = readYaml(file, text, 0);
      // Registered even when broken, so that releases naming it are not reported as well.
      if (rel.startsWith('companies/')) {
        const result = raw === undefined ? undefined : companySchema.safeParse(raw);
        if (result && !result.success) reportIssues(file, result.error.issues);
        const data = result?.data;
        companies.push({ id, file, facts: data?.facts ?? [], boilerplate: data?.boilerplate ?? {} });
      } else {
        const result = raw === undefined ? undefined : personSchema.safeParse(raw);
        if (result && !result.success) reportIssues(file, result.error.issues);
        const data = result?.data;
        people.push({ id, file, roles: data?.roles ?? [], email: data?.email, phone: data?.phone });
      }
    } else if (rel === 'site.yaml') {
      const raw = readYaml(file, text, 0);
      if (raw === undefined) continue;
      const result = siteSchema({ exists }).safeParse(raw ?? {});
      if (!result.success) reportIssues(file, result.error.issues);
      else siteRefs = { file, publisher: result.data.publisher, contacts: result.data.contacts };
    } else if (rel === 'topics.yaml') {
      const raw = readYaml(file, text, 0);
      if (raw === undefined) continue;
      if (!Array.isArray(raw)) {
        add(
          'error',
          file,
          '(yaml)',
          'expected a list of topics: "- { id: climate, label: { nl: Klimaat } }"',
        );
        continue;
      }
      raw.forEach((item: unknown, i) => {
        const topic = z.object({ id: z.string().regex(ID, 'expected a lowercase id like "supply-chain"') });
        const result = topic.and(topicSchema).safeParse(item);
        if (!result.success) {
          for (const issue of result.error.issues)
            add('error', file, fieldOf([i, ...issue.path]), messageOf(issue));
          return;
        }
        if (topics.includes(result.data.id)) {
          add('error', file, `${i}.id`, `duplicate topic id "${result.data.id}"; expected each id once`);
        }
        topics.push(result.data.id);
      });
    }
  }
  // A missing site.yaml stops every command before this point (src/lib/config.ts says so).
  if (siteRefs) {
    const { file, publisher, contacts } = siteRefs;
    const companyIds = companies.map((c) => c.id).sort();
    if (!companyIds.includes(publisher)) {
      add(
        'error',
        file,
        'publisher',
        `unknown company "${publisher}"; expected one of: ${companyIds.join(', ')}`,
      );
    }
    contacts.forEach((id, i) => {
      const person = people.find((p) => p.id === id);
      if (!person) {
        const known = people.map((p) => p.id).sort();
        add('error', file, `contacts.${i}`, `unknown person "${id}"; expected one of: ${known.join(', ')}`);
      } else if (!person.email && !person.phone) {
        add(
          'error',
          file,
          `contacts.${i}`,
          `"${id}" has no email or phone; expected a way to reach the press office`,
        );
      }
    });
  }
  if (!files.some((f) => f.rel === 'topics.yaml')) {
    add(
      'error',
      display('topics.yaml'),
      '(path)',
      'missing: expected a topics.yaml file with the topic list',
    );
  }

  const problems = checkIntegrity({
    releases,
    companies,
    people,
    topics,
    timeZone: options.timeZone,
    ...(options.strict ? { strict: true } : {}),
  });
  const alreadyBroken = new Set(broken);
  for (const problem of problems) {
    if (alreadyBroken.has(problem.file)) continue;
    add(problem.severity, problem.file, problem.field, problem.message);
  }
  return findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A zod path as a dotted field name, like the build's messages: `keyFigures.0.unit`. */
function fieldOf(path: readonly PropertyKey[]): string {
  return path.length > 0 ? path.map(String).join('.') : '(front-matter)';
}

/** Zod's message, with a plain one for a required field that is missing. */
function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) {
    return `missing: this field is required (expected ${issue.expected})`;
  }
  return issue.message;
}

/** Fields the schema does not know are dropped silently by the build: a typo would go unnoticed. */
function reportUnknownFields(
  raw: Record<string, unknown>,
  warn: (field: string, message: string) => void,
): void {
  const known = (shape: object) => Object.keys(shape);
  const check = (value: unknown, keys: string[], prefix: string) => {
    if (!isRecord(value)) return;
    for (const key of Object.keys(value)) {
      if (!keys.includes(key)) {
        warn(`${prefix}${key}`, `unknown field "${key}" is ignored; expected one of: ${keys.join(', ')}`);
      }
    }
  };
  check(raw, known(releaseSchema(() => z.string()).shape), '');
  for (const [field, keys] of [
    ['keyFigures', known(keyFigure.shape)],
    ['quotes', known(quote.shape)],
    ['images', ['src', 'alt', 'caption', 'credit']],
  ] as const) {
    const items = raw[field];
    if (Array.isArray(items)) items.forEach((item, i) => check(item, [...keys], `${field}.${i}.`));
  }
}

/**
 * One line per finding, `path:line:column: severity: field: message`, as editors and CI read it.
 * @example formatFinding({ file: 'content/releases/nl/2023/x.md', line: 4, column: 7, severity: 'error', field: 'date', message: 'expected a date' }) // 'content/releases/nl/2023/x.md:4:7: error: date: expected a date'
 */
export function formatFinding(f: Finding): string {
  return `${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.field}: ${f.message}`;
}

/**
 * The closing count.
 * @example summarise([]) // 'no problems'
 */
export function summarise(findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  if (findings.length === 0) return 'no problems';
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}
