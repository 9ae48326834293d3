import { describe, expect, it } from 'vitest';
import { findFigures } from '~/lib/authoring/import/figures';
import { parseNumber } from '~/lib/authoring/import/numbers';

const found = (text: string, lang: 'nl' | 'en' | 'de' | 'fr') =>
  findFigures(text, lang).map((f) => [f.value, f.unit, f.qualifier]);

describe('parseNumber', () => {
  it('reads separators the language’s way', () => {
    expect(parseNumber('118.909', 'nl')).toBe(118909);
    expect(parseNumber('16,1', 'nl')).toBe(16.1);
    expect(parseNumber('1,200', 'en')).toBe(1200);
    expect(parseNumber('2.5', 'en')).toBe(2.5);
    expect(parseNumber('3 000', 'fr')).toBe(3000);
    expect(parseNumber('1.234,5', 'de')).toBe(1234.5);
  });
});

describe('findFigures', () => {
  const figures = findFigures(
    'Ongeveer 70 procent minder CO2. Tot 50 procent secundair materiaal. De winst bedroeg € 16,1 miljard. ' +
      'Er werken 118.909 medewerkers. In 2021 begon het.',
    'nl',
  );

  it('proposes percentages, amounts and counts with their qualifier', () => {
    expect(figures.map((f) => [f.value, f.unit, f.qualifier])).toEqual([
      [70, 'percent', 'about'],
      [50, 'percent', 'up-to'],
      [16_100_000_000, 'EUR', 'exactly'],
      [118_909, 'count', 'exactly'],
    ]);
    expect(figures.map((f) => f.label)).toEqual([
      'minder CO2',
      'secundair materiaal',
      'winst',
      'medewerkers',
    ]);
    expect(figures[1]!.phrase).toBe('Tot 50 procent');
    expect(figures[2]!.sentence).toBe('De winst bedroeg € 16,1 miljard.');
  });

  it('knows tonnes of CO2, energy and other languages’ words', () => {
    expect(found('bespaart ruim 5.200 ton CO2 per jaar', 'nl')).toEqual([[5200, 'tonnes-co2e', 'more-than']]);
    expect(found('goed voor 12 GWh', 'nl')).toEqual([[12, 'GWh', 'exactly']]);
    expect(found('bis zu 90 Prozent und 14 Millionen Euro', 'de')).toEqual([
      [90, 'percent', 'up-to'],
      [14_000_000, 'EUR', 'exactly'],
    ]);
    expect(found('environ 3 000 tonnes et 9,5 millions d’euros', 'fr')).toEqual([
      [3000, 'tonnes', 'about'],
      [9_500_000, 'EUR', 'exactly'],
    ]);
    expect(found('at least 1,200 employees', 'en')).toEqual([[1200, 'count', 'at-least']]);
    expect(found('rund 12.000 Tonnen CO2-Äquivalente', 'de')).toEqual([[12000, 'tonnes-co2e', 'about']]);
    expect(found('some 40,000 tonnes of CO2e a year', 'en')).toEqual([[40000, 'tonnes-co2e', 'about']]);
    expect(found('près de 2 500 tonnes de CO2', 'fr')).toEqual([[2500, 'tonnes-co2e', 'about']]);
    expect(found('3,5 Mrd. Euro und 2,1 Mio. €', 'de')).toEqual([
      [3_500_000_000, 'EUR', 'exactly'],
      [2_100_000, 'EUR', 'exactly'],
    ]);
    expect(found('1.500 MWh en 2 TWh', 'nl')).toEqual([
      [1500, 'MWh', 'exactly'],
      [2000, 'GWh', 'exactly'],
    ]);
  });

  it('reads the qualifier into the figure, in each language', () => {
    expect(found('De coöperatie investeerde ongeveer 14 miljoen euro in het park.', 'nl')).toEqual([
      [14_000_000, 'EUR', 'about'],
    ]);
    expect(found('meer dan 140 nieuwe leden', 'nl')).toEqual([[140, 'count', 'more-than']]);
    expect(found('rund 65 Prozent', 'de')).toEqual([[65, 'percent', 'about']]);
    expect(found('mehr als 300 Mitarbeiter', 'de')).toEqual([[300, 'count', 'more-than']]);
    expect(found('environ 45 %', 'fr')).toEqual([[45, 'percent', 'about']]);
    expect(found('plus de 120 salariés', 'fr')).toEqual([[120, 'count', 'more-than']]);
    expect(found('up to 30 per cent', 'en')).toEqual([[30, 'percent', 'up-to']]);
  });

  it('takes a label from the phrase the number belongs to, not from a neighbouring number', () => {
    const [profit, revenue] = findFigures(
      'In 2023 bedroeg de nettowinst € 16,1 miljard op een omzet van € 111,2 miljard.',
      'nl',
    );
    expect(profit).toMatchObject({ value: 16_100_000_000, label: 'nettowinst' });
    expect(revenue).toMatchObject({ value: 111_200_000_000, label: 'omzet', year: 2023 });
    expect(
      findFigures('De rest van de investering van € 16,1 miljoen komt uit een lening.', 'nl')[0]!.label,
    ).toBe('investering');
    expect(findFigures('The project costs € 2.5 million and is funded by the city.', 'en')[0]!.label).toBe(
      'project',
    );
    expect(findFigures('L’investissement s’élève à 9,5 millions d’euros.', 'fr')[0]!.label).toBe(
      'investissement',
    );
    expect(
      findFigures('Le site traitera environ 3 000 tonnes de matériaux et emploiera 45 personnes.', 'fr').map(
        (f) => f.label,
      ),
    ).toEqual(['matériaux', 'personnes']);
  });

  it('leaves years, dates and bare numbers alone', () => {
    expect(found('Op 12 maart 2024 om 14.00 uur opende het 2e park in 2024.', 'nl')).toEqual([]);
  });
});
