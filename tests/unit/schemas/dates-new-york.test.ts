/**
 * A site in New York, built on a machine set to Tokyo: dates without offset are read in the
 * site's zone (PRESS_TIME_ZONE), never in UTC and never in the machine's zone (TZ).
 */
import { z } from 'astro/zod';
import { afterAll, describe, expect, it, vi } from 'vitest';

const saved = vi.hoisted(() => {
  const before = { TZ: process.env.TZ, PRESS_TIME_ZONE: process.env.PRESS_TIME_ZONE };
  process.env.TZ = 'Asia/Tokyo';
  process.env.PRESS_TIME_ZONE = 'America/New_York';
  return before;
});
afterAll(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

const { releaseSchema } = await import('~/schemas');
const schema = releaseSchema(() => z.string());
const base = { title: 'Resultaten', location: 'New York', company: 'noordwind-energie' };

/** The parsed value, or the messages of the fields that failed. */
function parse(fields: Record<string, unknown>) {
  const result = schema.safeParse({ ...base, ...fields });
  return result.success
    ? result.data
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n');
}

describe('PRESS_TIME_ZONE=America/New_York with TZ=Asia/Tokyo', () => {
  it('runs in a machine zone other than the site zone', () => {
    expect(new Date(2026, 5, 3).getTimezoneOffset()).toBe(-540);
  });

  it('reads a date-time without offset in New York, for date and updated.date', () => {
    const data = parse({
      date: '2026-06-01T10:00:00',
      updated: { date: '2026-06-02T08:30:00', note: 'Cijfer verbeterd' },
    });
    expect(typeof data).toBe('object');
    expect((data as { date: Date }).date.toISOString()).toBe('2026-06-01T14:00:00.000Z');
    expect((data as { updated: { date: Date } }).updated.date.toISOString()).toBe('2026-06-02T12:30:00.000Z');
  });

  it('refuses an embargo without offset, naming the zone and the value to write', () => {
    expect(parse({ date: '2026-06-01T10:00:00-04:00', embargo: '2026-06-03T09:00:00' })).toBe(
      "embargo: an embargo must be an exact moment: 2026-06-03T09:00:00 has no time zone offset; in America/New_York (the site's time zone) write 2026-06-03T09:00:00-04:00",
    );
  });

  it('reads an embargo with offset exactly, and a day alone as New York midnight', () => {
    const exact = parse({ date: '2026-06-01T10:00:00-04:00', embargo: '2026-06-03T09:00:00-04:00' });
    expect((exact as { embargo: Date }).embargo.toISOString()).toBe('2026-06-03T13:00:00.000Z');
    const day = parse({ date: '2026-06-01', embargo: '2026-06-03' });
    expect((day as { date: Date }).date.toISOString()).toBe('2026-06-01T04:00:00.000Z');
    expect((day as { embargo: Date }).embargo.toISOString()).toBe('2026-06-03T04:00:00.000Z');
  });

  it('never lifts early an embargo Date whose text was lost (YAML read it as UTC)', () => {
    const data = parse({ date: new Date('2026-06-01T14:00:00Z'), embargo: new Date('2026-06-03T09:00:00Z') });
    // Read as 09:00 in New York (13:00 UTC), the later of the two readings: not 3 hours early.
    expect((data as { embargo: Date }).embargo.toISOString()).toBe('2026-06-03T13:00:00.000Z');
  });
});
