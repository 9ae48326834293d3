import { describe, expect, it } from 'vitest';
import { companyFacts, factLabel, valueAxis } from '~/lib/views/company';
import type { Fact } from '~/lib/model/facts';

const facts: Fact[] = [
  { key: 'employees', value: 118909, unit: 'count', asOf: '2021-12-31', published: '2022-03-09' },
  { key: 'revenue', value: 4_500_000, unit: 'EUR', asOf: '2021-12-31', published: '2022-02-01' },
  { key: 'employees', value: 149475, unit: 'count', asOf: '2022-12-31', published: '2023-03-15' },
  // A restated figure for 2021: the table keeps both, the chart the later one.
  { key: 'employees', value: 119000, unit: 'count', asOf: '2021-12-31', published: '2022-06-01' },
];
const labels = { employees: { nl: 'Medewerkers', en: 'Employees' } };

describe('factLabel', () => {
  it('falls back to the default language, then to the key', () => {
    expect(factLabel(labels, 'employees', 'en')).toBe('Employees');
    expect(factLabel(labels, 'employees', 'fr')).toBe('Medewerkers');
    expect(factLabel(labels, 'revenue', 'fr')).toBe('revenue');
  });
});

describe('companyFacts', () => {
  const [employees, revenue] = companyFacts(facts, labels, 'nl');

  it('lists every value of a key by date, formatted in the language, months abbreviated', () => {
    expect(employees!.label).toBe('Medewerkers');
    expect(employees!.rows).toEqual([
      {
        asOf: '2021-12-31',
        asOfText: '31 dec 2021',
        value: '118.909',
        parts: { qualifier: '', number: '118.909', unit: '' },
        published: '2022-03-09',
        publishedText: '9 mrt 2022',
      },
      {
        asOf: '2021-12-31',
        asOfText: '31 dec 2021',
        value: '119.000',
        parts: { qualifier: '', number: '119.000', unit: '' },
        published: '2022-06-01',
        publishedText: '1 jun 2022',
      },
      {
        asOf: '2022-12-31',
        asOfText: '31 dec 2022',
        value: '149.475',
        parts: { qualifier: '', number: '149.475', unit: '' },
        published: '2023-03-15',
        publishedText: '15 mrt 2023',
      },
    ]);
  });

  it('charts the latest value per date, by year, with a text alternative', () => {
    expect(employees!.chart!.geometry.xTicks.map((t) => t.label)).toEqual(['2021', '2022']);
    expect(employees!.chart!.geometry.yTicks.map((t) => t.label)).toEqual(['0', '100.000', '200.000']);
    expect(employees!.chart!.alt).toBe('Medewerkers per peildatum: 2021: 119.000; 2022: 149.475');
  });

  it('draws no chart for a single date', () => {
    expect(revenue!.rows.map((r) => r.value)).toEqual(['€ 4,5 miljoen']);
    expect(revenue!.chart).toBeUndefined();
  });
});

describe('companyFacts: what a reporter checks', () => {
  const more: Fact[] = [
    {
      key: 'countries',
      value: 140,
      unit: 'count',
      qualifier: 'more-than',
      asOf: '2022-12-31',
      published: '2023-01-10',
    },
    { key: 'trips', value: 412_000, unit: 'count', asOf: '2023-12-31', published: '2024-03-12' },
    { key: 'trips', value: 952_000, unit: 'count', asOf: '2025-12-31', published: '2026-03-10' },
    {
      key: 'co2',
      value: 41_500,
      unit: 'tonnes-co2e',
      qualifier: 'about',
      asOf: '2023-12-31',
      published: '2024-03-12',
    },
    {
      key: 'co2',
      value: 58_800,
      unit: 'tonnes-co2e',
      qualifier: 'about',
      asOf: '2024-12-31',
      published: '2025-03-12',
    },
    { key: 'hubs', value: 14, unit: 'count', asOf: '2023-12-31', published: '2024-03-12' },
    { key: 'hubs', value: 38, unit: 'count', asOf: '2025-12-31', published: '2026-03-10' },
  ];
  const [countries, trips, co2, hubs] = companyFacts(more, {}, 'nl');

  it('keeps a qualifier with its value in the table and the text alternative', () => {
    expect(countries!.rows[0]!.value).toBe('meer dan 140');
    expect(countries!.rows[0]!.parts).toEqual({ qualifier: 'meer dan', number: '140', unit: '' });
    expect(co2!.chart!.alt).toBe(
      'co2 per peildatum: 2023: ongeveer 41.500 ton CO2-equivalent; 2024: ongeveer 58.800 ton CO2-equivalent',
    );
  });

  it('keeps the unit of a value whole: its hyphen does not break', () => {
    expect(co2!.rows[0]!.parts).toEqual({
      qualifier: 'ongeveer',
      number: '41.500',
      unit: 'ton CO2\u2011equivalent',
    });
  });

  it('writes every tick of an axis in one scale, named with the unit above the axis', () => {
    expect(trips!.chart!.geometry.yTicks.map((t) => t.label)).toEqual(['0', '0,5', '1']);
    expect(trips!.chart!.geometry.axisTitle?.text).toBe('aantal (miljoenen)');
    expect(co2!.chart!.geometry.yTicks.map((t) => t.label)).toEqual(['0', '50.000', '100.000']);
    expect(co2!.chart!.geometry.axisTitle?.text).toBe('ton CO₂-equivalent');
  });

  it('lines up the value axes of all charts on the page, sized for a phone', () => {
    const lefts = [trips, co2, hubs].map((f) => f!.chart!.geometry.plot.left);
    expect(new Set(lefts).size).toBe(1);
    // The widest label, "100.000", sets the margin for all.
    expect(lefts[0]).toBe(7 * 7 + 12);
    expect(trips!.chart!.geometry.width).toBeLessThanOrEqual(360);
  });
});

describe('valueAxis', () => {
  it('scales large values to millions or billions in the language, and leaves small ones', () => {
    expect(valueAxis([0, 1.25e6, 2.5e6], 'count', 'en')).toEqual({
      title: 'number (millions)',
      labels: ['0', '1.25', '2.5'],
    });
    expect(valueAxis([0, 1e11, 2e11], 'EUR', 'de')).toEqual({
      title: 'Euro (Mrd.)',
      labels: ['0', '100', '200'],
    });
    expect(valueAxis([0, 50, 100], 'MWh', 'fr')).toEqual({ title: 'MWh', labels: ['0', '50', '100'] });
  });
});
