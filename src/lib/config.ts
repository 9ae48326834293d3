/**
 * The one place that reads the build's environment and the newsroom's `site.yaml`.
 * Everything else asks here. This module is loaded by astro.config.mjs too, so its imports
 * stay relative (no `~/`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { Lang } from '../i18n/table';
import { siteSchema, textIn, type SiteConfig } from '../schemas/site';

/**
 * Where content lives. PRESS_CONTENT_DIR points the build at another tree
 * (the test fixtures, the benchmark corpus, a newsroom of its own); the default is `content/`.
 */
export const contentDir = process.env.PRESS_CONTENT_DIR ?? 'content';

/** The newsroom's configuration file. */
export const siteFile = join(contentDir, 'site.yaml');

/** One problem in `site.yaml`, placed like every other content problem. */
export interface SiteProblem {
  file: string;
  line: number;
  column: number;
  field: string;
  message: string;
}

/** `site.yaml` is missing or wrong: the build cannot know whose site it is. */
export class SiteConfigError extends Error {
  constructor(readonly problems: SiteProblem[]) {
    super(problems.map((p) => `${p.file}:${p.line}:${p.column}: error: ${p.field}: ${p.message}`).join('\n'));
    this.name = 'SiteConfigError';
  }
}

/**
 * Reads and checks a `site.yaml` text with the schema that `npm run validate` uses too; every
 * problem names the line and field. `exists` answers for files relative to the content folder.
 */
export function parseSiteConfig(
  text: string,
  file: string,
  exists: (path: string) => boolean,
): { site: SiteConfig; problems: [] } | { site: undefined; problems: SiteProblem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const at = (offset: number) => {
    const pos = lines.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((e) => ({
      file,
      ...at(e.pos[0]),
      field: '(yaml)',
      message: `YAML syntax: ${e.message.split('\n')[0]}`,
    }));
    return { site: undefined, problems };
  }
  const result = siteSchema({ exists }).safeParse(doc.toJS() ?? {});
  if (result.success) return { site: result.data, problems: [] };
  const problems = result.error.issues.map((issue) => {
    // The nearest node of the field that is present: a missing field points at its parent.
    let offset = 0;
    for (let n = issue.path.length; n > 0; n--) {
      const node: unknown = doc.getIn(issue.path.slice(0, n), true);
      if (node && typeof node === 'object' && 'range' in node && Array.isArray(node.range)) {
        offset = node.range[0] as number;
        break;
      }
    }
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    return {
      file,
      ...at(offset),
      field: issue.path.length > 0 ? issue.path.map(String).join('.') : '(file)',
      message: missing ? `missing: this field is required (expected ${issue.expected})` : issue.message,
    };
  });
  return { site: undefined, problems: problems.sort((a, b) => a.line - b.line || a.column - b.column) };
}

/** Reads `site.yaml` from the content folder; throws a SiteConfigError naming each problem. */
export function loadSiteConfig(dir: string = contentDir): SiteConfig {
  const file = join(dir, 'site.yaml');
  if (!existsSync(file)) {
    throw new SiteConfigError([
      {
        file,
        line: 1,
        column: 1,
        field: '(file)',
        message:
          "missing: expected the newsroom's site.yaml (name, publisher, languages…); `npm run init` writes one",
      },
    ]);
  }
  const { site, problems } = parseSiteConfig(readFileSync(file, 'utf8'), file, (path) =>
    existsSync(join(dir, path)),
  );
  if (!site) throw new SiteConfigError(problems);
  return site;
}

const configured = loadSiteConfig();

/**
 * The site's IANA time zone: PRESS_TIME_ZONE, or site.yaml's `timeZone` when unset or empty.
 * @example timeZoneFrom({ PRESS_TIME_ZONE: 'America/New_York' }) // 'America/New_York'
 */
export function timeZoneFrom(
  env: Record<string, string | undefined> = process.env,
  fallback: string = configured.timeZone,
): string {
  const value = env.PRESS_TIME_ZONE?.trim() || fallback;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    throw new Error(
      `PRESS_TIME_ZONE: expected an IANA time zone like Europe/Amsterdam or America/New_York, got "${value}"`,
    );
  }
}

/**
 * The newsroom, from `site.yaml`. PRESS_SITE_URL and PRESS_TIME_ZONE override its url and
 * time zone (a staging host, a test clock).
 */
export const site: SiteConfig = {
  ...configured,
  /** Absolute origin used for canonical URLs, hreflang, feeds and JSON-LD. */
  url: process.env.PRESS_SITE_URL ?? configured.url,
  /** IANA time zone in which releases are dated and formatted. */
  timeZone: timeZoneFrom(),
};

/**
 * The newsroom's name in a language (the first language's when it has none of its own).
 * @example siteName('en') // 'Perskamer'
 */
export function siteName(lang: Lang): string {
  return textIn(site.name, lang, site.languages[0]!);
}

/**
 * Drafts and embargoed releases appear only in the dev server and the staff preview.
 * The CLIs in scripts/ run without Vite, never in dev, and never show unpublished work.
 */
export const showsUnpublished = isViteDev() || process.env.PRESS_STAFF_PREVIEW === '1';

/**
 * Whether this runs in Astro's dev server. Written as the full `import.meta.env.DEV`, which Vite
 * replaces by a constant: when a module names the env object alone, Astro inlines the value of
 * every environment variable whose name the module mentions (PRESS_NOW among them), and the
 * code hash of every page, which decides incremental reuse, would change with the build clock.
 * Without Vite (the CLIs in scripts/, run by tsx) there is no env object: not dev.
 */
function isViteDev(): boolean {
  try {
    return import.meta.env.DEV === true;
  } catch {
    return false;
  }
}

/**
 * PRESS_ALLOW_EMPTY=1: a build that publishes no release at all is allowed. Without it such a
 * build fails, because it is nearly always a mistake (an empty content folder, a wrong PRESS_NOW)
 * that would replace the site with an empty one.
 */
export const allowEmpty = process.env.PRESS_ALLOW_EMPTY === '1';

/** PRESS_STRICT=1: a key figure not mentioned in its text is an error, not a warning. */
export const strictChecks = process.env.PRESS_STRICT === '1';

/** A full ISO 8601 date-time with `Z` or an offset: the only clock a build accepts. */
const CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/**
 * The build clock: PRESS_NOW (a full ISO date-time with `Z` or an offset) when set and not
 * empty, so that embargo decisions are reproducible; otherwise the real time. Anything looser
 * is refused: V8 reads "1" as the year 2001 and "2026-12-03T09:00" in the machine's zone.
 * @example PRESS_NOW=2026-12-01T09:00:00+01:00 npm run build
 */
export function buildNow(env: Record<string, string | undefined> = process.env): Date {
  const value = env.PRESS_NOW?.trim();
  if (!value) return new Date();
  const expected = 'expected an ISO date-time with offset, like 2026-12-01T09:00:00+01:00 (or Z for UTC)';
  const match = CLOCK.exec(value);
  if (!match) {
    const local = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value);
    throw new Error(`PRESS_NOW: ${expected}, got "${value}"${local ? ' (it has no time zone offset)' : ''}`);
  }
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = match
    .slice(1)
    .map((part) => Number(part ?? 0)) as [number, number, number, number, number, number, number, number];
  // V8 rolls 30 February over into March: the day must survive a round trip through the calendar.
  const calendar = new Date(Date.UTC(year, month - 1, day));
  const real =
    calendar.getUTCMonth() === month - 1 &&
    calendar.getUTCDate() === day &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetHours <= 14 &&
    offsetMinutes <= 59;
  if (!real) throw new Error(`PRESS_NOW: "${value}" is not a moment in the calendar; ${expected}`);
  return new Date(value);
}

/** How far PRESS_NOW may be from the real time before the build warns. */
const CLOCK_DRIFT_MS = 24 * 3_600_000;

/** What a build prints about its clock. */
export interface ClockNote {
  /** `build clock: 2026-12-01T09:00:00+01:00 (from PRESS_NOW)` or `… (real time)`. */
  line: string;
  /** A loud warning when PRESS_NOW is more than a day away from the real time. */
  warning?: string;
}

/**
 * The line every build prints about the clock it decides embargoes with, and a warning when
 * PRESS_NOW is far from the real time (a rehearsal clock left set publishes or withholds
 * releases for real).
 * @example clockNote(buildNow()).line // 'build clock: 2026-12-01T09:00:00+01:00 (from PRESS_NOW)'
 */
export function clockNote(
  now: Date,
  env: Record<string, string | undefined> = process.env,
  realNow: Date = new Date(),
  timeZone: string = site.timeZone,
): ClockNote {
  const fromEnv = Boolean(env.PRESS_NOW?.trim());
  const line = `build clock: ${isoInZone(now, timeZone)} (${fromEnv ? 'from PRESS_NOW' : 'real time'})`;
  const drift = now.getTime() - realNow.getTime();
  if (!fromEnv || Math.abs(drift) <= CLOCK_DRIFT_MS) return { line };
  const days = (Math.abs(drift) / (24 * 3_600_000)).toFixed(1);
  const effect =
    drift > 0
      ? 'embargoes up to that moment are lifted in this build, ahead of time'
      : 'releases that are public by now are left out of this build';
  return {
    line,
    warning:
      `WARNING: PRESS_NOW (${env.PRESS_NOW?.trim()}) is ${days} days ${drift > 0 ? 'ahead of' : 'behind'} the real time ` +
      `(${isoInZone(realNow, timeZone)}): ${effect}. Unset PRESS_NOW unless this build is a rehearsal.`,
  };
}

/**
 * ISO 8601 in `timeZone` with its offset. (This module is the bottom layer, loaded by
 * astro.config.mjs, so it cannot use lib/locale/dates.ts, which formats the same way.)
 */
function isoInZone(date: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const offset = get('timeZoneName').replace('GMT', '') || '+00:00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:${get('second')}${offset}`;
}
