/** Release and company schemas: strict dates and whole counts, with messages in the author's words. */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { companySchema, releaseSchema } from '~/schemas';

const schema = releaseSchema(() => z.string());
const base = {
  title: 'Noordwind Energie bouwt batterij',
  date: '2026-11-29T14:52:06+01:00',
  location: 'Groningen',
  company: 'noordwind-energie',
};

/** The messages of the fields that failed, or 'ok'. */
function problems(schemaToUse: z.ZodType, value: unknown): string {
  const result = schemaToUse.safeParse(value);
  return result.success
    ? 'ok'
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n');
}
const release = (fields: Record<string, unknown>) => problems(schema, { ...base, ...fields });

describe('release dates', () => {
  it('refuses a day that is not in the calendar', () => {
    expect(release({ date: '2026-02-30T09:00:00+01:00' })).toBe(
      'date: there is no 30 February 2026; expected a date (2023-02-20) or a date-time with offset (2023-02-20T10:00:00+01:00)',
    );
    expect(release({ date: '2026-13-01T09:00:00+01:00' })).toMatch(/^date: month 13 does not exist;/);
    expect(release({ updated: { date: '2026-02-30', note: 'x' } })).toMatch(
      /^updated\.date: there is no 30 February 2026;/,
    );
  });

  it('refuses a day-first embargo instead of reading it as 12 January', () => {
    expect(release({ embargo: '1-12-2026 09:00' })).toBe(
      'embargo: "1-12-2026 09:00" is not written year-month-day; if you meant 1 December 2026, write 2026-12-01T09:00:00+01:00; expected a date (2023-02-20) or a date-time with offset (2023-02-20T10:00:00+01:00)',
    );
  });

  it('refuses an embargo without offset in the default zone too', () => {
    expect(release({ embargo: '2026-11-30T09:00:00' })).toBe(
      "embargo: an embargo must be an exact moment: 2026-11-30T09:00:00 has no time zone offset; in Europe/Amsterdam (the site's time zone) write 2026-11-30T09:00:00+01:00",
    );
  });

  it('reads a date without offset in the site zone (validate warns about it)', () => {
    const result = schema.parse({ ...base, date: '2026-11-29T09:00:00' });
    expect(result.date.toISOString()).toBe('2026-11-29T08:00:00.000Z');
  });

  it('keeps reading Dates as YAML gives them when the text is not known', () => {
    const result = schema.parse({
      ...base,
      date: new Date('2023-02-20'),
      embargo: new Date('2026-06-03T00:00:00Z'),
    });
    expect(result.date.toISOString()).toBe('2023-02-19T23:00:00.000Z');
    // A day alone or 00:00 UTC: the later reading, as before.
    expect(result.embargo?.toISOString()).toBe('2026-06-03T00:00:00.000Z');
  });
});

describe('counts are whole numbers', () => {
  const figure = { id: 'huishoudens', unit: 'count', label: 'huishoudens' };

  it('refuses 1.2 read from a Dutch "1.200", and suggests 1200', () => {
    expect(release({ keyFigures: [{ ...figure, value: 1.2 }] })).toBe(
      'keyFigures.0.value: a count must be a whole number; 1.2 — did you mean 1200? write numbers without dots or commas',
    );
    expect(release({ keyFigures: [{ ...figure, value: 16.1 }] })).toMatch(/did you mean 16100\?/);
  });

  it('makes no guess where no thousands separator fits', () => {
    expect(release({ keyFigures: [{ ...figure, value: 0.5 }] })).toBe(
      'keyFigures.0.value: a count must be a whole number; 0.5 write numbers without dots or commas',
    );
  });

  it('accepts whole counts, and fractions in other units', () => {
    expect(release({ keyFigures: [{ ...figure, value: 1200 }] })).toBe('ok');
    expect(release({ keyFigures: [{ ...figure, value: 2.5, unit: 'percent' }] })).toBe('ok');
  });

  it('holds for company facts too', () => {
    const fact = { key: 'employees', unit: 'count', asOf: '2025-12-31', published: '2026-03-01' };
    expect(problems(companySchema, { name: 'Noordwind', facts: [{ ...fact, value: 8.31 }] })).toBe(
      'facts.0.value: a count must be a whole number; 8.31 — did you mean 8310? write numbers without dots or commas',
    );
    expect(problems(companySchema, { name: 'Noordwind', facts: [{ ...fact, value: 8310 }] })).toBe('ok');
  });
});

describe('company and person days', () => {
  const fact = { key: 'employees', value: 10, unit: 'count', asOf: '2025-12-31', published: '2026-03-01' };

  it('refuse a day that is not in the calendar, or a time', () => {
    expect(problems(companySchema, { name: 'N', facts: [{ ...fact, asOf: '2025-02-29' }] })).toMatch(
      /^facts\.0\.asOf: there is no 29 February 2025;/,
    );
    expect(
      problems(companySchema, { name: 'N', facts: [{ ...fact, published: '2026-03-01T09:00:00+01:00' }] }),
    ).toBe('facts.0.published: expected a date without time, like 2023-02-20');
  });

  it('keep a day as its text', () => {
    const parsed = companySchema.parse({ name: 'N', facts: [fact] });
    expect(parsed.facts[0]).toMatchObject({ asOf: '2025-12-31', published: '2026-03-01' });
  });
});
