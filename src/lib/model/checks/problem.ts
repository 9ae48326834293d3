/** The shared vocabulary of every content check: one problem names the file, the field and what was expected. */
export interface Problem {
  severity: 'error' | 'warning';
  file: string;
  field: string;
  message: string;
}

/** One problem a line, `file: field: message`. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.severity}: ${p.file}: ${p.field}: ${p.message}`).join('\n');
}
