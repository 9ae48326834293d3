/**
 * Issue 15, item 4: key-figure suggestions with the label of the phrase the number belongs to,
 * the right unit (millions and billions converted, tonnes of CO2 as tonnes-co2e), the qualifier
 * and the sentence they came from; figures in the boilerplate offered as company facts with
 * their year.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYaml, splitFrontMatter } from '~/lib/authoring/front-matter';
import { importText } from '~/lib/authoring/import/index';
import { renderImport } from '~/lib/authoring/import/render';
import { houseStyleContext as context } from '../../../../fixtures/import/house-styles/expected';

const release = (file: string) =>
  importText(
    readFileSync(join(import.meta.dirname, '../../../../fixtures/import/house-styles', file), 'utf8'),
    context,
  );
const figures = (file: string) => release(file).figures.map((f) => [f.value, f.unit, f.qualifier, f.label]);

describe('key-figure suggestions', () => {
  it.each([
    [
      'nl-briefhoofd.txt',
      [14_500, 'tonnes-co2e', 'about'],
      [16_100_000, 'EUR', 'exactly', 'investering'],
      [14_000_000, 'EUR', 'about'],
    ],
    [
      'en-media-information.txt',
      [12, 'tonnes-co2e', 'about'],
      [2_500_000, 'EUR', 'exactly', 'project'],
      [60, 'percent', 'up-to', 'charging runs on stored solar power'],
    ],
    [
      'de-presse-information.txt',
      [8000, 'tonnes', 'about', 'Verbundwerkstoff im Jahr'],
      [14_000_000, 'EUR', 'exactly', 'Investition'],
      [65, 'count', 'exactly', 'neue Arbeitsplätze'],
    ],
    [
      'fr-information-presse.txt',
      [12_000, 'tonnes-co2e', 'about'],
      [3_200_000, 'EUR', 'exactly', 'investissement'],
      [25_000, 'count', 'up-to', 'batteries'],
    ],
  ])('%s: unit, conversion, qualifier and label', (file, ...expected) => {
    const found = figures(file);
    for (const figure of expected)
      expect(
        found.some((f) => figure.every((part, i) => f[i] === part)),
        JSON.stringify(figure),
      ).toBe(true);
  });

  it('writes each suggestion with the sentence it came from, commented out', () => {
    const r = release('de-presse-information.txt');
    const file = renderImport(r, {
      company: 'rheinfeld-recycling',
      translationKey: 'k',
      date: r.day!,
      fallbackLocation: 'X',
      sourceName: 'x.txt',
    });
    const yaml = splitFrontMatter(file).yaml!;
    expect(yaml).toContain(
      [
        '#   # "14 Millionen Euro" in: Die Investition beträgt 14 Millionen Euro.',
        '#   - id: investition',
        '#     value: 14000000',
        '#     unit: EUR',
        '#     qualifier: exactly',
        '#     label: "Investition"',
      ].join('\n'),
    );
    // Uncommented, a suggestion is a valid key figure.
    const lines = yaml.split('\n');
    const block = lines.slice(lines.indexOf('# keyFigures:'));
    const end = block.findIndex((line, i) => i > 0 && !line.startsWith('#   '));
    const uncommented = block
      .slice(0, end)
      .filter((line) => !line.startsWith('#   #'))
      .map((line) => line.slice(2))
      .join('\n');
    expect(parseYaml(uncommented).doc.toJS().keyFigures).toContainEqual({
      id: 'investition',
      value: 14_000_000,
      unit: 'EUR',
      qualifier: 'exactly',
      label: 'Investition',
    });
  });

  it('offers the boilerplate’s figures as company facts dated by their year, not as key figures', () => {
    const r = release('nl-briefhoofd.txt');
    expect(r.companyFacts.map((f) => [f.value, f.unit, f.label, f.year])).toEqual([
      [9400, 'count', 'leden', 2024],
      [18_400_000, 'EUR', 'omzet', 2024],
    ]);
    expect(r.figures.map((f) => f.value)).not.toContain(9400);
    const file = renderImport(r, {
      company: 'noordwind-energie',
      translationKey: 'k',
      date: r.day!,
      fallbackLocation: 'X',
      sourceName: 'x.txt',
    });
    expect(file).toContain(
      [
        '# Company facts in the boilerplate, for content/companies/noordwind-energie.yaml ("facts:"):',
        '#   - key: leden',
        '#     value: 9400',
        '#     unit: count',
        '#     asOf: 2024-12-31',
        '#     published: 2025-03-12',
        '#     # "9.400" in: In 2024 had de coöperatie 9.400 leden en een omzet van € 18,4 miljoen.',
      ].join('\n'),
    );
  });
});
