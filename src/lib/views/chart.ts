/**
 * A small line chart as SVG geometry, computed at build time: the component only draws it,
 * and no client JavaScript is involved. Values start from zero so that the line's height is honest.
 */

/** One point of a series: position in time, value and the label under it. */
export interface ChartPoint {
  /** Time as a number (e.g. milliseconds), so that points are spaced as their dates are. */
  x: number;
  y: number;
  /** The label on the time axis, e.g. the year. */
  label: string;
}

export interface ChartOptions {
  width?: number;
  height?: number;
  /** Formats a value-axis label in the page's language. */
  formatY: (value: number) => string;
  /**
   * A second series drawn as a reference (a target's straight path from baseline to target):
   * the axes cover both series, and its points get time labels too.
   */
  reference?: readonly ChartPoint[];
  /** What the values are counted in ("MWh", "euro (miljarden)"), written above the value axis. */
  axisTitle?: string | undefined;
  /**
   * The least room left of the plot, in user units: charts stacked on one page pass the widest
   * need of them all, so that their value axes line up.
   */
  minLeft?: number;
}

/** Everything the SVG needs, in user units of a `0 0 width height` view box. */
export interface ChartGeometry {
  width: number;
  height: number;
  /** The `points` attribute of the polyline. */
  line: string;
  dots: { cx: number; cy: number }[];
  /** The plot area's left, right, top and bottom edges. */
  plot: { left: number; right: number; top: number; bottom: number };
  /** Value-axis ticks: a grid line across the plot at `y`, the label left of it. */
  yTicks: { y: number; label: string }[];
  /** Time-axis labels, centred under their points. */
  xTicks: { x: number; label: string }[];
  /** The reference series, when given: its polyline and points. */
  reference?: { line: string; dots: { cx: number; cy: number }[] } | undefined;
  /** The axis title, when given: left-aligned with the chart, above the top of the value axis. */
  axisTitle?: { x: number; y: number; text: string } | undefined;
}

/** One decimal is enough for pixels and keeps the SVG (and tests) stable. */
const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The smallest "nice" number (1, 2, 2.5 or 5 times a power of ten) at or above `value`.
 * @example niceCeil(149475) // 200000
 */
export function niceCeil(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= value)!;
  return step * power;
}

/** Rough width of a label in user units at the chart's 12-unit font size. */
const labelWidth = (text: string) => text.length * 7;

/**
 * The room left of the plot that a chart's value labels need: what `minLeft` takes.
 * @example plotLeft(['0', '100.000', '200.000']) // 61
 */
export function plotLeft(labels: readonly string[]): number {
  return Math.max(0, ...labels.map(labelWidth)) + 12;
}

/**
 * The three value ticks of an axis over `values`: zero, half way and a nice maximum (or minimum).
 * @example axisTicks([149475]) // [0, 100000, 200000]
 */
export function axisTicks(values: readonly number[]): number[] {
  const top = Math.max(0, ...values);
  const bottom = Math.min(0, ...values);
  const hi = top > 0 ? niceCeil(top) : 0;
  const lo = bottom < 0 ? -niceCeil(-bottom) : 0;
  const span = hi - lo || 1;
  return [lo, lo + span / 2, lo + span];
}

/**
 * The geometry of a line chart of `points` (sorted by x): axis from zero to a nice maximum,
 * three value ticks, one time label per point.
 * @example lineChart([{ x: 0, y: 5, label: '2021' }, { x: 1, y: 10, label: '2022' }], { formatY: String }).line // '…'
 */
export function lineChart(points: readonly ChartPoint[], options: ChartOptions): ChartGeometry {
  const { width = 480, height = 200, formatY, reference = [], axisTitle, minLeft = 0 } = options;
  const all = [...points, ...reference];
  const tickValues = axisTicks(all.map((p) => p.y));
  const lo = tickValues[0]!;
  const span = tickValues[2]! - lo;
  const yLabels = tickValues.map(formatY);

  const plot = {
    left: Math.max(plotLeft(yLabels), minLeft),
    right: width - 16,
    // A title above the axis needs a line of its own.
    top: axisTitle ? 30 : 12,
    bottom: height - 28,
  };
  const xs = all.map((p) => p.x);
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  // A single point (or all on one day) sits in the middle.
  const xOf = (x: number) =>
    round(
      maxX === minX
        ? (plot.left + plot.right) / 2
        : plot.left + ((x - minX) / (maxX - minX)) * (plot.right - plot.left),
    );
  const yOf = (y: number) => round(plot.bottom - ((y - lo) / span) * (plot.bottom - plot.top));

  const dotsOf = (series: readonly ChartPoint[]) => series.map((p) => ({ cx: xOf(p.x), cy: yOf(p.y) }));
  const lineOf = (dots: { cx: number; cy: number }[]) => dots.map((d) => `${d.cx},${d.cy}`).join(' ');
  const dots = dotsOf(points);
  // One label per place on the time axis: a target year the series also reaches is named once.
  const xTicks = new Map<number, string>();
  for (const p of [...all].sort((a, b) => a.x - b.x))
    if (!xTicks.has(xOf(p.x))) xTicks.set(xOf(p.x), p.label);
  const referenceDots = dotsOf(reference);
  return {
    width,
    height,
    line: lineOf(dots),
    dots,
    plot,
    yTicks: tickValues.map((value, i) => ({ y: yOf(value), label: yLabels[i]! })),
    xTicks: [...xTicks].map(([x, label]) => ({ x, label })),
    ...(reference.length > 0 ? { reference: { line: lineOf(referenceDots), dots: referenceDots } } : {}),
    ...(axisTitle ? { axisTitle: { x: 0, y: 12, text: axisTitle } } : {}),
  };
}
