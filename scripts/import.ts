/**
 * `npm run import -- <file.txt|folder> [--lang nl] [--company id]`: turns plain-text press releases
 * (copied from a PDF or an e-mail) into draft release files, and reports what it could not place.
 * It never overwrites a file.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { buildNow, contentDir, site } from '~/lib/config';
import { isoWithOffset } from '~/lib/locale/dates';
import { decodeText } from '~/lib/authoring/import/decode';
import { importText } from '~/lib/authoring/import/index';
import { renderImport } from '~/lib/authoring/import/render';
import type { ImportContext } from '~/lib/authoring/import/types';
import { isLang, langs } from '~/i18n/locales';
import { parseYaml } from '~/lib/authoring/front-matter';
import { slugify, translationKeyFor } from '~/lib/authoring/slug';
import { formatFinding, readContentFiles, validateContent } from '~/lib/authoring/validate';
import { show, writeNewRelease } from './lib/release-files';

const USAGE = 'usage: npm run import -- <file.txt|folder> [--lang nl|en|de|fr] [--company <id>]';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    lang: { type: 'string' },
    company: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

/** The .txt files named on the command line; a folder stands for all its .txt files. */
async function sources(paths: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new Error(`${path}: no such file or folder`);
    if (info.isDirectory()) {
      const names = (await readdir(path)).filter((n) => n.toLowerCase().endsWith('.txt')).sort();
      if (names.length === 0) throw new Error(`${path}: no .txt files in this folder`);
      found.push(...names.map((n) => join(path, n)));
    } else {
      found.push(path);
    }
  }
  return found;
}

/** Companies and people from the content, for matching names in the text. */
async function context(): Promise<Omit<ImportContext, 'lang' | 'company'>> {
  const files = await readContentFiles(contentDir);
  const record = (text: string): Record<string, unknown> => {
    const data: unknown = parseYaml(text).doc.toJS();
    return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  };
  const idOf = (rel: string) => basename(rel).replace(/\.ya?ml$/, '');
  const str = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return {
    companies: files
      .filter((f) => f.rel.startsWith('companies/'))
      .map((f) => ({ id: idOf(f.rel), name: str(record(f.text)['name']) ?? idOf(f.rel) })),
    people: files
      .filter((f) => f.rel.startsWith('people/'))
      .map((f) => {
        const data = record(f.text);
        return {
          id: idOf(f.rel),
          name: str(data['name']) ?? '',
          email: str(data['email']),
          phone: str(data['phone']),
        };
      }),
  };
}

async function importOne(source: string, known: Awaited<ReturnType<typeof context>>): Promise<string> {
  const text = decodeText(await readFile(source));
  const lang = values.lang;
  if (lang !== undefined && !isLang(lang))
    throw new Error(`--lang: expected one of ${langs.join(', ')}, got "${lang}"`);
  if (values.company && !known.companies.some((c) => c.id === values.company)) {
    throw new Error(
      `--company: unknown company "${values.company}"; expected one of: ${known.companies.map((c) => c.id).join(', ')}`,
    );
  }
  const release = importText(text, { ...known, lang, company: values.company });
  if (!release.company) {
    throw new Error(
      `no company name found in the text; pass --company <id> (one of: ${known.companies.map((c) => c.id).join(', ')})`,
    );
  }
  const now = buildNow();
  const date = release.day ?? isoWithOffset(now, site.timeZone);
  const slug = slugify(release.title);
  if (!slug) throw new Error('the headline has no letters or digits to make a file name from');
  const target = join(contentDir, 'releases', release.lang, date.slice(0, 4), `${slug}.md`);
  const fileText = renderImport(release, {
    company: release.company,
    translationKey: translationKeyFor(slug),
    date,
    fallbackLocation: 'TODO city',
    sourceName: basename(source),
  });
  await writeNewRelease(
    target,
    fileText,
    'Rename or remove that file to import again.',
    ' (imported before?)',
  );

  console.log(`\n${source} -> ${show(target)}`);
  console.log(
    `  language: ${release.lang}${release.langDetected ? ' (detected; pass --lang to choose)' : ''}`,
  );
  console.log(
    `  company: ${release.company}${values.company ? '' : ' (matched by name; pass --company to choose)'}`,
  );
  for (const note of release.notes) console.log(`  - ${note}`);
  if (release.figures.length > 0) {
    console.log(`  - proposed ${release.figures.length} key figures (commented out in the front-matter)`);
  }
  for (const cut of release.cut.filter((c) => c.text)) {
    console.log(`  Cut out${cut.heading ? ` under "${cut.heading}"` : ''} (kept as comments in the draft):`);
    console.log(indent(cut.text));
  }
  if (release.unclassified.length > 0) {
    console.log('  Could not classify (please check):');
    for (const item of release.unclassified) console.log(`  ? ${item}`);
  }
  return target;
}

const indent = (text: string) =>
  text
    .split('\n')
    .map((line) => `    | ${line}`)
    .join('\n');

async function main(): Promise<void> {
  if (values.help || positionals.length === 0) {
    console.log(USAGE);
    process.exitCode = values.help ? 0 : 1;
    return;
  }
  const files = await sources(positionals);
  const known = await context();
  const written: string[] = [];
  let failed = 0;
  for (const file of files) {
    try {
      written.push(await importOne(file, known));
    } catch (error) {
      failed++;
      console.error(`\nimport: ${file}: ${(error as Error).message}`);
    }
  }
  if (written.length > 0) {
    // Check the new drafts right away, with the same checks as `npm run validate`.
    const findings = validateContent(await readContentFiles(contentDir), {
      dir: contentDir,
      now: buildNow(),
      timeZone: site.timeZone,
    }).filter((f) => written.some((w) => f.file === `${contentDir}/${relative(contentDir, w)}`));
    console.log(
      `\nimported ${written.length} of ${files.length} file${files.length === 1 ? '' : 's'} as drafts`,
    );
    for (const finding of findings) console.log(formatFinding(finding));
    if (findings.some((f) => f.severity === 'error')) failed++;
    console.log('Next: read each draft, then run npm run dev to preview and npm run validate to check.');
  }
  process.exitCode = failed > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(`import: ${(error as Error).message}\n${USAGE}`);
  process.exitCode = 1;
});
