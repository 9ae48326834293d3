/**
 * `npm run validate`: every problem in the content at once, each with the line and column of
 * the field to fix. The same schemas and the same cross-file checks as the build
 * (`checkIntegrity`), on drafts and embargoed releases too, without starting Astro. What it
 * adds is what a loader cannot give: positions, all problems in one run, and the files on disk
 * (images), which the build only reads while rendering.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { ContentFile, ValidateContext } from '~/lib/authoring/validate/context';
import {
  checkSiteReferences,
  validateCompany,
  validatePerson,
  validateSite,
  validateTopics,
  type SiteReferences,
} from '~/lib/authoring/validate/data';
import { diskReader, ImageChecker, type FileReader } from '~/lib/authoring/validate/images';
import { validateEvidence, validateTarget } from '~/lib/authoring/validate/records';
import { validateRelease } from '~/lib/authoring/validate/release';
import { Report, type Finding } from '~/lib/authoring/validate/report';
import {
  checkIntegrity,
  type CompanyInput,
  type EvidenceInput,
  type PersonInput,
  type ReleaseInput,
  type TargetInput,
} from '~/lib/model/checks/integrity';

export type { ContentFile } from '~/lib/authoring/validate/context';
export type { Finding } from '~/lib/authoring/validate/report';

export interface ValidateOptions {
  /** The content folder as it should be printed, e.g. `content`. */
  dir: string;
  /** The build clock: a date after it without an embargo is reported. */
  now: Date;
  timeZone: string;
  /** Unmentioned key figures and generic environmental claims are errors rather than warnings. */
  strict?: boolean;
  /** The bytes of a file, given its path under `dir` (images, documents); the file system by default. */
  readFile?: FileReader;
  /** Whether a file exists under `dir` (the site logo); by reading it when not given. */
  exists?: (path: string) => boolean;
}

/** Reads every file the build would read from a content folder. */
export async function readContentFiles(dir: string): Promise<ContentFile[]> {
  if (!existsSync(dir)) {
    throw new Error(
      `content folder not found: ${dir} (set PRESS_CONTENT_DIR or run from the project folder)`,
    );
  }
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const wanted =
    /^(releases\/.*\.mdx?|(companies|people|evidence|targets)\/[^/]+\.ya?ml|topics\.yaml|site\.yaml)$/;
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
  const display = (rel: string) => (options.dir ? `${options.dir}/${rel}` : rel);
  const read = options.readFile ?? diskReader(options.dir);
  const exists = options.exists ?? ((path: string) => read(path) !== undefined);
  const ctx: ValidateContext = {
    report: new Report(),
    display,
    images: new ImageChecker(read, display),
    read,
    now: options.now,
    releaseIds: new Map(),
  };
  const releases: ReleaseInput[] = [];
  const companies: CompanyInput[] = [];
  const people: PersonInput[] = [];
  const topics: string[] = [];
  const evidence: EvidenceInput[] = [];
  const targets: TargetInput[] = [];
  let site: SiteReferences | undefined;
  for (const file of files) {
    if (file.rel.startsWith('releases/')) {
      const release = validateRelease(file, ctx);
      if (release) releases.push(release);
    } else if (file.rel.startsWith('companies/')) {
      companies.push(validateCompany(file, ctx));
    } else if (file.rel.startsWith('people/')) {
      people.push(validatePerson(file, ctx));
    } else if (file.rel === 'topics.yaml') {
      topics.push(...validateTopics(file, ctx));
    } else if (file.rel === 'site.yaml') {
      site = validateSite(file, ctx, exists);
    } else if (file.rel.startsWith('evidence/')) {
      const record = validateEvidence(file, ctx);
      if (record) evidence.push(record);
    } else if (file.rel.startsWith('targets/')) {
      const record = validateTarget(file, ctx);
      if (record) targets.push(record);
    }
  }
  // A missing site.yaml stops every command before this point (src/lib/config.ts says so).
  if (site) checkSiteReferences(site, companies, people, ctx);
  if (!files.some((f) => f.rel === 'topics.yaml')) {
    ctx.report.add(
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
    evidence,
    targets,
    timeZone: options.timeZone,
    ...(options.strict ? { strict: true } : {}),
  });
  for (const problem of problems) ctx.report.addProblem(problem);
  return ctx.report.findings.sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
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
