/**
 * What `npm run validate` adds to the checks the build makes: the line and column of each
 * problem, and field names in the author's words (`key figure 1 (id "growth"), value` rather
 * than `keyFigures.0.value`).
 */
import type { z } from 'astro/zod';
import {
  parseYaml,
  positionOf,
  yamlErrors,
  type ParsedYaml,
  type Position,
} from '~/lib/authoring/front-matter';
import type { Problem } from '~/lib/model/checks/problem';

/** A problem with its place in the file; `field` is in the author's words. */
export interface Finding extends Problem, Position {}

/** Fields that are not in the YAML: the file's path, its syntax, its text. */
const isPseudoField = (field: string) => field.startsWith('(');

/** What one item of a list is called, by the list's field. */
const ITEM_NAMES: Record<string, string> = {
  keyFigures: 'key figure',
  quotes: 'quote',
  images: 'image',
  highlights: 'highlight',
  company: 'company',
  topics: 'topic',
  contacts: 'contact',
  facts: 'fact',
  roles: 'role',
  evidence: 'evidence',
  targets: 'target',
  claimExceptions: 'claim exception',
};

type Path = (string | number)[];

/**
 * A field path in the author's words: list items counted from 1, named by their id.
 * `lookup` reads a value from the file (for the id); `root` names the items of a file that is a list.
 * @example authorField('keyFigures.0.value', (p) => (p.join('.') === 'keyFigures.0.id' ? 'growth' : undefined)) // 'key figure 1 (id "growth"), value'
 * @example authorField('images.0.src') // 'image 1, src'
 * @example authorField('1.id', undefined, 'topic') // 'topic 2, id'
 */
export function authorField(field: string, lookup?: (path: Path) => unknown, root?: string): string {
  if (isPseudoField(field)) return field;
  const path: Path = field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  const itemWords = (noun: string, itemPath: Path) => {
    const id = lookup?.([...itemPath, 'id']);
    const key = lookup?.([...itemPath, 'key']);
    const index = itemPath.at(-1) as number;
    const name = typeof id === 'string' ? ` (id "${id}")` : typeof key === 'string' ? ` (key "${key}")` : '';
    return `${noun} ${index + 1}${name}`;
  };
  const words: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const part = path[i]!;
    const next = path[i + 1];
    if (typeof part === 'number') {
      // A list nobody named: the file itself (topics.yaml), or sentences of a note to editors.
      words.push(
        i === 0 && root
          ? itemWords(root, [part])
          : `${path[i - 2] === 'boilerplate' ? 'sentence' : 'item'} ${part + 1}`,
      );
    } else if (typeof next === 'number' && ITEM_NAMES[part]) {
      words.push(itemWords(ITEM_NAMES[part], path.slice(0, i + 2)));
      i++;
    } else {
      words.push(part);
    }
  }
  return words.join(', ');
}

/** Zod's message, with a plain one for a required field that is missing. */
export function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) {
    return `missing: this field is required (expected ${issue.expected})`;
  }
  return issue.message;
}

/** A zod path as a dotted field name: `keyFigures.0.unit`. */
export function fieldOf(path: readonly PropertyKey[]): string {
  return path.length > 0 ? path.map(String).join('.') : '(front-matter)';
}

/**
 * More YAML aliases (`*name`) than any release needs: a "billion laughs" file would expand to
 * gigabytes. The file is reported and the other files are still checked.
 */
export const MAX_YAML_ALIASES = 100;

/** Collects the findings of one run, each placed on its line. */
export class Report {
  readonly findings: Finding[] = [];
  /** Files whose fields could not be read: cross-file checks on them would only repeat that. */
  readonly broken = new Set<string>();
  private readonly yaml = new Map<string, ParsedYaml>();
  /** The line each release's text starts on. */
  private readonly bodyLines = new Map<string, number>();
  /** How the items of a file that is one list are called (topics.yaml). */
  private readonly roots = new Map<string, string>();

  /** Records where a release's text starts, so that problems in it get their line in the file. */
  setBodyLine(file: string, line: number): void {
    this.bodyLines.set(file, line);
  }

  /** Names the items of a file that is a list. */
  setRoot(file: string, noun: string): void {
    this.roots.set(file, noun);
  }

  /**
   * Adds a finding. `field` is a dotted path into the file's YAML (placed on its line) or a
   * pseudo-field like `(text)`; `at` overrides the place, `inText` counts it from the text's first line.
   */
  add(
    severity: Problem['severity'],
    file: string,
    field: string,
    message: string,
    at?: Position,
    inText = false,
  ): void {
    const parsed = this.yaml.get(file);
    let position =
      at ?? (parsed ? positionOf(parsed, isPseudoField(field) ? [] : field) : { line: 1, column: 1 });
    if (at && inText) position = { line: at.line + (this.bodyLines.get(file) ?? 1) - 1, column: at.column };
    const lookup = parsed ? (path: Path) => parsed.doc.getIn(path) : undefined;
    this.findings.push({
      severity,
      file,
      field: authorField(field, lookup, this.roots.get(file)),
      message,
      ...position,
    });
    if (severity === 'error' && field !== '(path)' && !this.checkingContent) this.broken.add(file);
  }

  /** Set once the shared checks report: their errors do not hide each other. */
  private checkingContent = false;

  /** Adds a problem found by the shared checks, unless the file is broken or it was already said. */
  addProblem(problem: Problem): void {
    this.checkingContent = true;
    if (this.broken.has(problem.file)) return;
    // The validator reports a release's path itself, before its fields; the checks say it again.
    const said = this.findings.some(
      (f) => f.file === problem.file && f.field === problem.field && f.message === problem.message,
    );
    if (said && problem.field === '(path)') return;
    this.add(problem.severity, problem.file, problem.field, problem.message, problem.at, true);
  }

  /** Parses a YAML text and reports its syntax errors; undefined when it cannot be used. */
  readYaml(file: string, text: string, lineOffset: number): unknown {
    const parsed = parseYaml(text, lineOffset);
    this.yaml.set(file, parsed);
    const errors = yamlErrors(parsed);
    for (const error of errors)
      this.add('error', file, '(yaml)', `YAML syntax: ${error.message}`, error.position);
    if (errors.length > 0) return undefined;
    try {
      return parsed.doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
    } catch (error) {
      this.add(
        'error',
        file,
        '(yaml)',
        `YAML could not be read: ${(error as Error).message}; expected plain fields, with aliases ("*name") used sparingly`,
      );
      return undefined;
    }
  }

  /** Reports a schema's issues, each on the line of its field. */
  addIssues(file: string, issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): void {
    for (const issue of issues)
      this.add('error', file, fieldOf([...prefix, ...issue.path]), messageOf(issue));
  }
}
