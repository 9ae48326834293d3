import { describe, expect, it } from 'vitest';
import { companyFacts, factLabel } from '~/lib/views/company';
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

  it('lists every value of a key by date, formatted in the language', () => {
    expect(employees!.label).toBe('Medewerkers');
    expect(employees!.rows).toEqual([
      {
        asOf: '2021-12-31',
        asOfText: '31 december 2021',
        value: '118.909',
        published: '2022-03-09',
        publishedText: '9 maart 2022',
      },
      {
        asOf: '2021-12-31',
        asOfText: '31 december 2021',
        value: '119.000',
        published: '2022-06-01',
        publishedText: '1 juni 2022',
      },
      {
        asOf: '2022-12-31',
        asOfText: '31 december 2022',
        value: '149.475',
        published: '2023-03-15',
        publishedText: '15 maart 2023',
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
