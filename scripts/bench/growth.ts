/**
 * How the build grows with the number of releases: a Markdown table and an SVG chart drawn
 * from the `bench-result.json` of several benchmark runs (`npm run bench:growth`).
 * Pure: takes results, returns text.
 */
import { create } from 'xmlbuilder2';
import { bytes, isSkipped, seconds, type BenchResult, type BuildFigures, type Skipped } from './report';

/** The builds of one run that the chart and the table show, in this order. */
const SERIES = [
  { key: 'cold', label: 'cold build', colour: '#1d4e89' },
  { key: 'unchanged', label: 'nothing changed', colour: '#5b8c2a' },
  { key: 'warm', label: 'one release edited', colour: '#b86e00' },
  { key: 'lift', label: 'one embargo lifted', colour: '#a2306b' },
] as const;
type SeriesKey = (typeof SERIES)[number]['key'];

const build = (r: BenchResult, key: SeriesKey): BuildFigures | undefined => {
  const b: BuildFigures | Skipped | undefined = r[key];
  return b && !isSkipped(b) && b.ok ? b : undefined;
};

/** Peak memory of a run: the largest of its builds (the cold build, in practice). */
const peak = (r: BenchResult) => Math.max(...SERIES.map((s) => build(r, s.key)?.peakRssBytes ?? 0));

/**
 * The exponent k in "time grows as releases^k" between two sizes: 1 is linear growth,
 * below 1 is cheaper per release as the site grows, above 1 dearer.
 * @example growthExponent(10_000, 100, 50_000, 500) // 1
 */
export function growthExponent(n1: number, v1: number, n2: number, v2: number): number | undefined {
  if (n1 <= 0 || n2 <= 0 || v1 <= 0 || v2 <= 0 || n1 === n2) return undefined;
  return Math.log(v2 / v1) / Math.log(n2 / n1);
}

/** A growth exponent in words, for the table. */
export function describeGrowth(k: number | undefined): string {
  if (k === undefined) return 'n/a';
  const shape = k < 0.9 ? 'less than linear' : k <= 1.1 ? 'about linear' : 'more than linear';
  return `×^${k.toFixed(2)} (${shape})`;
}

/** Runs sorted by size; a size measured twice keeps its latest run. */
export function bySize(results: readonly BenchResult[]): BenchResult[] {
  const latest = new Map<number, BenchResult>();
  for (const r of results) {
    const seen = latest.get(r.releases);
    if (!seen || seen.startedAt < r.startedAt) latest.set(r.releases, r);
  }
  return [...latest.values()].sort((a, b) => a.releases - b.releases);
}

/**
 * The Markdown table: one row per size, wall and CPU of each build, peak memory, growth. Growth
 * is computed from CPU time: on a shared machine the wall time of one run can double with the
 * load, CPU time hardly moves.
 */
export function growthTable(results: readonly BenchResult[]): string {
  const runs = bySize(results);
  const cell = (r: BenchResult, key: SeriesKey) => {
    const b = build(r, key);
    if (b) return `${seconds(b.wallMs)} (${b.cpuSeconds.toFixed(0)} s CPU)`;
    // A run can leave a rebuild out (--skip-lift): say so, rather than a bare "n/a".
    const figures: BuildFigures | Skipped | undefined = r[key];
    return figures && !isSkipped(figures) ? 'failed' : 'not run';
  };
  const head = ['releases', ...SERIES.map((s) => s.label), 'peak memory', 'load before'];
  const rows = runs.map((r) => [
    r.releases.toLocaleString('en'),
    ...SERIES.map((s) => cell(r, s.key)),
    bytes(peak(r)),
    r.machine.loadBefore.toFixed(1),
  ]);
  const growth = runs.slice(1).map((r, i) => {
    const prev = runs[i]!;
    const exp = (key: SeriesKey) =>
      describeGrowth(
        growthExponent(
          prev.releases,
          build(prev, key)?.cpuSeconds ?? 0,
          r.releases,
          build(r, key)?.cpuSeconds ?? 0,
        ),
      );
    return [
      `growth (CPU) ${prev.releases.toLocaleString('en')} → ${r.releases.toLocaleString('en')}`,
      ...SERIES.map((s) => exp(s.key)),
      describeGrowth(growthExponent(prev.releases, peak(prev), r.releases, peak(r))),
      '',
    ];
  });
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...[...rows, ...growth].map(line)].join('\n');
}

/** Round steps for an axis: 1, 2 or 5 times a power of ten, about `ticks` of them up to `max`. */
export function niceTicks(max: number, ticks = 5): number[] {
  if (!(max > 0)) return [0];
  const raw = max / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  const out: number[] = [];
  for (let v = 0; v < max + step; v += step) out.push(Number(v.toPrecision(12)));
  return out;
}

/** One SVG element: name, attributes, text or children. Serialised by xmlbuilder2. */
interface Node {
  name: string;
  attrs?: Record<string, string | number>;
  text?: string;
  children?: Node[];
}
const el = (name: string, attrs: Node['attrs'], ...children: (Node | string)[]): Node => {
  const text = children.find((c): c is string => typeof c === 'string');
  const nodes = children.filter((c): c is Node => typeof c !== 'string');
  return {
    name,
    ...(attrs && { attrs }),
    ...(text !== undefined && { text }),
    ...(nodes.length && { children: nodes }),
  };
};
const text = (x: number, y: number, content: string, attrs: Node['attrs'] = {}) =>
  el('text', { x: round(x), y: round(y), class: 'tick', ...attrs }, content);
const round = (n: number) => Math.round(n * 10) / 10;

interface Panel {
  title: string;
  unit: string;
  lines: { label: string; colour: string; points: { x: number; y: number }[] }[];
}

function drawPanel(
  panel: Panel,
  box: { left: number; top: number; width: number; height: number },
  xMax: number,
  xTickCount: number,
): Node[] {
  const { left, top, width, height } = box;
  const yTicks = niceTicks(Math.max(...panel.lines.flatMap((l) => l.points.map((p) => p.y)), 0));
  const xTicks = niceTicks(xMax, xTickCount);
  const px = (x: number) => round(left + (x / xTicks.at(-1)!) * width);
  const py = (y: number) => round(top + height - (y / yTicks.at(-1)!) * height);
  return [
    el('text', { x: left, y: top - 14, class: 'title' }, panel.title),
    ...yTicks.flatMap((t) => [
      el('line', { x1: left, x2: left + width, y1: py(t), y2: py(t), class: 'grid' }),
      text(left - 6, py(t) + 4, t.toLocaleString('en'), { 'text-anchor': 'end' }),
    ]),
    ...xTicks.map((t) => text(px(t), top + height + 16, t.toLocaleString('en'), { 'text-anchor': 'middle' })),
    text(left + width, top + height + 32, 'releases', { 'text-anchor': 'end' }),
    ...panel.lines.flatMap((line) => [
      el('polyline', {
        points: line.points.map((p) => `${px(p.x)},${py(p.y)}`).join(' '),
        fill: 'none',
        stroke: line.colour,
        'stroke-width': 2,
      }),
      ...line.points.map((p) =>
        el(
          'circle',
          { cx: px(p.x), cy: py(p.y), r: 3.5, fill: line.colour },
          el(
            'title',
            {},
            `${line.label}, ${p.x.toLocaleString('en')} releases: ${p.y.toFixed(1)} ${panel.unit}`,
          ),
        ),
      ),
    ]),
  ];
}

function serialise(node: Node): string {
  const build = (parent: ReturnType<typeof create>, n: Node) => {
    const child = parent.ele(
      n.name,
      Object.fromEntries(Object.entries(n.attrs ?? {}).map(([k, v]) => [k, String(v)])),
    );
    if (n.text !== undefined) child.txt(n.text);
    for (const c of n.children ?? []) build(child, c);
  };
  const doc = create();
  build(doc, node);
  return doc.end({ headless: true, prettyPrint: true });
}

/**
 * The growth chart: build time (CPU seconds, as the growth in the table) of each build against
 * the number of releases, and peak memory (GB). Linear axes, so straight lines are linear growth.
 */
export function growthSvg(results: readonly BenchResult[]): string {
  const runs = bySize(results);
  const width = 760;
  const height = 360;
  const xMax = Math.max(...runs.map((r) => r.releases), 1);
  const timePanel: Panel = {
    title: 'Build time, CPU seconds (process tree)',
    unit: 's',
    lines: SERIES.map((s) => ({
      label: s.label,
      colour: s.colour,
      points: runs.flatMap((r) => {
        const b = build(r, s.key);
        return b ? [{ x: r.releases, y: b.cpuSeconds }] : [];
      }),
    })).filter((l) => l.points.length > 0),
  };
  const memoryPanel: Panel = {
    title: 'Peak memory, GB',
    unit: 'GB',
    lines: [
      {
        label: 'peak memory',
        colour: '#1d4e89',
        points: runs.map((r) => ({ x: r.releases, y: peak(r) / 1e9 })),
      },
    ],
  };
  const machine = runs.at(-1)?.machine;
  const svg = el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: 'img',
      'aria-labelledby': 'growth-title',
    },
    el(
      'title',
      { id: 'growth-title' },
      `Perskamer build time and peak memory at ${runs.map((r) => r.releases.toLocaleString('en')).join(', ')} releases`,
    ),
    el(
      'style',
      {},
      'text{font:12px system-ui,sans-serif;fill:#222}.title{font-weight:600;font-size:13px}.grid{stroke:#ddd;stroke-width:1}.tick{fill:#555}',
    ),
    el('rect', { width, height, fill: '#fff' }),
    ...drawPanel(timePanel, { left: 60, top: 40, width: 400, height: 240 }, xMax, 5),
    ...drawPanel(memoryPanel, { left: 540, top: 40, width: 190, height: 240 }, xMax, 2),
    ...timePanel.lines.flatMap((l, i) => [
      el('rect', { x: 70 + i * 160, y: height - 36, width: 14, height: 4, fill: l.colour }),
      text(90 + i * 160, height - 30, l.label),
    ]),
    ...(machine
      ? [
          text(
            width - 10,
            height - 8,
            `${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}, Astro ${machine.astro}`,
            {
              'text-anchor': 'end',
              'font-size': 10,
            },
          ),
        ]
      : []),
  );
  return `${serialise(svg)}\n`;
}
