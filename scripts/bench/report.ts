/**
 * The benchmark report as Markdown: budgets first, then every measurement with the raw
 * numbers behind it. Pure: takes the results, returns text.
 */
import type { Lang } from '~/i18n/locales';
import type { LogLine, Phases } from './phases';
import type { SearchRow } from './search';
import type { PageWeight, PagefindLanguage } from './weight';

/** A measurement that was not taken, and why. */
export interface Skipped {
  skipped: string;
}

export interface BuildFigures {
  ok: boolean;
  wallMs: number;
  peakRssBytes: number;
  cpuSeconds: number;
  phases: Phases;
  milestones: LogLine[];
  /** Pages and files Astro rendered, and those it copied from the incremental cache. */
  rendered?: number;
  reused?: number;
}

export interface BenchResult {
  releases: number;
  seed: number;
  startedAt: string;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryBytes: number;
    node: string;
    astro: string;
    /** 1-minute load average before the cold build: other work on the machine skews timings. */
    loadBefore: number;
  };
  corpus: {
    byLang: Record<Lang, number>;
    translated: number;
    mdx: number;
    words: number;
    bytes: number;
    generateMs: number;
  };
  cold: BuildFigures;
  warm: BuildFigures | Skipped;
  /** Rebuild with nothing changed, same cache folder. */
  unchanged?: BuildFigures | Skipped;
  /** Rebuild at a later clock at which one embargo has lifted, same cache folder. */
  lift?: BuildFigures | Skipped;
  output: { bytes: number; files: number; pagefind: PagefindLanguage[] } | Skipped;
  pages: PageWeight[] | Skipped;
  search: SearchRow[] | Skipped;
  validate: { ms: number; releases: number; ok: boolean } | Skipped;
  hugo: { ok: boolean; wallMs: number; peakRssBytes: number; cpuSeconds: number; version: string } | Skipped;
  defaultMarkdown: BuildFigures | Skipped;
}

/** The budgets of issues #6 and #13, for 10,000 releases. */
export const BUDGETS = {
  coldMs: 60_000,
  peakRssBytes: 2.5e9,
  /** Rebuild after one release edit, as a share of the cold build. */
  warmShare: 0.15,
  /** Rebuild after one embargo lifts, as a share of the cold build. */
  liftShare: 0.25,
  remarkRatio: 1.3,
  releaseHtml: 30_000,
  releaseCss: 12_000,
  releaseJs: 2_000,
  searchBytes: 150_000,
  searchMs: 300,
  validateMs: 3_000,
} as const;

export const isSkipped = (value: unknown): value is Skipped =>
  typeof value === 'object' && value !== null && 'skipped' in value;

/**
 * Milliseconds as seconds with one decimal, or as ms below one second.
 * @example seconds(61_234) // '61.2 s'
 */
export function seconds(ms: number | undefined): string {
  if (ms === undefined) return 'n/a';
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/**
 * Bytes in decimal units, as budgets are written.
 * @example bytes(1_234_567) // '1.23 MB'
 */
export function bytes(n: number): string {
  if (n < 1000) return `${n} B`;
  if (n < 1e6) return `${(n / 1e3).toFixed(1)} kB`;
  if (n < 1e9) return `${(n / 1e6).toFixed(2)} MB`;
  return `${(n / 1e9).toFixed(2)} GB`;
}

const cpu = (s: number) => `${s.toFixed(1)} s`;
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');
const check = (value: number | undefined, limit: number) =>
  value === undefined ? '–' : value <= limit ? '✅ within' : '❌ over';
const row = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;
const table = (head: readonly string[], rows: readonly (readonly (string | number)[])[]) =>
  [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length === 0
    ? undefined
    : sorted.length % 2
      ? sorted[mid]!
      : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const PHASE_LABELS: [keyof Phases, string][] = [
  ['startup', 'startup (config, Vite, integrations)'],
  ['contentLoading', 'content loading (content layer sync)'],
  ['bundling', 'types and bundling'],
  ['pageRendering', 'page rendering (HTML routes)'],
  ['exports', 'exports (feeds, JSON, XML routes)'],
  ['images', 'optimized images'],
  ['searchIndexing', 'search indexing (Pagefind)'],
  ['finishing', 'finishing'],
];

function phaseTable(phases: Phases): string {
  return table(
    ['phase', 'time', 'share'],
    [
      ...PHASE_LABELS.map(([key, label]) => {
        const ms = phases[key];
        return [label, seconds(ms), ms === undefined ? '' : `${Math.round((ms / phases.total) * 100)} %`];
      }),
      ['**total (wall)**', `**${seconds(phases.total)}**`, ''],
    ],
  );
}

function rawTimestamps(lines: readonly LogLine[]): string {
  return ['```', ...lines.map((l) => `${String(l.ms).padStart(8)} ms  ${l.text.trim()}`), '```'].join('\n');
}

/** The whole report. */
export function renderReport(r: BenchResult): string {
  const out: string[] = [];
  // Every block on its own, separated by a blank line, so tables never run into a paragraph.
  const push = (...blocks: string[]) => out.push(...blocks.flatMap((block) => [block, '']));
  const total = Object.values(r.corpus.byLang).reduce((a, b) => a + b, 0);

  push(
    `# Perskamer benchmark: ${r.releases.toLocaleString('en')} releases (seed ${r.seed})`,
    `Run ${r.startedAt} on ${r.machine.cpus} × ${r.machine.cpuModel}, ${bytes(r.machine.memoryBytes)} RAM, ` +
      `Node ${r.machine.node}, Astro ${r.machine.astro}; load average ${r.machine.loadBefore.toFixed(2)} before the cold build.`,
    `Corpus: ${(['nl', 'en', 'de', 'fr'] as const)
      .map((l) => `${l} ${r.corpus.byLang[l]} (${Math.round((r.corpus.byLang[l] / total) * 100)} %)`)
      .join(', ')}; ${r.corpus.translated} in translation groups, ${r.corpus.mdx} MDX, ` +
      `${r.corpus.words.toLocaleString('en')} words, ${bytes(r.corpus.bytes)}; generated in ${seconds(r.corpus.generateMs)}.`,
  );

  const search = isSkipped(r.search) ? [] : r.search;
  const release = isSkipped(r.pages) ? undefined : r.pages.find((p) => p.name === 'release');
  const worstColdMs = search.length ? Math.max(...search.map((s) => s.coldMs)) : undefined;
  const worstColdBytes = search.length ? Math.max(...search.map((s) => s.coldBytes)) : undefined;
  const share = (b: BuildFigures | Skipped | undefined) =>
    !b || isSkipped(b) ? undefined : b.wallMs / r.cold.wallMs;
  const shareCell = (b: BuildFigures | Skipped | undefined) =>
    !b || isSkipped(b)
      ? 'n/a'
      : `${Math.round((b.wallMs / r.cold.wallMs) * 100)} % (CPU ${Math.round((b.cpuSeconds / r.cold.cpuSeconds) * 100)} %)`;
  const remark = isSkipped(r.defaultMarkdown) ? undefined : r.cold.wallMs / r.defaultMarkdown.wallMs;
  push(
    '## Budgets',
    `Budgets are set for 10,000 releases${r.releases === 10_000 ? '' : `; at ${r.releases.toLocaleString('en')} releases the status is indicative only`}.`,
    table(
      ['measure', 'value', 'budget', 'status'],
      [
        ['cold build', seconds(r.cold.wallMs), '≤ 60 s', check(r.cold.wallMs, BUDGETS.coldMs)],
        [
          'peak memory',
          bytes(r.cold.peakRssBytes),
          '≤ 2.5 GB',
          check(r.cold.peakRssBytes, BUDGETS.peakRssBytes),
        ],
        ['warm rebuild / cold', shareCell(r.warm), '≤ 15 %', check(share(r.warm), BUDGETS.warmShare)],
        ['embargo-lift rebuild / cold', shareCell(r.lift), '≤ 25 %', check(share(r.lift), BUDGETS.liftShare)],
        [
          'remark pipeline / Astro default',
          isSkipped(r.defaultMarkdown) || remark === undefined
            ? 'n/a'
            : `${remark.toFixed(2)}× (CPU ${(r.cold.cpuSeconds / r.defaultMarkdown.cpuSeconds).toFixed(2)}×)`,
          '≤ 1.3×',
          check(remark, BUDGETS.remarkRatio),
        ],
        [
          'release page HTML',
          release ? bytes(release.html.raw) : 'n/a',
          '≤ 30 kB',
          check(release?.html.raw, BUDGETS.releaseHtml),
        ],
        [
          'release page CSS',
          release ? bytes(release.css.raw) : 'n/a',
          '≤ 12 kB',
          check(release?.css.raw, BUDGETS.releaseCss),
        ],
        [
          'release page JS',
          release ? bytes(release.js.raw) : 'n/a',
          '≤ 2 kB',
          check(release?.js.raw, BUDGETS.releaseJs),
        ],
        [
          'search first query, bytes (worst)',
          worstColdBytes === undefined ? 'n/a' : bytes(worstColdBytes),
          '≤ 150 kB',
          check(worstColdBytes, BUDGETS.searchBytes),
        ],
        [
          'search first query, time (worst)',
          worstColdMs === undefined ? 'n/a' : seconds(worstColdMs),
          '≤ 300 ms',
          check(worstColdMs, BUDGETS.searchMs),
        ],
        [
          'validate 1,000 releases',
          isSkipped(r.validate) ? 'n/a' : seconds(r.validate.ms),
          '≤ 3 s',
          check(isSkipped(r.validate) ? undefined : r.validate.ms, BUDGETS.validateMs),
        ],
      ],
    ),
    'Page sizes are uncompressed bytes of the files; search bytes are as transferred (text gzip-compressed by the server).',
  );

  push(
    '## Cold build',
    `${r.cold.ok ? 'Succeeded' : '**Failed**'} in ${seconds(r.cold.wallMs)} (${cpu(r.cold.cpuSeconds)} CPU); peak memory of the process tree ${bytes(r.cold.peakRssBytes)} (sum of VmRSS, sampled every 500 ms).`,
    phaseTable(r.cold.phases),
    'Raw timestamps (ms since the build started, as each log line arrived):',
    rawTimestamps(r.cold.milestones),
  );

  if (isSkipped(r.warm)) push('## Warm rebuild', `n/a: ${r.warm.skipped}`);
  else {
    push(
      '## Warm rebuild',
      `One release edited, same cache folder: ${seconds(r.warm.wallMs)} (${ratio(r.warm.wallMs, r.cold.wallMs)} of cold), ${cpu(r.warm.cpuSeconds)} CPU (${ratio(r.warm.cpuSeconds, r.cold.cpuSeconds)} of cold), peak memory ${bytes(r.warm.peakRssBytes)}.`,
      phaseTable(r.warm.phases),
    );
  }

  const rebuilds: [string, BuildFigures | Skipped | undefined][] = [
    ['cold (empty cache)', r.cold],
    ['nothing changed', r.unchanged],
    ['one release edited', r.warm],
    ['one embargo lifted (later clock)', r.lift],
  ];
  push(
    '## Incremental rebuilds',
    'Each rebuild keeps the cache folder (`PRESS_CACHE_DIR`); Astro copies every page whose cache key and code are unchanged. CPU is user + system time of the process tree, the comparable figure on a shared machine.',
    table(
      ['build', 'wall', 'CPU', 'CPU / cold', 'rendered / copied'],
      rebuilds.map(([name, b]) =>
        !b || isSkipped(b)
          ? [name, 'n/a', 'n/a', 'n/a', b ? b.skipped : 'not measured']
          : [
              name,
              seconds(b.wallMs),
              cpu(b.cpuSeconds),
              `${Math.round((b.cpuSeconds / r.cold.cpuSeconds) * 100)} %`,
              b.rendered === undefined ? 'n/a' : `${b.rendered} / ${b.reused ?? 0}`,
            ],
      ),
    ),
  );

  if (isSkipped(r.output)) push('## Output', `n/a: ${r.output.skipped}`);
  else {
    push(
      '## Output',
      `dist/: ${bytes(r.output.bytes)} in ${r.output.files.toLocaleString('en')} files.`,
      table(
        ['Pagefind index', 'pages', 'files', 'size'],
        r.output.pagefind.map((p) => [p.lang, p.pages, p.files, bytes(p.bytes)]),
      ),
    );
  }

  if (isSkipped(r.pages)) push('## Page weight', `n/a: ${r.pages.skipped}`);
  else {
    push(
      '## Page weight',
      'The page and the CSS and JS it links (static imports followed), raw / gzip. The search page loads Pagefind at run time: see Search.',
      table(
        ['page', 'path', 'HTML', 'CSS', 'JS'],
        r.pages.map((p) => [
          p.name,
          `\`${p.path}\``,
          `${bytes(p.html.raw)} / ${bytes(p.html.gzip)}`,
          `${bytes(p.css.raw)} / ${bytes(p.css.gzip)}`,
          `${bytes(p.js.raw)} / ${bytes(p.js.gzip)}`,
        ]),
      ),
    );
  }

  if (isSkipped(r.search)) push('## Search', `n/a: ${r.search.skipped}`);
  else {
    push(
      '## Search',
      'Headless Chromium on the real search page. Cold: fresh browser context, navigation start to results shown. ' +
        'Warm: the next query of the list submitted on the same page. Bytes as received, headers included, Pagefind’s Web Worker included.',
      table(
        [
          'lang',
          'query',
          'results',
          'cold time',
          'cold bytes (requests)',
          'warm time',
          'warm bytes (requests)',
        ],
        r.search.map((s) => [
          s.lang,
          s.query,
          s.status,
          seconds(s.coldMs),
          `${bytes(s.coldBytes)} (${s.coldFiles})`,
          seconds(s.warmMs),
          `${bytes(s.warmBytes)} (${s.warmFiles})`,
        ]),
      ),
      `Median cold ${seconds(median(r.search.map((s) => s.coldMs)))} / ${bytes(median(r.search.map((s) => s.coldBytes)) ?? 0)}, ` +
        `median warm ${seconds(median(r.search.map((s) => s.warmMs)))} / ${bytes(median(r.search.map((s) => s.warmBytes)) ?? 0)}.`,
    );
  }

  push(
    '## Validate',
    isSkipped(r.validate)
      ? `n/a: ${r.validate.skipped}`
      : `\`npm run validate\` on ${r.validate.releases.toLocaleString('en')} releases: ${seconds(r.validate.ms)}${r.validate.ok ? '' : ' (**reported errors**)'}.`,
  );

  const compare: (string | number)[][] = [
    [
      'Perskamer (remark pipeline)',
      seconds(r.cold.wallMs),
      cpu(r.cold.cpuSeconds),
      bytes(r.cold.peakRssBytes),
      '1.00×',
      '1.00×',
    ],
  ];
  compare.push(
    isSkipped(r.defaultMarkdown)
      ? ['Perskamer, Astro default Markdown', `n/a: ${r.defaultMarkdown.skipped}`, '', '', '', '']
      : [
          'Perskamer, Astro default Markdown (`PRESS_MARKDOWN=default`)',
          `${seconds(r.defaultMarkdown.wallMs)}${r.defaultMarkdown.ok ? '' : ' (failed)'}`,
          cpu(r.defaultMarkdown.cpuSeconds),
          bytes(r.defaultMarkdown.peakRssBytes),
          ratio(r.defaultMarkdown.wallMs, r.cold.wallMs),
          ratio(r.defaultMarkdown.cpuSeconds, r.cold.cpuSeconds),
        ],
    isSkipped(r.hugo)
      ? ['Hugo, minimal template', `n/a: ${r.hugo.skipped}`, '', '', '', '']
      : [
          `Hugo, minimal template (${r.hugo.version.split(' ')[1] ?? r.hugo.version})`,
          `${seconds(r.hugo.wallMs)}${r.hugo.ok ? '' : ' (failed)'}`,
          cpu(r.hugo.cpuSeconds),
          bytes(r.hugo.peakRssBytes),
          ratio(r.hugo.wallMs, r.cold.wallMs),
          ratio(r.hugo.cpuSeconds, r.cold.cpuSeconds),
        ],
  );
  push(
    '## Side by side',
    'Cold builds of the same corpus; ratios against our cold build. CPU time (user + system of the process tree) is less disturbed by other work on the machine than wall time.',
    table(['build', 'wall time', 'CPU time', 'peak memory', 'wall ratio', 'CPU ratio'], compare),
  );
  return `${out.join('\n').trimEnd()}\n`;
}
