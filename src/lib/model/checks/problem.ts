/** The shared vocabulary of every content check: one problem names the file, the field and what was expected. */
export interface Problem {
  severity: 'error' | 'warning';
  file: string;
  /** A dotted path into the front-matter (`keyFigures.0.value`), or `(text)`, `(path)` and the like. */
  field: string;
  message: string;
  /** For a problem in a release's text: where, counted from the first line of the text (1-based). */
  at?: { line: number; column: number } | undefined;
}

/** One problem a line, `file: field: message`; a problem in the text says its line there. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems
    .map(
      (p) =>
        `${p.severity}: ${p.file}: ${p.field}: ${p.message}${p.at ? ` (line ${p.at.line} of the text)` : ''}`,
    )
    .join('\n');
}

/** An error about `field` of `file`. */
export const error = (file: string, field: string, message: string): Problem => ({
  severity: 'error',
  file,
  field,
  message,
});

/**
 * Ids as the messages list them: sorted, comma-separated.
 * @example idList(['b', 'a']) // 'a, b'
 */
export const idList = (ids: Iterable<string>): string => [...ids].sort().join(', ') || '(none)';
