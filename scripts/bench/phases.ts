/**
 * Where a build's time goes, read from Astro's streamed log. Astro prints wall-clock
 * times to the second only, so the bench stamps each line with its own millisecond clock
 * as the line arrives, and derives the phases from those stamps.
 */
import { stripVTControlCharacters } from 'node:util';

/** A log line and when it arrived, in ms since the build started. */
export interface LogLine {
  ms: number;
  text: string;
}

export interface Phases {
  /** Config, Vite and integrations starting, until the content layer begins. */
  startup: number | undefined;
  /** Content layer: reading, parsing and validating every file (`[content] Syncing` → `Synced`). */
  contentLoading: number | undefined;
  /** Type generation and Vite's bundling of the pages, until routes are generated. */
  bundling: number | undefined;
  /** Rendering HTML routes (the integrity check runs with the first page). */
  pageRendering: number | undefined;
  /** Non-HTML routes: feeds, JSON and XML exports, summed from Astro's per-route times. */
  exports: number | undefined;
  /** Responsive image variants. */
  images: number | undefined;
  /** Pagefind, from the end of static generation to its `indexed N pages` line. */
  searchIndexing: number | undefined;
  /** Whatever follows the search index until the process exits. */
  finishing: number | undefined;
  total: number;
}

/** Astro's log without colours: the tests and the phase patterns see plain text. */
export function stripAnsi(text: string): string {
  return stripVTControlCharacters(text);
}

/** A generated route line: `├─ /nl/feed.xml (+3ms)`; the path and Astro's own time for it. */
export function parseRouteLine(text: string): { path: string; ms: number } | undefined {
  const match = /[├└]─ (\S+) \(\+(\d+)ms\)/.exec(text);
  return match ? { path: match[1]!, ms: Number(match[2]) } : undefined;
}

/** The lines that mark a phase boundary, for the report's raw timestamps. */
export const MILESTONES = [
  /\[content\] Syncing content/,
  /\[content\] Synced content/,
  /\[types\] Generated/,
  /\[build\] Building static entrypoints/,
  /generating static routes/,
  /generating optimized images/,
  /✓ Completed in/,
  /\[perskamer-[a-z-]+\]/,
  /\[build\] \d+ page\(s\) built in/,
  /\[build\] Complete!/,
];

export function milestones(lines: readonly LogLine[]): LogLine[] {
  return lines.filter((line) => MILESTONES.some((pattern) => pattern.test(line.text)));
}

/**
 * Splits a build into phases from its timestamped log; `exitMs` is when the process ended.
 * A phase whose marker lines are missing (a failed build, a changed log format) is undefined.
 */
export function derivePhases(lines: readonly LogLine[], exitMs: number): Phases {
  const find = (pattern: RegExp, from = 0) => {
    const i = lines.findIndex((line, j) => j >= from && pattern.test(line.text));
    return i < 0 ? undefined : i;
  };
  const at = (i: number | undefined) => (i === undefined ? undefined : lines[i]!.ms);
  const span = (a: number | undefined, b: number | undefined) =>
    a === undefined || b === undefined ? undefined : Math.max(0, b - a);

  const syncStart = find(/\[content\] Syncing content/);
  const syncEnd = find(/\[content\] Synced content/);
  const routesStart = find(/generating static routes/);
  const imagesStart =
    routesStart === undefined ? undefined : find(/generating optimized images/, routesStart);
  // Static routes end where images begin, or at their own "Completed" line when there are no images.
  const routesEnd =
    imagesStart ?? (routesStart === undefined ? undefined : find(/✓ Completed in/, routesStart));
  const imagesEnd = imagesStart === undefined ? undefined : find(/✓ Completed in/, imagesStart);
  const pagefind = find(/\[perskamer-pagefind\] indexed/);

  let exportsMs: number | undefined;
  if (routesStart !== undefined && routesEnd !== undefined) {
    exportsMs = 0;
    for (const line of lines.slice(routesStart, routesEnd)) {
      const route = parseRouteLine(line.text);
      if (route && !route.path.endsWith('.html')) exportsMs += route.ms;
    }
  }
  const routesMs = span(at(routesStart), at(routesEnd));
  return {
    startup: at(syncStart),
    contentLoading: span(at(syncStart), at(syncEnd)),
    bundling: span(at(syncEnd), at(routesStart)),
    pageRendering:
      routesMs === undefined || exportsMs === undefined ? undefined : Math.max(0, routesMs - exportsMs),
    exports: exportsMs,
    images: span(at(imagesStart), at(imagesEnd)),
    // Build-end hooks run in order; Pagefind's starts when the line before its own was printed.
    searchIndexing:
      pagefind === undefined || pagefind === 0 ? undefined : span(at(pagefind - 1), at(pagefind)),
    finishing: span(at(pagefind), exitMs),
    total: exitMs,
  };
}
