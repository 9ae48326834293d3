import { describe, expect, it } from 'vitest';
import { figureRow, listFigures, type FigureRelease } from '~/lib/views/key-figures';

type Figure = {
  id: string;
  unit: 'tonnes-co2e' | 'EUR' | 'percent';
  value: number;
  label: string;
  qualifier?: 'about';
};
const release = (
  url: string,
  date: string,
  company: string[],
  keyFigures: Figure[],
): FigureRelease<Figure> => ({
  url,
  entry: { data: { date: new Date(date), topics: [], company, keyFigures } },
});

const names = new Map([
  ['noordwind', 'Noordwind Energie'],
  ['havenstad', 'Havenstad Mobiliteit'],
]);
const [co2, revenue, share] = listFigures([
  release(
    '/nl/2025/jaarcijfers/',
    '2025-03-12T10:00:00+01:00',
    ['noordwind', 'havenstad'],
    [
      { id: 'co2', unit: 'tonnes-co2e', value: 58_800, label: 'vermeden uitstoot', qualifier: 'about' },
      { id: 'revenue', unit: 'EUR', value: 11_600_000, label: 'omzet' },
      { id: 'share', unit: 'percent', value: 70, label: 'minder CO2' },
    ],
  ),
]);

describe('figureRow', () => {
  it('gives qualifier and number as the value, the unit apart with its hyphen unbroken', () => {
    const row = figureRow(co2!, names, 'nl');
    expect([row.qualifier, row.number]).toEqual(['ongeveer', '58.800']);
    expect(row.unit).toBe('ton CO2\u2011equivalent');
    expect(row.label).toBe('vermeden uitstoot');
    expect(row.href).toBe('/nl/2025/jaarcijfers/#figure-co2');
  });

  it('keeps a symbol with its number and leaves the unit column empty then', () => {
    expect(figureRow(revenue!, names, 'nl')).toMatchObject({
      qualifier: '',
      number: '€ 11,6 miljoen',
      unit: '',
    });
    expect(figureRow(share!, names, 'fr')).toMatchObject({ number: '70\u00a0%', unit: '' });
    expect(figureRow(share!, names, 'nl')).toMatchObject({ number: '70', unit: 'procent' });
  });

  it('names every company of a joint release and dates it in the site’s time zone, briefly', () => {
    const row = figureRow(co2!, names, 'nl');
    expect(row.company).toBe('Noordwind Energie & Havenstad Mobiliteit');
    expect(row.date).toEqual({ iso: '2025-03-12T10:00:00+01:00', text: '12 mrt 2025' });
  });
});
