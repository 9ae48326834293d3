/**
 * `npm run init [-- --name "…" --languages de,en --publisher "…" --url https://… [--time-zone …] [--dir <folder>]]`
 * starts a new newsroom: it writes a content skeleton (site.yaml, the publishing company, one
 * press contact, topics.yaml, an empty releases folder) into `content/` or `--dir`, asking for
 * what the flags leave out. It refuses a folder that holds releases, never overwrites a file and
 * never deletes anything.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { checkAnswers, InitError, parseLanguages, skeleton } from '~/lib/authoring/init';
import { supportedLangs } from '~/i18n/table';
import { asker } from './lib/prompt';

const USAGE = `usage:
  npm run init                     (asks for each value)
  npm run init -- --name "Talwerk Newsroom" --languages de,en --publisher "Talwerk Energie GmbH" \\
                  --url https://press.talwerk.example [--time-zone Europe/Berlin] [--dir <folder>]`;

const { values } = parseArgs({
  options: {
    name: { type: 'string' },
    languages: { type: 'string' },
    publisher: { type: 'string' },
    url: { type: 'string' },
    'time-zone': { type: 'string' },
    dir: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

/** Whether the folder already holds release files (at any depth under releases/). */
async function holdsReleases(dir: string): Promise<boolean> {
  const releases = join(dir, 'releases');
  if (!existsSync(releases)) return false;
  const entries = await readdir(releases, { recursive: true, withFileTypes: true });
  return entries.some((e) => e.isFile() && /\.mdx?$/.test(e.name));
}

/** A path as people can click it: relative inside the project, absolute outside. */
function show(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel || '.';
}

async function main(): Promise<void> {
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const dir = values.dir ?? process.env.PRESS_CONTENT_DIR ?? 'content';
  if (await holdsReleases(dir)) {
    throw new InitError(
      `${show(dir)} already holds releases: init starts a new newsroom and changes nothing in an existing one. Use --dir with an empty folder.`,
    );
  }

  const missing = !values.name || !values.languages || !values.publisher || !values.url;
  const prompt = missing ? asker() : undefined;
  const ask = async (value: string | undefined, question: string, fallback?: string) =>
    value ?? (prompt ? await prompt.ask(question, fallback) : (fallback ?? ''));
  let files;
  try {
    const name = await ask(values.name, 'Name of the newsroom');
    const languages = parseLanguages(
      await ask(values.languages, `Languages, the first is the default (${supportedLangs.join(', ')})`, 'en'),
    );
    const publisher = await ask(values.publisher, 'Name of the company that publishes it');
    const url = await ask(values.url, 'Public address of the site', 'https://press.example.com');
    const timeZone = values['time-zone'] ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    files = skeleton(checkAnswers({ name, languages, publisher, url, timeZone }));
  } finally {
    prompt?.close();
  }

  const taken = files.filter((f) => existsSync(join(dir, f.rel))).map((f) => show(join(dir, f.rel)));
  if (taken.length > 0) {
    throw new InitError(
      `${taken.join(', ')} already exist${taken.length === 1 ? 's' : ''}; nothing was written.`,
    );
  }
  for (const file of files) {
    await mkdir(dirname(join(dir, file.rel)), { recursive: true });
    await writeFile(join(dir, file.rel), file.text, { flag: 'wx' });
    console.log(`wrote ${show(join(dir, file.rel))}`);
  }

  const env = dir === 'content' ? '' : `PRESS_CONTENT_DIR=${show(dir)} `;
  console.log(`
Next steps:
  1. Read ${show(join(dir, 'site.yaml'))}: add your logo, colours, about text and links, and put the press
     office's real name, e-mail and phone in ${show(join(dir, 'people/press-office.yaml'))}.
  2. Write a first release:  ${env}npm run new -- --title "Your first headline"
  3. See it:                 ${env}npm run dev     Publish it: ${env}npm run build (into dist/)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof InitError ? `init: ${error.message}\n\n${USAGE}` : error);
  process.exitCode = 1;
});
