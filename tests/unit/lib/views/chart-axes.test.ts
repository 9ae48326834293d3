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
