/**
 * The batch report of `npm run import`: one row per file (language, date, headline, what needs
 * a look, or why it was not imported), as a table for the terminal and as a Markdown file an
 * editor can work through, with the person files the import proposes listed once.
 */
import type { Lang } from '~/i18n/locales';
import type { ImportedRelease, ProposedPerson } from '~/lib/authoring/import/types';

/** One imported (or refused) file. */
export interface ReportRow {
  /** The file as named on the command line or found in the folder. */
  file: string;
  /** The issuing company id, for the proposed person files. */
  company?: string | undefined;
  /** The draft written, as a path relative to the report; absent when nothing was written. */
  draft?: string | undefined;
  lang?: Lang | undefined;
  day?: string | undefined;
  title?: string | undefined;
  /** What the editor should look at, most important first. */
  needs: string[];
  /** Why the file was not imported. */
  error?: string | undefined;
  /** What the import did, for the report's section on this file. */
  details: string[];
  /** What the import could not place and what the checks found: the editor's to-do list. */
  checks: string[];
  proposed: ProposedPerson[];
}

/** A finding of the checks run on a draft. */
export interface DraftFinding {
  severity: 'error' | 'warning';
  field: string;
  message: string;
}

/**
 * What needs a look in an imported release, shortest first: what is missing, who has no
 * person file, what was cut that matters, the checks' findings, the proposals to confirm.
 */
export function needsALook(release: ImportedRelease, findings: readonly DraftFinding[] = []): string[] {
  const needs: string[] = [];
  if (!release.day) needs.push('no date');
  if (!release.location) needs.push('no place');
  for (const f of findings.filter((f) => f.severity === 'error'))
    needs.push(`error: ${f.field}: ${f.message}`);
  if (release.proposedPeople.length > 0) {
    needs.push(
      `new person file${release.proposedPeople.length === 1 ? '' : 's'}: ${release.proposedPeople.map((p) => p.name).join(', ')}`,
    );
  }
  if (release.unclassified.some((u) => u.includes('an embargo line')))
    needs.push('embargo line: set "embargo:"');
  if (release.cut.some((c) => c.kind === 'not-for-publication'))
    needs.push('a note not for publication was cut out');
  const other = release.unclassified.filter(
    (u) =>
      !u.startsWith('quote by ') &&
      !u.startsWith('no date') &&
      !u.startsWith('no dateline') &&
      !u.includes('an embargo line'),
  );
  if (other.length > 0) needs.push(`${other.length} more to check`);
  if (release.figures.length > 0)
    needs.push(`${release.figures.length} key figure${release.figures.length === 1 ? '' : 's'} to choose`);
  if (release.companyFacts.length > 0)
    needs.push(
      `${release.companyFacts.length} company fact${release.companyFacts.length === 1 ? '' : 's'} to compare`,
    );
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  if (warnings > 0) needs.push(`${warnings} warning${warnings === 1 ? '' : 's'} from validate`);
  return needs;
}

/** A table cell: no line breaks, pipes escaped. */
const cell = (text: string) => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();

/** The report as Markdown: the table, the proposed person files, then each file's details. */
export function reportMarkdown(rows: readonly ReportRow[], meta: { title: string }): string {
  const imported = rows.filter((r) => r.draft).length;
  const out = [
    `# ${meta.title}`,
    '',
    `${rows.length} file${rows.length === 1 ? '' : 's'}: ${imported} imported as draft${imported === 1 ? '' : 's'}, ${rows.length - imported} not imported.`,
    'Work through the drafts from top to bottom; each says in its front-matter comments what the import cut out.',
    '',
    '| File | Language | Date | Headline | Needs a look |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((r) =>
      [
        '',
        cell(r.file),
        r.lang ?? '–',
        r.day ?? '–',
        r.draft ? `[${cell(r.title ?? r.draft)}](${encodeURI(r.draft)})` : '–',
        cell(r.error ? `not imported: ${r.error}` : r.needs.join('; ') || 'nothing'),
        '',
      ]
        .join(' | ')
        .trim(),
    ),
  ];
  const people = new Map<string, { person: ProposedPerson; company?: string | undefined; files: string[] }>();
  for (const row of rows) {
    for (const person of row.proposed) {
      const known = people.get(person.name) ?? { person, company: row.company, files: [] };
      known.files.push(row.file);
      people.set(person.name, known);
    }
  }
  if (people.size > 0) {
    out.push(
      '',
      '## Proposed person files',
      '',
      'Create each once in `content/people/`, then list it under `contacts:` or `quotes:` in the drafts.',
    );
    for (const { person, company, files } of people.values()) {
      const fields = [`name: ${JSON.stringify(person.name)}`, ...(company ? [`company: ${company}`] : [])];
      if (person.email) fields.push(`email: ${person.email}`);
      if (person.phone) fields.push(`phone: ${JSON.stringify(person.phone)}`);
      out.push(
        '',
        `### ${person.id}.yaml (${person.role ?? 'role unknown'}; in ${files.join(', ')})`,
        '',
        '```yaml',
        ...fields,
        '```',
      );
    }
  }
  out.push('', '## Each file');
  for (const row of rows) {
    out.push(
      '',
      `### ${row.file}`,
      '',
      row.draft ? `Draft: [${row.draft}](${encodeURI(row.draft)})` : `Not imported: ${row.error}`,
    );
    if (row.details.length > 0) out.push('', ...row.details.map((d) => `- ${d}`));
    if (row.checks.length > 0) out.push('', ...row.checks.map((c) => `- [ ] ${c}`));
  }
  return `${out.join('\n')}\n`;
}

/** Fits `text` into `width` characters, cutting with an ellipsis. */
const fit = (text: string, width: number) =>
  text.length <= width ? text.padEnd(width) : `${text.slice(0, Math.max(0, width - 1))}…`;

/** The report's table for a terminal `columns` wide: columns as wide as their text, the headline and what needs a look cut to fit. */
export function terminalTable(rows: readonly ReportRow[], columns = 120): string {
  const cells = [
    ['file', 'lang', 'date', 'headline', 'needs a look'],
    ...rows.map((r) => [
      r.file,
      r.lang ?? '–',
      r.day ?? '–',
      r.title ?? '–',
      r.error ? `not imported: ${r.error}` : r.needs.join('; ') || 'nothing',
    ]),
  ];
  const widths = [0, 1, 2, 3, 4].map((c) => Math.max(...cells.map((row) => row[c]!.length)));
  widths[0] = Math.min(widths[0]!, 28);
  const fixed = widths[0]! + widths[1]! + widths[2]! + 8;
  const room = Math.max(30, columns - fixed);
  if (widths[3]! + widths[4]! > room) {
    widths[3] = Math.min(widths[3]!, Math.floor(room * 0.45));
    widths[4] = room - widths[3]!;
  }
  return cells
    .map((row) =>
      row
        // A long path keeps its end, where the file's name is.
        .map((text, c) =>
          c === 0 && text.length > widths[0]! ? `…${text.slice(1 - widths[0]!)}` : fit(text, widths[c]!),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
