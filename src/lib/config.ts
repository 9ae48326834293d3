/**
 * The one place that reads the build's environment. Everything else asks here.
 * This module is loaded by astro.config.mjs too, so its imports stay relative (no `~/`).
 */

/** Site-wide settings. PRESS_SITE_URL and PRESS_TIME_ZONE override them. */
export const site = {
  name: 'Perskamer',
  /** Absolute origin used for canonical URLs, hreflang, feeds and JSON-LD. */
  url: process.env.PRESS_SITE_URL ?? 'https://perskamer.example.org',
  /** IANA time zone in which releases are dated and formatted. */
  timeZone: process.env.PRESS_TIME_ZONE ?? 'Europe/Amsterdam',
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

/**
 * The build clock: PRESS_NOW (an ISO date-time with offset) when set, so that embargo
 * decisions are reproducible; otherwise the real time.
 * @example PRESS_NOW=2026-12-01T09:00:00+01:00 npm run build
 */
export function buildNow(env: Record<string, string | undefined> = process.env): Date {
  const value = env.PRESS_NOW;
  if (!value) return new Date();
  const now = new Date(value);
  if (Number.isNaN(now.getTime())) {
    throw new Error(`PRESS_NOW: expected an ISO date-time like 2026-12-01T09:00:00+01:00, got "${value}"`);
  }
  return now;
}
