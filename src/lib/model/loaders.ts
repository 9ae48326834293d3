/**
 * Content loading for releases. Unpublished releases are removed right where content is
 * loaded, so that neither their text nor their images reach the data store or `dist/`.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { Loader, LoaderContext, ParseDataOptions } from 'astro/loaders';
import { CORE_SCHEMA, load } from 'js-yaml';
import { showsUnpublished, site } from '~/lib/config';
import { BUILD_REPORT_FILE, buildReport } from '~/lib/model/build-report';
import { readClock } from '~/lib/model/clock';
import { groupVisibility, isPublic, visibilityCounts, type VersionVisibility } from '~/lib/model/releases';

/** Front-matter the way Astro finds it (`---` lines; `+++` TOML is not read here). */
const FRONT_MATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Puts back the text of date fields that YAML turned into a Date. Astro reads front-matter
 * with js-yaml's default schema, which reads `2026-06-03T09:00:00` as 09:00 UTC, the same value as
 * `2026-06-03T09:00:00Z`, and rolls `2026-02-30` over into March; from the text the schema
 * reads a date without offset in the site's time zone and refuses days not in the calendar.
 * @example withDateText({ date: new Date('2026-06-03T09:00:00Z') }, '---\ndate: 2026-06-03T09:00:00\n---\n') // { date: '2026-06-03T09:00:00' }
 */
export function withDateText<T extends Record<string, unknown>>(data: T, fileText: string): T {
  const yaml = FRONT_MATTER.exec(fileText)?.[1];
  if (yaml === undefined) return data;
  let source: unknown;
  try {
    // Astro's own parser, with the core schema, which has no timestamps: every date stays text.
    source = load(yaml, { schema: CORE_SCHEMA });
  } catch {
    // Not readable without timestamps (no known case): the schema then reads the Dates, never early.
    return data;
  }
  if (!isRecord(source)) return data;
  /** The record with its `field` given as text, when YAML made a Date of it. */
  const asText = (record: Record<string, unknown>, text: Record<string, unknown>, field: string) =>
    record[field] instanceof Date && typeof text[field] === 'string'
      ? { ...record, [field]: text[field] }
      : record;
  let result: Record<string, unknown> = asText(asText(data, source, 'date'), source, 'embargo');
  const { updated } = result;
  if (isRecord(updated) && isRecord(source['updated'])) {
    result = { ...result, updated: asText(updated, source['updated'], 'date') };
  }
  return result as T;
}

/** The meta-store key under which the time zone of the stored date readings is kept. */
const ZONE_KEY = 'perskamer-time-zone';

/**
 * Wraps a loader so that only releases public at build time stay in the store: not drafts,
 * and not releases whose date or embargo (the group's latest, see groupVisibility) is still
 * to come. Logs the next lift time and the build clock, for the scheduler and for people.
 */
export function publicReleasesOnly(inner: Loader): Loader {
  return {
    name: 'perskamer-public-releases',
    load: async (context) => {
      // Stored entries hold dates read in one time zone; with another zone they are read anew.
      if (context.meta.get(ZONE_KEY) !== site.timeZone) {
        context.store.clear();
        context.meta.set(ZONE_KEY, site.timeZone);
      }
      await inner.load({ ...context, parseData: withDateTextParse(context) });

      const clock = readClock();
      if (clock.warning) context.logger.warn(clock.warning);
      const versions: VersionVisibility[] = context.store
        .entries()
        .map(([id, entry]) => ({ id, data: entry.data as unknown as VersionVisibility['data'] }));
      // One embargo per translation group decides, here and in the counts.
      const visibility = groupVisibility(versions);
      const report = buildReport(visibilityCounts(visibility.values(), clock.now), clock, {
        timeZone: site.timeZone,
        staffPreview: showsUnpublished,
      });
      // Read by src/integrations/publish-guard.ts and scripts/build.ts: they count what the loader decided.
      await mkdir(context.config.cacheDir, { recursive: true });
      await writeFile(new URL(BUILD_REPORT_FILE, context.config.cacheDir), `${JSON.stringify(report)}\n`);
      if (showsUnpublished) {
        context.logger.info(clock.line);
        return;
      }
      for (const [id, seen] of visibility) {
        if (!isPublic(seen, clock.now)) context.store.delete(id);
      }
      // A scheduler reads the first part of this line to know when to rebuild.
      const next = report.nextLift
        ? `next embargo lifts at ${report.nextLift}`
        : 'no embargoed releases waiting';
      context.logger.info(`${next}; ${clock.line}`);
    },
  };
}

/** The context's parseData, given the text of each entry's date fields (see withDateText). */
function withDateTextParse(context: LoaderContext): LoaderContext['parseData'] {
  return async <TData extends Record<string, unknown>>(props: ParseDataOptions<TData>) => {
    const text = props.filePath ? await readFile(props.filePath, 'utf8').catch(() => undefined) : undefined;
    return context.parseData({
      ...props,
      data: text === undefined ? props.data : withDateText(props.data, text),
    });
  };
}
