/**
 * Labels of key-figure suggestions as a communications officer reads them in the house-style
 * documents: the words that name what was counted or spent, not a preposition, a verb before
 * the number or the date after it.
 */
import { describe, expect, it } from 'vitest';
import { bareYear, findFigures } from '~/lib/authoring/import/figures';

const label = (text: string, lang: 'nl' | 'en' | 'de' | 'fr') => findFigures(text, lang).map((f) => f.label);

describe('key-figure labels', () => {
  it('names a count by the words after it when the vocabulary has no noun for it', () => {
    expect(label('The line will take apart some 3,000 battery packs from vans.', 'en')).toEqual([
      'battery packs',
    ]);
  });

  it('starts with what is measured, not with "of the", "für ein" or "du"', () => {
    expect(label('Up to 95 per cent of the cobalt, nickel and lithium recovered', 'en')).toEqual(['cobalt']);
    expect(label('Rund 2,5 Millionen Euro für ein eigenes Prüfzentrum', 'de')).toEqual([
      'eigenes Prüfzentrum',
    ]);
    expect(label('Jusqu’à 40 % du gaz de l’usine remplacé', 'fr')).toEqual(['gaz de l’usine remplacé']);
  });

  it('takes the elided noun after an amount: "d’investissement"', () => {
    expect(
      label('Le site a bénéficié de 2,5 millions d’euros d’investissement, dont une partie en prêt.', 'fr'),
    ).toEqual(['investissement']);
  });

  it('never names a figure by the date after it', () => {
    const [co2] = label('Il évitera l’émission d’environ 12 000 tonnes de CO2 d’ici 2030.', 'fr');
    expect(co2).not.toMatch(/ici|2030/);
    expect(co2).toContain('émission');
  });

  it('leaves a volume alone: cubic metres count nothing', () => {
    expect(findFigures('Ein Speicher mit 2.000 Kubikmetern Wasser.', 'de')).toEqual([]);
  });
});

describe('bareYear', () => {
  it('dates a figure by the one year its sentence names', () => {
    expect(bareYear('Das Unternehmen erzielte 2024 einen Umsatz von 148 Millionen Euro.', ['seit'])).toBe(
      '2024',
    );
  });

  it('leaves a year behind a time word, or one of two years, undecided', () => {
    expect(bareYear('Das Werk beschäftigt seit 2010 rund 1.350 Menschen.', ['seit'])).toBeUndefined();
    expect(bareYear('Von 2023 auf 2024 stieg der Umsatz.', ['seit'])).toBeUndefined();
  });
});
