import { describe, expect, it } from 'vitest';
import { lineChart, niceCeil } from '~/lib/views/chart';

describe('niceCeil', () => {
  it('rounds up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceCeil(149475)).toBe(200000);
    expect(niceCeil(27)).toBe(50);
    expect(niceCeil(21)).toBe(25);
    expect(niceCeil(10)).toBe(10);
    expect(niceCeil(0.7)).toBe(1);
    expect(niceCeil(0)).toBe(1);
  });
});

describe('lineChart', () => {
  const points = [
    { x: Date.parse('2021-12-31'), y: 100, label: '2021' },
    { x: Date.parse('2022-12-31'), y: 150, label: '2022' },
    { x: Date.parse('2024-12-31'), y: 200, label: '2024' },
  ];
  const chart = lineChart(points, { width: 400, height: 200, formatY: (n) => `${n}` });

  it('runs the value axis from zero to a nice maximum, with three labelled ticks', () => {
    expect(chart.yTicks.map((t) => t.label)).toEqual(['0', '100', '200']);
    expect(chart.yTicks[0]!.y).toBe(chart.plot.bottom);
    expect(chart.yTicks[2]!.y).toBe(chart.plot.top);
  });

  it('spaces points by date and places values on the scale', () => {
    const [a, b, c] = chart.dots;
    expect(a!.cx).toBe(chart.plot.left);
    expect(c!.cx).toBe(chart.plot.right);
    // 2022 is a third of the way from 2021 to 2024 (one year of three, leap day aside).
    expect(b!.cx).toBeCloseTo(chart.plot.left + (chart.plot.right - chart.plot.left) / 3, 0);
    expect(a!.cy).toBe(chart.yTicks[1]!.y);
    expect(c!.cy).toBe(chart.plot.top);
    expect(chart.line).toBe(chart.dots.map((d) => `${d.cx},${d.cy}`).join(' '));
  });

  it('labels the time axis under each point and keeps room for the widest value label', () => {
    expect(chart.xTicks).toEqual(chart.dots.map((d, i) => ({ x: d.cx, label: points[i]!.label })));
    expect(chart.plot.left).toBe(3 * 7 + 12);
    expect(chart.plot.bottom).toBeLessThan(chart.height);
  });

  it('goes below zero for negative values and centres a single point', () => {
    const loss = lineChart([{ x: 0, y: -30, label: '2023' }], { formatY: String });
    expect(loss.yTicks.map((t) => t.label)).toEqual(['-50', '-25', '0']);
    expect(loss.dots[0]!.cx).toBe((loss.plot.left + loss.plot.right) / 2);
  });
});
