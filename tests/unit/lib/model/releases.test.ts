import { describe, expect, it } from 'vitest';
import { buildNow } from '~/lib/config';
import { byDateDesc, isPublic, liftTime, parseReleaseId, translationGroups } from '~/lib/model/releases';
import { releaseUrl } from '~/lib/urls';

const now = new Date('2026-12-01T09:00:00+01:00');

describe('parseReleaseId', () => {
  it('reads language, year and slug from the folder', () => {
    expect(parseReleaseId('nl/2023/aluminium')).toEqual({ lang: 'nl', year: '2023', slug: 'aluminium' });
  });
  it('rejects unknown languages and odd paths', () => {
    expect(parseReleaseId('xx/2023/a')).toBeUndefined();
    expect(parseReleaseId('nl/23/a')).toBeUndefined();
    expect(parseReleaseId('nl/a')).toBeUndefined();
    expect(parseReleaseId('nl/2023/a/b')).toBeUndefined();
  });
  it('gives the release URL', () => {
    expect(releaseUrl(parseReleaseId('de/2024/x')!)).toBe('/de/2024/x/');
  });
});

describe('isPublic and liftTime', () => {
  const past = new Date('2026-11-01T10:00:00+01:00');
  const future = new Date('2026-12-02T07:00:00+01:00');
  it('publishes a dated release without embargo', () => {
    expect(isPublic({ draft: false, date: past }, now)).toBe(true);
  });
  it('never publishes a draft', () => {
    expect(isPublic({ draft: true, date: past }, now)).toBe(false);
    expect(liftTime({ draft: true, date: past, embargo: future }, now)).toBeUndefined();
  });
  it('holds back an embargoed release until the embargo', () => {
    expect(isPublic({ draft: false, date: past, embargo: future }, now)).toBe(false);
    expect(isPublic({ draft: false, date: past, embargo: future }, future)).toBe(true);
    expect(liftTime({ draft: false, date: past, embargo: future }, now)).toEqual(future);
  });
  it('holds back a release dated in the future', () => {
    expect(isPublic({ draft: false, date: future }, now)).toBe(false);
    expect(liftTime({ draft: false, date: future }, now)).toEqual(future);
  });
});

describe('buildNow', () => {
  it('reads PRESS_NOW', () => {
    expect(buildNow({ PRESS_NOW: '2026-12-01T09:00:00+01:00' }).toISOString()).toBe(
      '2026-12-01T08:00:00.000Z',
    );
  });
  it('rejects a clock it cannot read', () => {
    expect(() => buildNow({ PRESS_NOW: 'tomorrow' })).toThrow(/PRESS_NOW: expected an ISO date-time/);
  });
});

describe('sorting and translations', () => {
  it('sorts newest first with a stable tie-break', () => {
    const d = (id: string, iso: string) => ({ id, data: { date: new Date(iso) } });
    const sorted = [d('b', '2023-01-01'), d('c', '2024-01-01'), d('a', '2023-01-01')].sort(byDateDesc);
    expect(sorted.map((r) => r.id)).toEqual(['c', 'a', 'b']);
  });
  it('groups versions by translationKey in table order', () => {
    const groups = translationGroups([
      { lang: 'fr', translationKey: 'k' },
      { lang: 'nl', translationKey: 'k' },
      { lang: 'en', translationKey: 'other' },
    ] as const);
    expect(groups.get('k')?.map((r) => r.lang)).toEqual(['nl', 'fr']);
    expect(groups.get('other')?.length).toBe(1);
  });
});

describe('embargo readings', () => {
  it('never lifts an embargo early when a value could be a bare date or midnight UTC', async () => {
    const { latestReading, normaliseDate } = await import('~/lib/locale/dates');
    const tz = 'Europe/Amsterdam';
    // YAML turns both `2026-06-03` and `2026-06-03T02:00:00+02:00` into this value.
    const ambiguous = new Date('2026-06-03T00:00:00Z');
    expect(latestReading(ambiguous, normaliseDate(ambiguous, tz)).toISOString()).toBe(
      '2026-06-03T00:00:00.000Z',
    );
    const clear = new Date('2026-06-03T09:00:00+02:00');
    expect(latestReading(clear, normaliseDate(clear, tz))).toEqual(clear);
    expect(latestReading('2026-06-03', normaliseDate('2026-06-03', tz)).toISOString()).toBe(
      '2026-06-03T00:00:00.000Z',
    );
  });
});
