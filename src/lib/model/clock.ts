/**
 * The build clock as the logs show it: which moment decides embargoes, where it came from, and a
 * warning when PRESS_NOW is far from the real time (a rehearsal left in a publishing job would
 * publish embargoed news early, or hold everything back).
 *
 * Stand-in for `clockNote()` in src/lib/config.ts, which arrives with strict PRESS_NOW parsing
 * on another branch; the callers (the release loader and scripts/build.ts) switch to it then.
 */
import { buildNow, site } from '~/lib/config';
import { isoWithOffset } from '~/lib/locale/dates';

/** Further than this from the real time, PRESS_NOW gets a loud warning. */
export const CLOCK_WARNING_MS = 24 * 60 * 60 * 1000;

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
 * @example clockNote({}).line // 'build clock: 2026-12-01T09:00:00+01:00 (real time)'
 */
export function clockNote(
  env: Record<string, string | undefined> = process.env,
  real: Date = new Date(),
  timeZone: string = site.timeZone,
): ClockNote {
  const fromEnv = Boolean(env.PRESS_NOW);
  const now = fromEnv ? buildNow(env) : real;
  const line = `build clock: ${isoWithOffset(now, timeZone)} (${fromEnv ? 'from PRESS_NOW' : 'real time'})`;
  const gap = now.getTime() - real.getTime();
  if (!fromEnv || Math.abs(gap) <= CLOCK_WARNING_MS) return { now, fromEnv, line };
  const days = (Math.abs(gap) / 86_400_000).toFixed(1);
  return {
    now,
    fromEnv,
    line,
    warning:
      `WARNING: PRESS_NOW is ${days} days ${gap > 0 ? 'ahead of' : 'behind'} the real time ` +
      `(${isoWithOffset(real, timeZone)}). Embargoes are decided as if it were ${isoWithOffset(now, timeZone)}: ` +
      (gap > 0 ? 'embargoed news may be published early. ' : 'public releases may be held back. ') +
      'Unset PRESS_NOW for a real publication.',
  };
}
