import { describe, expect, it } from 'vitest';
import { buildReport, emptySiteProblem, staffPreviewNotice } from '~/lib/model/build-report';

const clock = { now: new Date('2026-12-01T08:00:00Z'), fromEnv: false };
const options = { timeZone: 'Europe/Amsterdam', staffPreview: false };

describe('buildReport', () => {
  it('writes the clock and the next lift with the site offset', () => {
    expect(
      buildReport(
        { public: 3, heldBack: 1, drafts: 2, nextLift: new Date('2026-12-03T08:00:00Z') },
        clock,
        options,
      ),
    ).toEqual({
      clock: '2026-12-01T09:00:00+01:00',
      clockFromEnv: false,
      staffPreview: false,
      public: 3,
      heldBack: 1,
      drafts: 2,
      nextLift: '2026-12-03T09:00:00+01:00',
    });
  });
});

describe('emptySiteProblem', () => {
  const empty = buildReport({ public: 0, heldBack: 3, drafts: 1 }, { ...clock, fromEnv: true }, options);

  it('stops a public build without a single public release, naming the clock and what was held back', () => {
    expect(emptySiteProblem(empty, false)).toBe(
      'no release is public at the build clock 2026-12-01T09:00:00+01:00 (from PRESS_NOW): 3 held back, 1 draft. ' +
        'The site would be published empty. Check the content folder and PRESS_NOW; if an empty site is ' +
        'really meant, build with PRESS_ALLOW_EMPTY=1 (npm run build -- --allow-empty).',
    );
  });
  it('lets it pass when allowed, in the staff preview, or with one public release', () => {
    expect(emptySiteProblem(empty, true)).toBeUndefined();
    expect(emptySiteProblem({ ...empty, staffPreview: true }, false)).toBeUndefined();
    expect(emptySiteProblem({ ...empty, public: 1 }, false)).toBeUndefined();
  });
});

describe('staffPreviewNotice', () => {
  it('says loudly that a staff preview holds unpublished work', () => {
    const report = buildReport({ public: 5, heldBack: 2, drafts: 1 }, clock, {
      ...options,
      staffPreview: true,
    });
    expect(staffPreviewNotice(report)).toBe(
      'STAFF PREVIEW: this build contains unpublished work (2 held back, 1 draft). For staff only: never publish its folder.',
    );
    expect(staffPreviewNotice({ ...report, staffPreview: false })).toBeUndefined();
  });
});
