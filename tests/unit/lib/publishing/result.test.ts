import { describe, expect, it } from 'vitest';
import type { BuildReport } from '~/lib/model/build-report';
import { checkBuild, summaryLine, type BuildFacts } from '~/lib/publishing/result';

const good: BuildFacts = {
  exitCode: 0,
  hasHome: true,
  hasSearchIndex: true,
  hasServerChunks: false,
  publicReleases: 23,
  previousReleases: 23,
};
const strict = { empty: false, shrink: false };

describe('checkBuild', () => {
  it('lets a complete build go live', () => {
    expect(checkBuild(good, strict)).toEqual([]);
    expect(checkBuild({ ...good, previousReleases: undefined }, strict)).toEqual([]);
  });

  it('stops at a failed astro build, whatever the folder holds', () => {
    expect(checkBuild({ ...good, exitCode: 1 }, strict)).toEqual(['astro build failed (exit code 1)']);
  });

  it('names each missing part of a half-written site', () => {
    const problems = checkBuild(
      { ...good, hasHome: false, hasSearchIndex: false, hasServerChunks: true },
      strict,
    );
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/index\.html is missing/);
    expect(problems.join('\n')).toMatch(/pagefind-entry\.json/);
    expect(problems.join('\n')).toMatch(/\.prerender/);
  });

  it('refuses a site without public releases unless an empty site is allowed', () => {
    const empty = { ...good, publicReleases: 0 };
    expect(checkBuild(empty, strict)).toEqual([
      'it has no public release (if an empty site is really meant: --allow-empty)',
    ]);
    expect(checkBuild(empty, { empty: true, shrink: false })).toEqual([]);
  });

  it('cannot count without api/releases.json', () => {
    expect(checkBuild({ ...good, publicReleases: undefined }, strict)[0]).toMatch(/api\/releases\.json/);
  });

  it('refuses more than 20 % fewer releases than the live site unless allowed', () => {
    expect(checkBuild({ ...good, publicReleases: 80, previousReleases: 100 }, strict)).toEqual([]);
    expect(checkBuild({ ...good, publicReleases: 79, previousReleases: 100 }, strict)).toEqual([
      'it has 79 public releases where the live site has 100, more than 20 % fewer (if releases were really withdrawn: --allow-shrink)',
    ]);
    expect(
      checkBuild({ ...good, publicReleases: 79, previousReleases: 100 }, { empty: false, shrink: true }),
    ).toEqual([]);
    // Growing is always fine.
    expect(checkBuild({ ...good, publicReleases: 500, previousReleases: 100 }, strict)).toEqual([]);
  });
});

describe('summaryLine', () => {
  const report: BuildReport = {
    clock: '2026-12-01T09:00:00+01:00',
    clockFromEnv: false,
    staffPreview: false,
    public: 23,
    heldBack: 2,
    drafts: 1,
    nextLift: '2026-12-03T09:00:00+01:00',
  };

  it('says what went public, what waits until when, the drafts and the clock, in one line', () => {
    expect(summaryLine(report, 23)).toBe(
      'published 23 releases · 2 held back (next lift 2026-12-03T09:00:00+01:00) · 1 draft · build clock 2026-12-01T09:00:00+01:00 (real time)',
    );
  });

  it('counts in the singular and plural, and says where the clock came from', () => {
    expect(summaryLine({ ...report, heldBack: 0, nextLift: null, drafts: 3, clockFromEnv: true }, 1)).toBe(
      'published 1 release · 0 held back · 3 drafts · build clock 2026-12-01T09:00:00+01:00 (from PRESS_NOW)',
    );
  });
});
