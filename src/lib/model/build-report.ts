/**
 * What the release loader decided in a build, handed over in Astro's cache folder to the
 * integration that guards the build (src/integrations/publish-guard.ts) and to
 * `npm run build` (scripts/build.ts), which prints it as its summary line.
 * Loaded by astro.config.mjs through that integration, so its imports stay relative (no `~/`).
 */
import { isoWithOffset } from '../locale/dates';
import type { ClockNote } from './clock';
import type { VisibilityCounts } from './releases';

/** File name of the report in Astro's cache folder. */
export const BUILD_REPORT_FILE = 'perskamer-build-report.json';

/** The loader's figures for one build. */
export interface BuildReport {
  /** The build clock, ISO 8601 with the site's offset. */
  clock: string;
  /** True when PRESS_NOW set the clock. */
  clockFromEnv: boolean;
  /** True in the staff preview, which keeps every release. */
  staffPreview: boolean;
  public: number;
  heldBack: number;
  drafts: number;
  /** When the next held-back release becomes public, ISO 8601 with offset; null when none waits. */
  nextLift: string | null;
}

/** The report of a build with these counts and this clock. */
export function buildReport(
  counts: VisibilityCounts,
  clock: Pick<ClockNote, 'now' | 'fromEnv'>,
  options: { timeZone: string; staffPreview: boolean },
): BuildReport {
  return {
    clock: isoWithOffset(clock.now, options.timeZone),
    clockFromEnv: clock.fromEnv,
    staffPreview: options.staffPreview,
    public: counts.public,
    heldBack: counts.heldBack,
    drafts: counts.drafts,
    nextLift: counts.nextLift ? isoWithOffset(counts.nextLift, options.timeZone) : null,
  };
}

/** `1 draft`, `2 drafts`. */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Why a public build with these figures must stop before it writes anything, or undefined:
 * a site without a single public release is nearly always a mistake (an empty content folder,
 * a wrong PRESS_NOW) that would replace the live site with an empty one.
 */
export function emptySiteProblem(report: BuildReport, allowEmpty: boolean): string | undefined {
  if (report.staffPreview || report.public > 0 || allowEmpty) return undefined;
  return (
    `no release is public at the build clock ${report.clock} ` +
    `(${report.clockFromEnv ? 'from PRESS_NOW' : 'real time'}): ${report.heldBack} held back, ` +
    `${counted(report.drafts, 'draft')}. The site would be published empty. Check the content ` +
    'folder and PRESS_NOW; if an empty site is really meant, build with PRESS_ALLOW_EMPTY=1 ' +
    '(npm run build -- --allow-empty).'
  );
}

/** The loud line a staff preview ends with, or undefined for a public build. */
export function staffPreviewNotice(report: BuildReport): string | undefined {
  if (!report.staffPreview) return undefined;
  return (
    `STAFF PREVIEW: this build contains unpublished work (${report.heldBack} held back, ` +
    `${counted(report.drafts, 'draft')}). For staff only: never publish its folder.`
  );
}
