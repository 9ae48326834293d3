/**
 * The one place that reads the build's environment. Everything else asks here.
 * This module is loaded by astro.config.mjs too, so its imports stay relative (no `~/`).
 */

/**
 * The site's IANA time zone: PRESS_TIME_ZONE, or Europe/Amsterdam when unset or empty.
 * @example timeZoneFrom({ PRESS_TIME_ZONE: 'America/New_York' }) // 'America/New_York'
 */
export function timeZoneFrom(env: Record<string, string | undefined> = process.env): string {
  const value = env.PRESS_TIME_ZONE?.trim() || 'Europe/Amsterdam';
  try {
    return new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    throw new Error(
      `PRESS_TIME_ZONE: expected an IANA time zone like Europe/Amsterdam or America/New_York, got "${value}"`,
    );
  }
}

/** Site-wide settings. PRESS_SITE_URL and PRESS_TIME_ZONE override them. */
export const site = {
  name: 'Perskamer',
  /** Absolute origin used for canonical URLs, hreflang, feeds and JSON-LD. */
  url: process.env.PRESS_SITE_URL ?? 'https://perskamer.example.org',
  /** IANA time zone in which releases are dated and formatted. */
  timeZone: timeZoneFrom(),
};

/**
 * Where content lives. PRESS_CONTENT_DIR points the build at another tree
 * (the test fixtures, the benchmark corpus); the default is `content/`.
 */
export const contentDir = process.env.PRESS_CONTENT_DIR ?? 'content';

/**
 * Drafts and embargoed releases appear only in the dev server and the staff preview.
 * `import.meta.env` exists only under Vite; the CLIs in scripts/ never show unpublished work.
 */
export const showsUnpublished = import.meta.env?.DEV === true || process.env.PRESS_STAFF_PREVIEW === '1';

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
