/**
 * What `npm run build` checks before a new site replaces the live one, and the one line it
 * prints at the end. Pure: scripts/build.ts gathers the facts from the finished folder.
 */
import { counted, type BuildReport } from '~/lib/model/build-report';

/** A fresh build more than this share smaller than the live site is refused unless allowed. */
export const MAX_SHRINK = 0.2;

/** What scripts/build.ts found in a finished build folder. */
export interface BuildFacts {
  /** Exit code of `astro build`. */
  exitCode: number;
  /** `index.html` exists. */
  hasHome: boolean;
  /** Pagefind's `pagefind/pagefind-entry.json` exists. */
  hasSearchIndex: boolean;
  /** Astro's `.prerender/` server chunks are still there. */
  hasServerChunks: boolean;
  /** Releases in the new `api/releases.json`; undefined when it is missing or unreadable. */
  publicReleases: number | undefined;
  /** Releases in the live site's `api/releases.json`; undefined when there is no live site. */
  previousReleases: number | undefined;
}

/** What the person who runs the build has explicitly allowed. */
export interface Allowances {
  /** A site without any public release (`--allow-empty`, PRESS_ALLOW_EMPTY=1). */
  empty: boolean;
  /** Far fewer public releases than the live site (`--allow-shrink`). */
  shrink: boolean;
}

/**
 * Every reason not to publish a finished build, in words; empty when it may go live.
 * @example checkBuild({ exitCode: 0, hasHome: true, hasSearchIndex: true, hasServerChunks: false, publicReleases: 0, previousReleases: 9 }, { empty: false, shrink: false })
 * // ['it has no public release (…)']
 */
export function checkBuild(facts: BuildFacts, allow: Allowances): string[] {
  if (facts.exitCode !== 0) return [`astro build failed (exit code ${facts.exitCode})`];
  const problems: string[] = [];
  if (!facts.hasHome) problems.push('index.html is missing');
  if (!facts.hasSearchIndex) problems.push('the search index (pagefind/pagefind-entry.json) is missing');
  if (facts.hasServerChunks) problems.push("Astro's server chunks (.prerender/) are still there");
  const count = facts.publicReleases;
  if (count === undefined) {
    problems.push('api/releases.json is missing or unreadable, so the public releases cannot be counted');
    return problems;
  }
  if (count === 0) {
    if (!allow.empty) {
      problems.push('it has no public release (if an empty site is really meant: --allow-empty)');
    }
    return problems;
  }
  const previous = facts.previousReleases;
  if (previous !== undefined && !allow.shrink && count < previous * (1 - MAX_SHRINK)) {
    problems.push(
      `it has ${count} public releases where the live site has ${previous}, more than ` +
        `${MAX_SHRINK * 100} % fewer (if releases were really withdrawn: --allow-shrink)`,
    );
  }
  return problems;
}

/**
 * The line that ends every build: what went public, what waits and until when, the clock.
 * @example summaryLine({ clock: '2026-12-01T09:00:00+01:00', clockFromEnv: false, staffPreview: false, public: 23, heldBack: 2, drafts: 1, nextLift: '2026-12-03T09:00:00+01:00' }, 23)
 * // 'published 23 releases · 2 held back (next lift 2026-12-03T09:00:00+01:00) · 1 draft · build clock 2026-12-01T09:00:00+01:00 (real time)'
 */
export function summaryLine(report: BuildReport, published: number): string {
  const heldBack = report.nextLift
    ? `${report.heldBack} held back (next lift ${report.nextLift})`
    : `${report.heldBack} held back`;
  return [
    `published ${counted(published, 'release')}`,
    heldBack,
    counted(report.drafts, 'draft'),
    `build clock ${report.clock} (${report.clockFromEnv ? 'from PRESS_NOW' : 'real time'})`,
  ].join(' · ');
}
