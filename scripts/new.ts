/**
 * `npm run new -- --title "…" [--lang nl] [--company bmw-group] [--location Rijswijk]` writes a draft
 * release skeleton (language and company default to the site's first language and its
 * publisher); `npm run new -- --translate <release.md> --lang en [--title "…"]` a translation
 * skeleton. Without arguments it asks. It never overwrites a file.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildNow, contentDir, site } from '~/lib/config';
import { calendarDay, isoWithOffset, normaliseDate } from '~/lib/locale/dates';
import { splitFrontMatter, parseYaml } from '~/lib/authoring/front-matter';
import { defaultLang, isLang, langs, type Lang } from '~/i18n/locales';
import { newReleaseText, translationText, withTranslationKey } from '~/lib/authoring/release-template';
import { slugify, translationKeyFor } from '~/lib/authoring/slug';
import { readContentFiles, type ContentFile } from '~/lib/authoring/validate';
import { show, UsageError, writeNewRelease } from './lib/release-files';
import { asker } from './lib/prompt';

const USAGE = `usage:
  npm run new -- --title "Headline" [--lang nl] [--company <id>] [--location City]
  npm run new -- --translate content/releases/nl/<yyyy>/<slug>.md --lang en [--title "Headline"]
  npm run new                      (asks for each value)`;

const { values } = parseArgs({
  options: {
    lang: { type: 'string' },
    company: { type: 'string' },
    title: { type: 'string' },
    location: { type: 'string' },
    translate: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

/** Company ids, topic ids, contacts per company and the latest dateline per company. */
function catalogue(files: readonly ContentFile[]) {
  const companies = new Map<string, string>();
  const topics: string[] = [];
  const contacts = new Map<string, string[]>();
  const locations = new Map<string, { date: Date; location: string }>();
  for (const { rel, text } of files) {
    const yaml = rel.endsWith('.yaml') || rel.endsWith('.yml') ? text : splitFrontMatter(text).yaml;
    if (yaml === undefined) continue;
    const data: unknown = parseYaml(yaml).doc.toJS();
    if (rel.startsWith('companies/') && isRecord(data)) {
      companies.set(basename(rel).replace(/\.ya?ml$/, ''), String(data['name'] ?? ''));
    } else if (rel === 'topics.yaml' && Array.isArray(data)) {
      for (const topic of data)
        if (isRecord(topic) && typeof topic['id'] === 'string') topics.push(topic['id']);
    } else if (rel.startsWith('people/') && isRecord(data) && (data['email'] || data['phone'])) {
      const company = String(data['company'] ?? '');
      contacts.set(company, [...(contacts.get(company) ?? []), basename(rel).replace(/\.ya?ml$/, '')]);
    } else if (rel.startsWith('releases/') && isRecord(data) && typeof data['location'] === 'string') {
      const date = data['date'] instanceof Date ? data['date'] : new Date(0);
      for (const company of [data['company']].flat()) {
        const known = locations.get(String(company));
        if (!known || known.date < date) locations.set(String(company), { date, location: data['location'] });
      }
    }
  }
  return { companies, topics, contacts, locations };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Writes a new release file, refusing to overwrite one or to give a second file its URL. */
const writeNew = (path: string, text: string) =>
  writeNewRelease(path, text, 'Choose another title, or edit that file.');

function requireLang(value: string | undefined): Lang {
  if (!value || !isLang(value)) {
    throw new UsageError(`--lang: expected one of ${langs.join(', ')}, got "${value ?? ''}"`);
  }
  return value;
}

async function main(): Promise<void> {
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const files = await readContentFiles(contentDir);
  const known = catalogue(files);
  const now = buildNow();

  if (values.translate) {
    const sourcePath = values.translate;
    const lang = requireLang(values.lang);
    const source = await readFile(sourcePath, 'utf8').catch(() => {
      throw new UsageError(`--translate: cannot read ${sourcePath}; expected a release file`);
    });
    const raw: unknown = parseYaml(splitFrontMatter(source).yaml ?? '').doc.toJS();
    if (!isRecord(raw) || typeof raw['title'] !== 'string') {
      throw new UsageError(`${sourcePath}: title: expected the source release to have a title`);
    }
    const date = raw['date'] instanceof Date || typeof raw['date'] === 'string' ? raw['date'] : now;
    const year = calendarDay(normaliseDate(date, site.timeZone), site.timeZone).slice(0, 4);
    const slug = values.title ? slugify(values.title) : basename(sourcePath, extname(sourcePath));
    if (!slug) throw new UsageError('--title: expected a headline with at least one letter or digit');
    const target = join(contentDir, 'releases', lang, year, `${slug}${extname(sourcePath)}`);
    let key = typeof raw['translationKey'] === 'string' ? raw['translationKey'] : undefined;
    const text = translationText(source, {
      sourcePath,
      targetPath: target,
      translationKey: (key ??= translationKeyFor(slugify(raw['title']))),
      title: values.title,
    });
    await writeNew(target, text);
    if (raw['translationKey'] === undefined) {
      // Without a shared key the two versions would not pair up.
      await writeFile(sourcePath, withTranslationKey(source, key));
      console.log(`added translationKey: ${key} to ${sourcePath}`);
    }
    console.log(`wrote ${show(target)}`);
    console.log(`Translate every text marked "TODO translate:", then run: npm run validate`);
    if (!values.title) console.log('Once the title is translated, rename the file to match it.');
    return;
  }

  const interactive = !values.lang && !values.company && !values.title;
  const prompt = interactive ? asker() : undefined;
  try {
    const lang = requireLang(
      prompt ? await prompt.ask(`Language (${langs.join(', ')})`, defaultLang) : (values.lang ?? defaultLang),
    );
    const companyIds = [...known.companies.keys()];
    // The newsroom's own company unless the release is another's.
    const company = prompt
      ? await prompt.ask(`Company (${companyIds.join(', ')})`, site.publisher)
      : (values.company ?? site.publisher);
    if (!company || !known.companies.has(company)) {
      throw new UsageError(
        `--company: unknown company "${company ?? ''}"; expected one of: ${companyIds.join(', ')}`,
      );
    }
    const title = (prompt ? await prompt.ask('Headline') : values.title)?.trim() ?? '';
    const slug = slugify(title);
    if (!slug) throw new UsageError('--title: expected a headline with at least one letter or digit');
    const fallbackLocation = known.locations.get(company)?.location ?? 'TODO city';
    const location = prompt
      ? await prompt.ask('Dateline city', fallbackLocation)
      : (values.location ?? fallbackLocation);

    const year = calendarDay(now, site.timeZone).slice(0, 4);
    const path = join(contentDir, 'releases', lang, year, `${slug}.md`);
    await writeNew(
      path,
      newReleaseText({
        lang,
        company,
        title,
        location,
        date: isoWithOffset(now, site.timeZone),
        translationKey: translationKeyFor(slug),
        topicIds: known.topics,
        contactIds: known.contacts.get(company) ?? [],
      }),
    );
    console.log(`wrote ${show(path)} (a draft: set "draft: false" to publish)`);
    console.log('Preview it with: npm run dev    Check it with: npm run validate');
  } finally {
    prompt?.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof UsageError ? `new: ${error.message}\n\n${USAGE}` : error);
  process.exitCode = 1;
});
