/** The build clock and the site's time zone are read strictly, and the clock is told. */
import { describe, expect, it } from 'vitest';
import { buildNow, clockNote, timeZoneFrom } from '~/lib/config';

describe('buildNow', () => {
  it('reads a full date-time with offset or Z', () => {
    expect(buildNow({ PRESS_NOW: '2026-12-01T09:00:00+01:00' }).toISOString()).toBe(
      '2026-12-01T08:00:00.000Z',
    );
    expect(buildNow({ PRESS_NOW: '2026-12-01T09:00Z' }).toISOString()).toBe('2026-12-01T09:00:00.000Z');
  });

  it('refuses what V8 would read loosely, naming PRESS_NOW', () => {
    // "1" was 2001, "2027" and "2099" published every embargo before them.
    for (const value of ['1', '2027', '2099', '2026-12-03', 'tomorrow', '1-12-2026 09:00']) {
      expect(() => buildNow({ PRESS_NOW: value }), value).toThrow(
        `PRESS_NOW: expected an ISO date-time with offset, like 2026-12-01T09:00:00+01:00 (or Z for UTC), got "${value}"`,
      );
    }
  });

  it('refuses a date-time without offset, which the machine zone would have read', () => {
    expect(() => buildNow({ PRESS_NOW: '2026-12-03T09:00' })).toThrow(
      'PRESS_NOW: expected an ISO date-time with offset, like 2026-12-01T09:00:00+01:00 (or Z for UTC), got "2026-12-03T09:00" (it has no time zone offset)',
    );
  });

  it('refuses a moment that is not in the calendar instead of rolling it over', () => {
    expect(() => buildNow({ PRESS_NOW: '2026-02-30T09:00:00+01:00' })).toThrow(
      /^PRESS_NOW: "2026-02-30T09:00:00\+01:00" is not a moment in the calendar; expected an ISO date-time/,
    );
    expect(() => buildNow({ PRESS_NOW: '2026-12-01T25:00:00Z' })).toThrow(/is not a moment in the calendar/);
  });

  it('uses the real time when PRESS_NOW is unset or empty', () => {
    for (const env of [{}, { PRESS_NOW: '' }, { PRESS_NOW: '  ' }]) {
      expect(Math.abs(buildNow(env).getTime() - Date.now())).toBeLessThan(5_000);
    }
  });
});

describe('timeZoneFrom', () => {
  it('reads PRESS_TIME_ZONE, and takes Europe/Amsterdam when it is unset or empty', () => {
    expect(timeZoneFrom({ PRESS_TIME_ZONE: 'America/New_York' })).toBe('America/New_York');
    expect(timeZoneFrom({})).toBe('Europe/Amsterdam');
    expect(timeZoneFrom({ PRESS_TIME_ZONE: '' })).toBe('Europe/Amsterdam');
  });

  it('names the variable when the zone does not exist', () => {
    expect(() => timeZoneFrom({ PRESS_TIME_ZONE: 'Europe/Amazon' })).toThrow(
      'PRESS_TIME_ZONE: expected an IANA time zone like Europe/Amsterdam or America/New_York, got "Europe/Amazon"',
    );
  });
});

describe('clockNote', () => {
  const real = new Date('2026-11-29T14:52:00Z');

  it('says which clock the build used, in the site time zone', () => {
    const env = { PRESS_NOW: '2026-11-30T09:00:00+01:00' };
    expect(clockNote(buildNow(env), env, real, 'Europe/Amsterdam')).toEqual({
      line: 'build clock: 2026-11-30T09:00:00+01:00 (from PRESS_NOW)',
    });
    expect(clockNote(real, {}, real, 'America/New_York')).toEqual({
      line: 'build clock: 2026-11-29T09:52:00-05:00 (real time)',
    });
  });

  it('warns loudly when PRESS_NOW is more than a day ahead of the real time', () => {
    const env = { PRESS_NOW: '2099-01-01T00:00:00Z' };
    const note = clockNote(buildNow(env), env, real, 'Europe/Amsterdam');
    expect(note.line).toBe('build clock: 2099-01-01T01:00:00+01:00 (from PRESS_NOW)');
    expect(note.warning).toBe(
      'WARNING: PRESS_NOW (2099-01-01T00:00:00Z) is 26330.4 days ahead of the real time (2026-11-29T15:52:00+01:00): embargoes up to that moment are lifted in this build, ahead of time. Unset PRESS_NOW unless this build is a rehearsal.',
    );
  });

  it('warns when PRESS_NOW is far behind, and not within a day', () => {
    const behind = { PRESS_NOW: '2026-11-01T00:00:00Z' };
    expect(clockNote(buildNow(behind), behind, real, 'UTC').warning).toMatch(
      /^WARNING: PRESS_NOW \(2026-11-01T00:00:00Z\) is 28\.6 days behind the real time .*: releases that are public by now are left out of this build\./,
    );
    const close = { PRESS_NOW: '2026-11-30T14:00:00Z' };
    expect(clockNote(buildNow(close), close, real, 'UTC').warning).toBeUndefined();
  });
});
