/** A target's chart: published values against the straight path from baseline to target, on one scale. */
import { describe, expect, it } from 'vitest';
import { lineChart } from '~/lib/views/chart';
import { inYear, targetChart } from '~/lib/views/targets';
import type { Fact } from '~/lib/model/facts';

const fact = (value: number, asOf: string, published: string): Fact => ({
  key: 'own-emissions',
  value,
  unit: 'tonnes-co2e',
  asOf,
  published,
});

describe('lineChart with a reference series', () => {
  it('scales both series together and labels every place on the time axis once', () => {
    const chart = lineChart([{ x: 1, y: 50, label: 'a' }], {
      formatY: String,
      reference: [
        { x: 0, y: 100, label: 'start' },
        { x: 1, y: 0, label: 'b' },
        { x: 4, y: 0, label: 'end' },
      ],
    });
    expect(chart.yTicks.map((t) => t.label)).toEqual(['0', '50', '100']);
    expect(chart.xTicks.map((t) => t.label)).toEqual(['start', 'a', 'end']);
    expect(chart.reference?.dots[0]).toEqual({ cx: chart.plot.left, cy: chart.plot.top });
    expect(chart.reference?.dots[2]?.cx).toBe(chart.plot.right);
  });

  it('draws no reference when none is given', () => {
    expect(lineChart([{ x: 1, y: 5, label: 'a' }], { formatY: String }).reference).toBeUndefined();
  });
});

describe('targetChart', () => {
  const target = {
    baseline: { value: 480, year: 2022 },
    target: { value: 0, year: 2030 },
    unit: 'tonnes-co2e' as const,
  };

  it('draws the latest value per date against the path, with a text alternative in the page’s language', () => {
    const facts = [
      fact(480, '2022-12-31', '2023-03-14'),
      fact(455, '2023-12-31', '2024-03-12'),
      // A restatement: the chart draws the later one, the table shows both.
      fact(450, '2023-12-31', '2024-06-01'),
    ];
    const chart = targetChart(target, facts, 'Eigen vloot zonder uitstoot', 'nl')!;
    expect(chart.geometry.dots).toHaveLength(2);
    expect(chart.geometry.reference?.dots).toHaveLength(2);
    expect(chart.geometry.xTicks.map((t) => t.label)).toEqual(['2022', '2023', '2030']);
    expect(chart.alt).toBe(
      'Eigen vloot zonder uitstoot. Gepubliceerde waarden: 2022: 480 ton CO2-equivalent; 2023: 450 ton CO2-equivalent. Rechte lijn van 480 ton CO2-equivalent in 2022 naar 0 ton CO2-equivalent in 2030.',
    );
  });

  it('draws nothing before the first published value', () => {
    expect(targetChart(target, [], 'x', 'en')).toBeUndefined();
  });

  it('writes a value in a year in each language', () => {
    expect(inYear({ value: 200000, year: 2030 }, 'MWh', 'en')).toBe('200,000 MWh in 2030');
    expect(inYear({ value: 200000, year: 2030 }, 'MWh', 'de')).toBe('200.000 MWh im Jahr 2030');
  });
});
