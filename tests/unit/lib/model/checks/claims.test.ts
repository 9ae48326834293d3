import { describe, expect, it } from 'vitest';
import {
  checkParity,
  isMentioned,
  isStale,
  mentionForms,
  staleFacts,
  unmentionedFigures,
} from '~/lib/model/checks/claims';

describe('checkParity', () => {
  const co2 = { id: 'co2', value: 70, unit: 'percent', qualifier: 'about' };
  it('accepts identical figures in every language', () => {
    expect(
      checkParity([
        { file: 'nl.md', lang: 'nl', keyFigures: [co2] },
        { file: 'en.md', lang: 'en', keyFigures: [co2] },
      ]),
    ).toEqual([]);
  });
  it('names both files and the figure on a mismatch', () => {
    const problems = checkParity([
      { file: 'nl.md', lang: 'nl', keyFigures: [co2, { id: 'x', value: 1, unit: 'count' }] },
      { file: 'de.md', lang: 'de', keyFigures: [{ ...co2, value: 75, qualifier: undefined }] },
    ]);
    expect(problems.map((p) => `${p.file}: ${p.field}: ${p.message}`)).toEqual([
      'de.md: keyFigures.0.value: figure "co2" has value 75 here but 70 in nl.md; expected the same on every language version',
      'de.md: keyFigures.0.qualifier: figure "co2" has qualifier "exactly" here but "about" in nl.md; expected the same on every language version',
      'de.md: keyFigures: figure "x" of nl.md is missing here; expected the same key figures on every language version',
    ]);
  });
});

describe('mentions', () => {
  it('knows each language’s number forms', () => {
    expect(mentionForms(16_100_000_000, 'nl')).toEqual(['16,1 miljard', '16.100.000.000', '16100000000']);
    expect(mentionForms(118909, 'fr')).toEqual(['118 909', '118909']);
  });
  it('finds whole numbers only', () => {
    expect(isMentioned(70, 'ongeveer 70 procent minder', 'nl')).toBe(true);
    expect(isMentioned(70, 'about 70% less', 'en')).toBe(true);
    expect(isMentioned(70, 'environ 70\u00a0% de moins', 'fr')).toBe(true);
    expect(isMentioned(70, 'sinds 1970 en 170 jaar', 'nl')).toBe(false);
    expect(isMentioned(70, 'een groei van 70,5 procent', 'nl')).toBe(false);
    expect(isMentioned(16_100_000_000, 'winst van € 16,1 miljard', 'nl')).toBe(true);
    expect(isMentioned(118909, 'telde 118.909 medewerkers.', 'nl')).toBe(true);
    expect(isMentioned(118909, 'employed 118,909 people', 'en')).toBe(true);
  });
  it('accepts small numbers written as words', () => {
    expect(mentionForms(6, 'de')).toEqual(['6', 'sechs']);
    expect(isMentioned(6, 'Zes waterkrachtcentrales leveren stroom', 'nl')).toBe(true);
    expect(isMentioned(6, 'six centrales', 'fr')).toBe(true);
    expect(isMentioned(6, 'zestig centrales', 'nl')).toBe(false);
  });
  it('reports an unmentioned figure, as an error only when strict', () => {
    const release = {
      file: 'a.md',
      lang: 'nl' as const,
      text: 'Tot 50 procent.',
      keyFigures: [
        { id: 'co2', value: 70 },
        { id: 's', value: 50 },
      ],
    };
    expect(unmentionedFigures(release)).toEqual([
      {
        severity: 'warning',
        file: 'a.md',
        field: 'keyFigures.0.value',
        message:
          'figure "co2" (70) is not mentioned in the text; expected the number in the headline, highlights or body',
      },
    ]);
    expect(unmentionedFigures(release, true)[0]?.severity).toBe('error');
  });
});

describe('staleness', () => {
  it('calls a fact stale 18 months after the date it describes', () => {
    expect(isStale('2021-12-31', '2023-06-30')).toBe(false);
    expect(isStale('2021-12-31', '2023-07-01')).toBe(true);
  });
  it('reports stale facts that a note to editors uses', () => {
    const company = {
      file: 'acme.yaml',
      facts: [
        { key: 'employees', value: 10, unit: 'count' as const, asOf: '2020-12-31', published: '2021-03-01' },
        { key: 'sites', value: 3, unit: 'count' as const, asOf: '2020-12-31', published: '2021-03-01' },
      ],
      sentences: ['{employees} people.'],
    };
    expect(staleFacts(company, { file: 'r.md', day: '2022-02-01' })).toEqual([]);
    expect(staleFacts(company, { file: 'r.md', day: '2022-07-01' }).map((p) => p.message)).toEqual([
      '"employees" as of 2020-12-31 is older than 18 months on 2022-07-01, used in the note to editors of r.md; expected a newer published figure',
    ]);
  });
});
