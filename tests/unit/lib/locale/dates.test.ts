import { describe, expect, it } from 'vitest';
import {
  calendarDay,
  formatDateline,
  formatDay,
  isoWithOffset,
  normaliseDate,
  toDay,
  zonedMidnight,
} from '~/lib/locale/dates';

const TZ = 'Europe/Amsterdam';

describe('normaliseDate', () => {
  it('reads a bare YAML date as midnight in the site time zone', () => {
    // YAML gives 2023-02-20 as UTC midnight.
    expect(normaliseDate(new Date('2023-02-20'), TZ).toISOString()).toBe('2023-02-19T23:00:00.000Z');
    expect(normaliseDate('2023-07-01', TZ).toISOString()).toBe('2023-06-30T22:00:00.000Z');
  });

  it('keeps a date-time with offset as it is', () => {
    const d = new Date('2023-02-20T10:00:00+01:00');
    expect(normaliseDate(d, TZ)).toBe(d);
  });
});

describe('zonedMidnight', () => {
  it('handles both sides of daylight saving time', () => {
    expect(zonedMidnight('2023-03-26', TZ).toISOString()).toBe('2023-03-25T23:00:00.000Z');
    expect(zonedMidnight('2023-03-27', TZ).toISOString()).toBe('2023-03-26T22:00:00.000Z');
    expect(zonedMidnight('2023-10-29', TZ).toISOString()).toBe('2023-10-28T22:00:00.000Z');
  });
});

describe('isoWithOffset', () => {
  it('writes the wall-clock time with the zone offset', () => {
    expect(isoWithOffset(new Date('2023-02-20T09:00:00Z'), TZ)).toBe('2023-02-20T10:00:00+01:00');
    expect(isoWithOffset(new Date('2023-07-20T09:00:00Z'), TZ)).toBe('2023-07-20T11:00:00+02:00');
    expect(isoWithOffset(new Date('2023-07-20T09:00:00Z'), 'UTC')).toBe('2023-07-20T09:00:00+00:00');
  });
});

describe('calendarDay and toDay', () => {
  it('reads the day in the site time zone', () => {
    expect(calendarDay(new Date('2023-02-19T23:30:00Z'), TZ)).toBe('2023-02-20');
    expect(toDay(new Date('2022-03-09'), TZ)).toBe('2022-03-09');
  });
});

describe('formatDateline', () => {
  const date = new Date('2023-02-20T10:00:00+01:00');
  it('follows each language’s style', () => {
    expect(formatDateline('Rijswijk', date, 'nl', TZ)).toBe('Rijswijk, 20 februari 2023');
    expect(formatDateline('Rijswijk', date, 'en', TZ)).toBe('Rijswijk, 20 February 2023');
    expect(formatDateline('Rijswijk', date, 'de', TZ)).toBe('Rijswijk, 20. Februar 2023');
    expect(formatDateline('Rijswijk', date, 'fr', TZ)).toBe('Rijswijk, 20 février 2023');
  });

  it('formats in the site time zone, not the machine’s', () => {
    const lateEvening = new Date('2023-02-19T23:30:00Z'); // 00:30 on the 20th in Amsterdam
    expect(formatDateline('Rijswijk', lateEvening, 'nl', TZ)).toBe('Rijswijk, 20 februari 2023');
  });
});

describe('formatDay', () => {
  it('writes a calendar day in words, the same day whatever the time zone', () => {
    expect(formatDay('2022-12-31', 'nl')).toBe('31 december 2022');
    expect(formatDay('2023-01-01', 'de')).toBe('1. Januar 2023');
  });
});
