import { describe, expect, it } from 'vitest';
import { visibilityCounts } from '~/lib/model/releases';

const now = new Date('2026-12-01T09:00:00+01:00');
const past = new Date('2026-11-01T10:00:00+01:00');

describe('visibilityCounts', () => {
  it('counts public, held-back and draft releases, and finds the first lift', () => {
    const counts = visibilityCounts(
      [
        { draft: false, date: past },
        { draft: false, date: past },
        { draft: false, date: past, embargo: new Date('2026-12-03T09:00:00+01:00') },
        { draft: false, date: new Date('2026-12-02T07:00:00+01:00') },
        // A draft's embargo says nothing about when it goes public.
        { draft: true, date: past, embargo: new Date('2026-12-01T10:00:00+01:00') },
      ],
      now,
    );
    expect(counts).toEqual({
      public: 2,
      heldBack: 2,
      drafts: 1,
      nextLift: new Date('2026-12-02T07:00:00+01:00'),
    });
  });

  it('has no lift time when nothing waits', () => {
    expect(visibilityCounts([], now)).toEqual({ public: 0, heldBack: 0, drafts: 0, nextLift: undefined });
  });
});
