/**
 * How `npm run build` puts a finished site live without ever leaving a half-written one.
 *
 * The public folder (`dist`) is a symbolic link to a complete build in `dist.builds/<stamp>`.
 * A build is written into a fresh sibling, `dist.new-<pid>`; only when it has passed its checks
 * is it moved into `dist.builds/`, and the link is replaced in one rename(2) of a new link over
 * the old one. A web server or `astro preview` that serves `dist` sees the old site or the new
 * one, never a mix and never nothing; a build killed at any moment leaves the link where it was.
 * The previous build stays in `dist.builds/`, so going back is one more link.
 *
 * Pure: planning only. scripts/build.ts looks at the folders and carries out the plan.
 */
import { basename, dirname, join, resolve } from 'node:path';

/** The folders around one public output folder. */
export interface OutputPaths {
  /** The public folder: a symbolic link to the live build. */
  target: string;
  /** Where complete builds are kept: `<target>.builds`. */
  builds: string;
  /** Where this process builds: `<target>.new-<pid>`. */
  work: string;
  /** This process's new link, renamed over `target`: `<target>.link-<pid>`. */
  link: string;
}

/**
 * The folders for one build of `target` by process `pid`; all siblings, so renames stay on one file system.
 * @example outputPaths('/site/dist', 42).work // '/site/dist.new-42'
 */
export function outputPaths(target: string, pid: number): OutputPaths {
  return {
    target,
    builds: `${target}.builds`,
    // One name for every build (they take turns under the build lock): Astro writes the output
    // folder's path into its image module, so a new name each time would change the code hash
    // of every page with an image and undo incremental reuse of those pages.
    work: `${target}.new`,
    link: `${target}.link-${pid}`,
  };
}

/**
 * Sibling names that an earlier build, killed before it finished, left behind. Only safe to
 * delete while holding the build lock: no other build can be writing them then.
 * @example leftovers('dist', ['dist', 'dist.new', 'dist.link-12', 'dist.builds', 'dist-staff']) // ['dist.new', 'dist.link-12']
 */
export function leftovers(targetName: string, siblings: readonly string[]): string[] {
  const escaped = targetName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // `dist.new-<pid>`: the work folder's name before builds shared one.
  const pattern = new RegExp(`^${escaped}\\.(new|(new|link)-\\d+)$`);
  return siblings.filter((name) => pattern.test(name));
}

/**
 * A build folder name that sorts by time: the UTC start of the build, and the process id so
 * two builds in one second differ.
 * @example buildStamp(new Date('2026-12-01T08:00:00Z'), 42) // '20261201T080000Z-42'
 */
export function buildStamp(date: Date, pid: number): string {
  return `${date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')}-${pid}`;
}

/** What is at the public folder's path before the swap. */
export type TargetState =
  | { kind: 'missing' }
  /** A symbolic link; `to` is its target as written. */
  | { kind: 'link'; to: string }
  /** A real folder: a site built before builds were swapped, or copied there by hand. */
  | { kind: 'directory' }
  | { kind: 'other' };

/** One file-system step of the swap. */
export type SwapStep =
  | { op: 'rename'; from: string; to: string }
  | { op: 'symlink'; path: string; pointsTo: string }
  | { op: 'remove'; path: string };

/** The swap and what it keeps. */
export interface SwapPlan {
  steps: SwapStep[];
  /** The new live build folder. */
  live: string;
  /** The build that was live before, kept to go back to; undefined on a first build. */
  previous: string | undefined;
}

/** What `planSwap` needs to know. */
export interface SwapInput {
  paths: OutputPaths;
  state: TargetState;
  /** Name of the new build in `builds`, from `buildStamp`. */
  stamp: string;
  /** Names of the folders now in `builds`. */
  existing: readonly string[];
  /** How many builds to keep, the live one included (at least 2: live and previous). */
  keep: number;
}

/**
 * Plans the switch to a finished build in `paths.work`: move it into `builds`, point a new link
 * at it, rename the link over the public folder (atomic), then delete builds beyond `keep`.
 * A real folder at the public path (a site from before) is first moved into `builds` as the
 * previous build; only that one-time step leaves a moment without a site.
 */
export function planSwap({ paths, state, stamp, existing, keep }: SwapInput): SwapPlan {
  if (state.kind === 'other') {
    throw new Error(`${paths.target} is neither a folder nor a symbolic link; move it away first`);
  }
  const live = join(paths.builds, stamp);
  const steps: SwapStep[] = [{ op: 'rename', from: paths.work, to: live }];

  let previous: string | undefined;
  if (state.kind === 'link') {
    const to = resolve(dirname(paths.target), state.to);
    previous = dirname(to) === paths.builds ? to : undefined;
  } else if (state.kind === 'directory') {
    previous = join(paths.builds, `${stamp}-previous`);
    steps.push({ op: 'rename', from: paths.target, to: previous });
  }

  // Relative, so the project folder can move without breaking the link.
  steps.push({ op: 'symlink', path: paths.link, pointsTo: `${basename(paths.builds)}/${stamp}` });
  steps.push({ op: 'rename', from: paths.link, to: paths.target });

  const kept = new Set([live, ...(previous ? [previous] : [])]);
  const others = existing
    .map((name) => join(paths.builds, name))
    .filter((path) => !kept.has(path))
    .sort()
    .reverse();
  for (const [i, path] of others.entries()) {
    if (kept.size + i >= Math.max(keep, 2)) steps.push({ op: 'remove', path });
  }
  return { steps, live, previous };
}
