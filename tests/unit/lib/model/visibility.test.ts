/** One release, one embargo; and the moment a release goes out. */
import { describe, expect, it } from 'vitest';
import {
  groupVisibility,
  isPublic,
  liftTime,
  publicationTime,
  type VersionVisibility,
} from '~/lib/model/releases';

const created = new Date('2026-11-29T14:52:06+01:00');
const embargo = new Date('2026-11-30T09:00:00+01:00');
const before = new Date('2026-11-29T15:00:00+01:00');
const after = new Date('2026-11-30T09:00:00+01:00');

const version = (id: string, data: Partial<VersionVisibility['data']> = {}): VersionVisibility => ({
  id,
  data: { draft: false, date: created, translationKey: 'batterij', ...data },
});

describe('groupVisibility: one release, one embargo', () => {
  it('holds back the English version when only the Dutch file has the embargo', () => {
    const rules = groupVisibility([version('nl/2026/batterij', { embargo }), version('en/2026/battery')]);
    expect(isPublic(rules.get('en/2026/battery')!, before)).toBe(false);
    expect(liftTime(rules.get('en/2026/battery')!, before)).toEqual(embargo);
    expect(isPublic(rules.get('en/2026/battery')!, after)).toBe(true);
  });

  it('takes the latest embargo of the group for every version', () => {
    const later = new Date('2026-11-30T12:00:00+01:00');
    const rules = groupVisibility([
      version('nl/2026/batterij', { embargo }),
      version('en/2026/battery', { embargo: later }),
      version('de/2026/batterie'),
    ]);
    for (const id of ['nl/2026/batterij', 'en/2026/battery', 'de/2026/batterie']) {
      expect(rules.get(id)?.embargo, id).toEqual(later);
    }
  });

  it('counts the embargo of a draft version too', () => {
    const rules = groupVisibility([
      version('nl/2026/batterij', { embargo, draft: true }),
      version('en/2026/battery'),
    ]);
    expect(isPublic(rules.get('en/2026/battery')!, before)).toBe(false);
    expect(rules.get('nl/2026/batterij')?.draft).toBe(true);
  });

  it('leaves other groups, and releases without translationKey, alone', () => {
    const rules = groupVisibility([
      version('nl/2026/batterij', { embargo }),
      version('nl/2026/ander', { translationKey: 'ander' }),
      version('nl/2026/los', { translationKey: undefined }),
      version('en/2026/los', { translationKey: undefined }),
    ]);
    expect(rules.get('nl/2026/ander')).toEqual({ draft: false, date: created });
    expect(rules.get('en/2026/los')).toEqual({ draft: false, date: created });
  });

  it('gives the same answers as isPublic for a release on its own', () => {
    const rules = groupVisibility([version('nl/2026/batterij', { embargo })]);
    expect(rules.get('nl/2026/batterij')).toEqual({ draft: false, date: created, embargo });
  });
});

describe('publicationTime', () => {
  it('is the embargo when the release is dated before it', () => {
    expect(publicationTime({ date: created, embargo })).toEqual(embargo);
  });
  it('is the date when there is no embargo, or the embargo is earlier', () => {
    expect(publicationTime({ date: created })).toEqual(created);
    expect(publicationTime({ date: embargo, embargo: created })).toEqual(embargo);
  });
});
