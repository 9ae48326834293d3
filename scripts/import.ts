/**
 * `npm run import -- <file|folder>… [--lang nl] [--company id] [--report file.md]`: turns press
 * releases (plain text, PDF and Word) into draft release files and says what needs a look. A
 * folder imports every file in it with progress on the terminal, and ends with a table that is
 * also written as Markdown to content/import-reports/. It never overwrites a file; a file it
 * cannot read is a line in the report, and so is the second file of one release (its PDF and
 * its Word file).
 */
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { isLang, langs, type Lang } from '~/i18n/locales';
import { buildNow, contentDir, site } from '~/lib/config';
import { isoWithOffset } from '~/lib/locale/dates';
import { importDocument } from '~/lib/authoring/import/index';
import { renderImport } from '~/lib/authoring/import/render';
import { needsALook, terminalTable, type ReportRow } from '~/lib/authoring/import/report';
import type { ImportContext, ImportedRelease } from '~/lib/authoring/import/types';
import { slugify, translationKeyFor } from '~/lib/authoring/slug';
import { formatFinding, readContentFiles, validateContent, type Finding } from '~/lib/authoring/validate';
import { importContext } from './lib/import-context';
import { printDetails, progress, writeReport } from './lib/import-output';
import { listSources, readSource } from './lib/import-sources';
import { show, UsageError, writeNewRelease } from './lib/release-files';

const USAGE =
  'usage: npm run import -- <file.txt|file.pdf|file.docx|folder>… [--lang nl|en|de|fr] [--company <id>] [--report <file.md>]';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    lang: { type: 'string' },
    company: { type: 'string' },
    report: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

type Known = Omit<ImportContext, 'lang' | 'company'>;

/** A file whose draft another file of the same batch has just written: the PDF and the Word file of one release. */
class SameRelease extends Error {}

/**
 * Imports one file as a draft; throws with the reason when it cannot. `written` maps the drafts
 * this run wrote to the file each came from.
 */
async function importOne(source: string, known: Known, lang: Lang | undefined, written: Map<string, string>) {
  const release = importDocument(await readSource(source, lang), { ...known, lang, company: values.company });
  if (!release.company) {
    throw new UsageError(
      `no company name found in the text; pass --company <id> (one of: ${known.companies.map((c) => c.id).join(', ')})`,
    );
  }
  const date = release.day ?? isoWithOffset(buildNow(), site.timeZone);
  const slug = slugify(release.title);
  if (!slug) throw new UsageError('the headline has no letters or digits to make a file name from');
  const target = join(contentDir, 'releases', release.lang, date.slice(0, 4), `${slug}.md`);
  const first = written.get(target);
  if (first !== undefined) {
    throw new SameRelease(
      `the same release as ${first} (same language, year and headline): its draft is ${show(target)}; nothing was written`,
    );
  }
  const text = renderImport(release, {
    company: release.company,
    translationKey: translationKeyFor(slug),
    date,
    fallbackLocation: 'TODO city',
    sourceName: basename(source),
  });
  await writeNewRelease(target, text, 'Rename or remove that file to import again.', ' (imported before?)');
  written.set(target, basename(source));
  return { release, target };
}

async function main(): Promise<void> {
  if (values.help || positionals.length === 0) {
    console.log(USAGE);
    process.exitCode = values.help ? 0 : 1;
    return;
  }
  const lang = values.lang;
  if (lang !== undefined && !isLang(lang))
    throw new UsageError(`--lang: expected one of ${langs.join(', ')}, got "${lang}"`);
  const known = await importContext();
  if (values.company && !known.companies.some((c) => c.id === values.company)) {
    throw new UsageError(
      `--company: unknown company "${values.company}"; expected one of: ${known.companies.map((c) => c.id).join(', ')}`,
    );
  }
  const { files, skipped, names } = await listSources(positionals);
  const batch = files.length > 1 || values.report !== undefined;
  const rows: ReportRow[] = [];
  const releases = new Map<string, ImportedRelease>();
  const written = new Map<string, string>();
  let duplicates = 0;
  for (const [i, file] of files.entries()) {
    if (batch) progress(i, files.length, names.get(file) ?? file);
    try {
      const { release, target } = await importOne(file, known, lang, written);
      releases.set(target, release);
      rows.push({
        file: names.get(file) ?? file,
        company: release.company,
        draft: target,
        lang: release.lang,
        day: release.day,
        title: release.title,
        needs: [],
        details: [],
        checks: [],
        proposed: release.proposedPeople,
      });
    } catch (error) {
      const message = (error as Error).message;
      // Another version of a release that was just imported is no failure: the draft is there.
      if (error instanceof SameRelease) duplicates++;
      if (!batch) console.error(`import: ${file}: ${message}`);
      rows.push({
        file: names.get(file) ?? file,
        error: message,
        needs: [],
        details: [],
        checks: [],
        proposed: [],
      });
    }
  }
  if (batch && process.stdout.isTTY) process.stdout.write('\r\x1b[K');
  for (const file of skipped)
    rows.push({
      file: names.get(file) ?? file,
      error: 'not a .txt, .pdf or .docx file',
      needs: [],
      details: [],
      checks: [],
      proposed: [],
    });

  // Check the new drafts right away, with the same checks as `npm run validate`.
  const findings: Finding[] =
    releases.size === 0
      ? []
      : validateContent(await readContentFiles(contentDir), {
          dir: contentDir,
          now: buildNow(),
          timeZone: site.timeZone,
        });
  let draftErrors = 0;
  for (const row of rows) {
    const release = row.draft ? releases.get(row.draft) : undefined;
    if (!release || !row.draft) continue;
    const own = findings.filter((f) => f.file === `${contentDir}/${relative(contentDir, row.draft!)}`);
    draftErrors += own.filter((f) => f.severity === 'error').length;
    row.needs = needsALook(release, own);
    row.details = [
      ...release.notes,
      ...(release.figures.length > 0
        ? [
            `proposed ${release.figures.length} key figure${release.figures.length === 1 ? '' : 's'} (commented out in the front-matter)`,
          ]
        : []),
    ];
    row.checks = [...release.unclassified, ...own.map((f) => formatFinding(f))];
    row.draft = show(row.draft);
    if (!batch) printDetails(row, release, values.company !== undefined);
  }
  const failed = rows.filter((r) => r.error).length;
  console.log(
    `\nimported ${rows.length - failed} of ${rows.length} file${rows.length === 1 ? '' : 's'} as drafts`,
  );
  if (batch) {
    // Cut to the terminal's width; in a log or a pipe, every word stays.
    console.log(`\n${terminalTable(rows, process.stdout.isTTY ? process.stdout.columns : 10_000)}`);
    console.log(`\nreport: ${show(await writeReport(rows, buildNow(), values.report))}`);
  }
  if (rows.length > failed)
    console.log('Next: read each draft, then run npm run dev to preview and npm run validate to check.');
  process.exitCode = failed - duplicates > 0 || draftErrors > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(`import: ${(error as Error).message}\n${USAGE}`);
  process.exitCode = 1;
});
