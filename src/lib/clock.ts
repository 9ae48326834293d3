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
