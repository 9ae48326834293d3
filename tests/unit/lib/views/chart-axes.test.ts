import { describe, expect, it } from 'vitest';
import { axisTicks, lineChart, plotLeft } from '~/lib/views/chart';

const points = [
  { x: 0, y: 14, label: '2023' },
  { x: 1, y: 38, label: '2025' },
];

describe('chart axes', () => {
  it('computes the ticks lineChart draws', () => {
    expect(axisTicks([149_475])).toEqual([0, 100_000, 200_000]);
    expect(axisTicks([-30, 10])).toEqual([-50, -20, 10]);
    expect(lineChart(points, { formatY: String }).yTicks.map((t) => t.label)).toEqual(
      axisTicks([14, 38]).map(String),
    );
  });

  it('keeps at least the room it is given left of the plot, so stacked charts line up', () => {
    const narrow = lineChart(points, { formatY: String });
    expect(narrow.plot.left).toBe(plotLeft(['0', '25', '50']));
    const aligned = lineChart(points, { formatY: String, minLeft: 61 });
    expect(aligned.plot.left).toBe(61);
    expect(aligned.dots[0]!.cx).toBe(61);
  });

  it('puts an axis title above the plot, on a line of its own', () => {
    const titled = lineChart(points, { formatY: String, axisTitle: 'aantal' });
    expect(titled.axisTitle).toEqual({ x: 0, y: 12, text: 'aantal' });
    expect(titled.plot.top).toBeGreaterThan(titled.axisTitle!.y + 12);
    expect(lineChart(points, { formatY: String }).axisTitle).toBeUndefined();
  });
});

describe('a target chart', () => {
  it('names its unit above the axis and writes every tick in one scale', async () => {
    const { targetChart } = await import('~/lib/views/targets');
    const facts = [
      { key: 'trips', value: 412_000, unit: 'count' as const, asOf: '2023-12-31', published: '2024-03-12' },
      { key: 'trips', value: 952_000, unit: 'count' as const, asOf: '2025-12-31', published: '2026-03-10' },
    ];
    const chart = targetChart(
      { unit: 'count', baseline: { year: 2023, value: 412_000 }, target: { year: 2030, value: 1_500_000 } },
      facts,
      'Ritten',
      'nl',
    )!;
    expect(chart.geometry.axisTitle?.text).toBe('aantal (miljoenen)');
    expect(chart.geometry.yTicks.map((t) => t.label)).toEqual(['0', '1', '2']);
  });
});
