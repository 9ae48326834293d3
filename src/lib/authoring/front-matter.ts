/**
 * Front-matter as an author sees it: YAML with line numbers, so that a problem in a field
 * points at the line to fix. Parsed the way Astro's loader reads it (YAML 1.2 with
 * timestamps as dates, like js-yaml), so the validator and the build agree.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';

/** A YAML text parsed with positions. */
export interface ParsedYaml {
  doc: Document;
  lines: LineCounter;
  /** Lines of the file above the YAML text, added to every position. */
  lineOffset: number;
}

/** A Markdown file split into front-matter and body. */
export interface SplitFile {
  /** The YAML between the `---` lines, or undefined when the file has no front-matter. */
  yaml: string | undefined;
  /** Lines of the file above the YAML text (the opening `---` and anything before it). */
  yamlLineOffset: number;
  body: string;
  /** The body's first line number in the file (1-based). */
  bodyLine: number;
}

const FRONT_MATTER = /^(\uFEFF?(?:\s*\n)?---[ \t]*)\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

/**
 * Splits a Markdown or MDX file into front-matter YAML and body.
 * @example splitFrontMatter('---\ntitle: x\n---\nBody\n').yaml // 'title: x\n'
 */
export function splitFrontMatter(text: string): SplitFile {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { yaml: undefined, yamlLineOffset: 0, body: text, bodyLine: 1 };
  const opening = match[1]!.split('\n').length;
  const body = text.slice(match[0].length);
  const bodyLine = match[0].split('\n').length;
  return { yaml: match[2] ?? '', yamlLineOffset: opening, body, bodyLine };
}

/** Parses YAML keeping positions; `lineOffset` is added to every line reported. */
export function parseYaml(text: string, lineOffset = 0): ParsedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, customTags: ['timestamp'], prettyErrors: false });
  return { doc, lines, lineOffset };
}

/** A 1-based line and column in the file. */
export interface Position {
  line: number;
  column: number;
}

/** Where the YAML's syntax errors are, each with its message's first line. */
export function yamlErrors(parsed: ParsedYaml): { position: Position; message: string }[] {
  return parsed.doc.errors.map((error) => {
    const at = error.linePos?.[0] ?? parsed.lines.linePos(error.pos[0]);
    return {
      position: { line: at.line + parsed.lineOffset, column: at.col },
      message: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
    };
  });
}

/**
 * The position of a field given as a dotted path (`keyFigures.0.unit`) or a path array.
 * A field that is missing points at its nearest present parent; the top of the YAML otherwise.
 * @example positionOf(parseYaml('a:\n  - b: 1\n', 1), 'a.0.b') // { line: 3, column: 8 }
 */
export function positionOf(parsed: ParsedYaml, field: string | readonly PropertyKey[]): Position {
  const path = (typeof field === 'string' ? field.split('.') : field.map(String)).map((part) =>
    /^\d+$/.test(part) ? Number(part) : part,
  );
  for (let length = path.length; length > 0; length--) {
    const node = parsed.doc.getIn(path.slice(0, length), true);
    if (node && typeof node === 'object' && 'range' in node && Array.isArray(node.range)) {
      const at = parsed.lines.linePos(node.range[0] as number);
      return { line: at.line + parsed.lineOffset, column: at.col };
    }
  }
  // Before any field: the line above the YAML text (the opening `---` in a Markdown file).
  return { line: Math.max(1, parsed.lineOffset), column: 1 };
}
