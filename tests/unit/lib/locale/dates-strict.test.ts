/** Front-matter dates are read strictly, and a date-time without offset in the site's zone. */
import { describe, expect, it } from 'vitest';
import {
  latestReading,
  normaliseDate,
  offsetHint,
  readDateText,
  wallClockReading,
  zonedMidnight,
} from '~/lib/locale/dates';

const AMS = 'Europe/Amsterdam';
const NY = 'America/New_York';

/** The instant a text is read as, or the message when it cannot be read. */
function read(text: string, timeZone = AMS): string {
  const reading = readDateText(text, timeZone);
  return reading.ok ? `${reading.date.toISOString()} ${reading.form}` : reading.message;
}

describe('readDateText: the forms the site accepts', () => {
  it('reads a date alone as midnight in the site time zone', () => {
    expect(read('2026-12-01')).toBe('2026-11-30T23:00:00.000Z day');
    expect(read('2026-06-03', NY)).toBe('2026-06-03T04:00:00.000Z day');
  });

  it('reads a date-time with offset or Z as that exact moment, whatever the site zone', () => {
    expect(read('2026-06-03T09:00:00+02:00', NY)).toBe('2026-06-03T07:00:00.000Z offset');
    expect(read('2026-06-03T09:00:00Z')).toBe('2026-06-03T09:00:00.000Z offset');
    expect(read('2026-06-03T09:00-04:00')).toBe('2026-06-03T13:00:00.000Z offset');
    expect(read('2026-06-03 09:00:00.250+02:00')).toBe('2026-06-03T07:00:00.250Z offset');
  });

  it('reads a date-time without offset in the site time zone, never as UTC', () => {
    // The review's reproduction: 09:00 meant in New York is 13:00 UTC, not 09:00 UTC.
    expect(read('2026-06-03T09:00:00', NY)).toBe('2026-06-03T13:00:00.000Z local');
    expect(read('2026-06-03T09:00:00', AMS)).toBe('2026-06-03T07:00:00.000Z local');
    expect(read('2026-11-29T11:30:00', AMS)).toBe('2026-11-29T10:30:00.000Z local');
  });

  it('takes the later moment where clocks go back, and the time after the jump where they go forward', () => {
    // 25 October 2026: 02:30 happens twice in Amsterdam (+02:00, then +01:00).
    expect(read('2026-10-25T02:30:00')).toBe('2026-10-25T01:30:00.000Z local');
    // 29 March 2026: clocks jump from 02:00 to 03:00; 02:30 is read as 03:30+02:00.
    expect(read('2026-03-29T02:30:00')).toBe('2026-03-29T01:30:00.000Z local');
    // 8 March 2026 in New York: 02:30 does not exist either.
    expect(read('2026-03-08T02:30:00', NY)).toBe('2026-03-08T07:30:00.000Z local');
  });
});

describe('readDateText: what it refuses, in words', () => {
  it('says that a day is not in the calendar, instead of rolling it over', () => {
    expect(read('2026-02-30')).toBe(
      'there is no 30 February 2026; expected a date (2023-02-20) or a date-time with offset (2023-02-20T10:00:00+01:00)',
    );
    expect(read('2026-02-29T09:00:00+01:00')).toMatch(/^there is no 29 February 2026;/);
    expect(read('2024-02-29')).toBe('2024-02-28T23:00:00.000Z day');
    expect(read('2026-04-31')).toMatch(/^there is no 31 April 2026;/);
    expect(read('2026-06-00')).toMatch(/^there is no 0 June 2026;/);
  });

  it('says that month 13 does not exist, instead of moving to the next year', () => {
    expect(read('2026-13-01T09:00:00+01:00')).toBe(
      'month 13 does not exist; expected a date (2023-02-20) or a date-time with offset (2023-02-20T10:00:00+01:00)',
    );
  });

  it('spells out a day-first date and gives the form to write', () => {
    // The review's slip: meant 1 December, read by new Date() as 12 January.
    expect(read('1-12-2026 09:00')).toBe(
      '"1-12-2026 09:00" is not written year-month-day; if you meant 1 December 2026, write 2026-12-01T09:00:00+01:00; expected a date (2023-02-20) or a date-time with offset (2023-02-20T10:00:00+01:00)',
    );
    expect(read('29-11-2026')).toMatch(/if you meant 29 November 2026, write 2026-11-29;/);
    expect(read('03.06.2026 09:00', NY)).toMatch(
      /if you meant 3 June 2026, write 2026-06-03T09:00:00-04:00;/,
    );
  });

  it('refuses anything else that new Date() would have read', () => {
    for (const text of [
      '1',
      '2027',
      'tomorrow',
      'June 3, 2026',
      '2026-6-3',
      '20260603',
      '2026-06-03T9:00',
      '2026-06-03T09',
    ]) {
      expect(read(text), text).toMatch(
        /is not a date in the form the site reads; expected a date \(2023-02-20\)/,
      );
    }
    expect(read('2026-06-03T24:00:00Z')).toMatch(/^24:00:00 is not a time of day/);
    expect(read('2026-06-03T09:00:00+25:00')).toMatch(/^\+25:00 is not a time zone offset/);
  });
});

describe('offsetHint', () => {
  it('gives the value with the offset of the site time zone on that day', () => {
    expect(offsetHint('2026-06-03T09:00:00', AMS)).toBe(
      "2026-06-03T09:00:00 has no time zone offset; in Europe/Amsterdam (the site's time zone) write 2026-06-03T09:00:00+02:00",
    );
    expect(offsetHint('2026-12-03T09:00', AMS)).toMatch(/write 2026-12-03T09:00\+01:00$/);
    expect(offsetHint('2026-06-03T09:00:00', NY)).toMatch(
      /in America\/New_York .* write 2026-06-03T09:00:00-04:00$/,
    );
  });

  it('gives the moment read when clocks skip the time written', () => {
    expect(offsetHint('2026-03-29T02:30:00', AMS)).toMatch(/write 2026-03-29T03:30:00\+02:00$/);
  });

  it('says nothing about a value with offset, a date alone, or an unreadable one', () => {
    expect(offsetHint('2026-06-03T09:00:00+02:00', AMS)).toBeUndefined();
    expect(offsetHint('2026-06-03T09:00:00Z', AMS)).toBeUndefined();
    expect(offsetHint('2026-06-03', AMS)).toBeUndefined();
    expect(offsetHint('1-12-2026 09:00', AMS)).toBeUndefined();
  });
});

describe('dates whose text is unknown (a Date from YAML)', () => {
  it('normaliseDate reads text strictly: no more new Date(string)', () => {
    expect(Number.isNaN(normaliseDate('1-12-2026 09:00', AMS).getTime())).toBe(true);
    expect(Number.isNaN(normaliseDate('2026-02-30', AMS).getTime())).toBe(true);
    expect(normaliseDate('2026-06-03T09:00:00', NY).toISOString()).toBe('2026-06-03T13:00:00.000Z');
  });

  it('an embargo Date is taken at the later of its UTC and its site-zone reading', () => {
    // YAML gives `2026-06-03T09:00:00` (meant in New York) as 09:00 UTC.
    const yaml = new Date('2026-06-03T09:00:00Z');
    expect(wallClockReading(yaml, NY).toISOString()).toBe('2026-06-03T13:00:00.000Z');
    expect(latestReading(yaml, wallClockReading(yaml, NY)).toISOString()).toBe('2026-06-03T13:00:00.000Z');
    expect(latestReading(yaml, wallClockReading(yaml, AMS)).toISOString()).toBe('2026-06-03T09:00:00.000Z');
  });

  it('zonedMidnight still starts the day in the site zone', () => {
    expect(zonedMidnight('2026-06-03', NY).toISOString()).toBe('2026-06-03T04:00:00.000Z');
  });
});
