/** What `npm run import` shows on the terminal and writes as its report. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { contentDir, site } from '~/lib/config';
import { calendarDay, isoWithOffset } from '~/lib/locale/dates';
import { reportMarkdown, type ReportRow } from '~/lib/authoring/import/report';
import type { ImportedRelease } from '~/lib/authoring/import/types';

/** Shows which file is being read: one line rewritten on a terminal, a line per file otherwise. */
export function progress(done: number, total: number, file: string): void {
  const text = `[${done + 1}/${total}] ${total - done - 1} left · ${file}`;
  if (process.stdout.isTTY)
    process.stdout.write(`\r\x1b[K${text.slice(0, (process.stdout.columns ?? 80) - 1)}`);
  else console.log(text);
}

/** What `npm run import` printed for one file before batches: every note, for a single import. */
export function printDetails(row: ReportRow, release: ImportedRelease, companyGiven: boolean): void {
  console.log(`\n${row.file} -> ${row.draft}`);
  console.log(
    `  language: ${release.lang}${release.langDetected ? ' (detected; pass --lang to choose)' : ''}`,
  );
  console.log(
    `  company: ${release.company}${companyGiven ? '' : ' (matched by name; pass --company to choose)'}`,
  );
  for (const detail of row.details) console.log(`  - ${detail}`);
  if (row.checks.length > 0) {
    console.log('  Could not classify (please check):');
    for (const check of row.checks) console.log(`  ? ${check}`);
  }
}

/** Writes the Markdown report under a name no file has yet. */
export async function writeReport(rows: readonly ReportRow[], now: Date, path?: string): Promise<string> {
  const stamp = isoWithOffset(now, site.timeZone).slice(0, 16).replace(/[T:]/g, '-');
  const base = path ?? join(contentDir, 'import-reports', `import-${stamp}.md`);
  await mkdir(dirname(base), { recursive: true });
  for (let n = 1; ; n++) {
    const file = n === 1 ? base : base.replace(/(\.md)?$/, `-${n}.md`);
    const from = dirname(file);
    const linked = rows.map((r) => ({
      ...r,
      draft: r.draft && relative(from, resolve(r.draft)).split('\\').join('/'),
    }));
    const title = `Import of ${calendarDay(now, site.timeZone)}: ${rows.length} file${rows.length === 1 ? '' : 's'}`;
    try {
      await writeFile(file, reportMarkdown(linked, { title }), { flag: 'wx' });
      return file;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}
