/**
 * The build clock as a build reads and reports it: the moment that decides embargoes, whether
 * PRESS_NOW set it, and the words for the logs (from `clockNote` in src/lib/config.ts).
 */
import { buildNow, clockNote, site } from '~/lib/config';

/** The build clock and how to report it. */
export interface ClockNote {
  now: Date;
  /** True when PRESS_NOW set the clock. */
  fromEnv: boolean;
  /** `build clock: 2026-12-01T09:00:00+01:00 (from PRESS_NOW)` */
  line: string;
  /** Set when PRESS_NOW is more than a day away from the real time. */
  warning?: string | undefined;
}

/**
 * Reads the build clock and describes it for the logs.
 * @example readClock({}).line // 'build clock: 2026-12-01T09:00:00+01:00 (real time)'
 */
export function readClock(
  env: Record<string, string | undefined> = process.env,
  real: Date = new Date(),
  timeZone: string = site.timeZone,
): ClockNote {
  const fromEnv = Boolean(env.PRESS_NOW?.trim());
  const now = fromEnv ? buildNow(env) : real;
  return { now, fromEnv, ...clockNote(now, env, real, timeZone) };
}
