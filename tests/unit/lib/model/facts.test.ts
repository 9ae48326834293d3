import { describe, expect, it } from 'vitest';
import {
  factHistory,
  factsAsOf,
  placeholderKeys,
  renderBoilerplate,
  roleOn,
  type Fact,
} from '~/lib/model/facts';

// The seed's situation: 2022 sales were public in January 2023, the 2022 annual figures only in March 2023.
const facts: Fact[] = [
  { key: 'cars-sold', value: 2521514, unit: 'count', asOf: '2021-12-31', published: '2022-01-12' },
  { key: 'cars-sold', value: 2399636, unit: 'count', asOf: '2022-12-31', published: '2023-01-10' },
  { key: 'revenue', value: 111_200_000_000, unit: 'EUR', asOf: '2021-12-31', published: '2022-03-09' },
  { key: 'revenue', value: 142_600_000_000, unit: 'EUR', asOf: '2022-12-31', published: '2023-03-15' },
  { key: 'employees', value: 118909, unit: 'count', asOf: '2021-12-31', published: '2022-03-09' },
  { key: 'employees', value: 149475, unit: 'count', asOf: '2022-12-31', published: '2023-03-15' },
];

describe('factsAsOf', () => {
  it('takes the newest figure that was public on the day', () => {
    const current = factsAsOf(facts, '2023-02-20');
    expect(current.get('cars-sold')?.value).toBe(2399636);
    expect(current.get('revenue')?.value).toBe(111_200_000_000);
    expect(current.get('employees')?.value).toBe(118909);
  });

  it('counts a fact published on the release day itself', () => {
    expect(factsAsOf(facts, '2023-03-15').get('revenue')?.value).toBe(142_600_000_000);
    expect(factsAsOf(facts, '2023-03-14').get('revenue')?.value).toBe(111_200_000_000);
  });

  it('knows nothing before the first publication', () => {
    expect(factsAsOf(facts, '2022-01-11').size).toBe(0);
  });

  it('prefers the later publication of the same period (a restatement)', () => {
    const restated: Fact[] = [
      ...facts,
      { key: 'employees', value: 118000, unit: 'count', asOf: '2021-12-31', published: '2022-06-01' },
    ];
    expect(factsAsOf(restated, '2022-07-01').get('employees')?.value).toBe(118000);
  });
});

describe('renderBoilerplate', () => {
  const sentences = [
    'In {cars-sold.year} verkocht de groep {cars-sold} auto’s.',
    'De omzet over {revenue.year} was {revenue}.',
    'Op {employees.asOf} werkten er {employees} mensen.',
  ];

  it('fills the note to editors with the facts public on the day', () => {
    const note = renderBoilerplate(sentences, facts, '2023-02-20', 'nl');
    expect(note.sentences).toEqual([
      'In 2022 verkocht de groep 2,4 miljoen auto’s.',
      'De omzet over 2021 was € 111,2 miljard.',
      'Op 31 december 2021 werkten er 118.909 mensen.',
    ]);
    expect(note.omitted).toEqual([]);
  });

  it('leaves out a sentence whose fact was not public yet, and says which', () => {
    const note = renderBoilerplate(sentences, facts, '2022-02-01', 'en');
    expect(note.sentences).toEqual(['In 2021 verkocht de groep 2.5 million auto’s.']);
    expect(note.omitted.map((o) => o.missing)).toEqual([['revenue'], ['employees']]);
  });

  it('lists placeholder keys', () => {
    expect(placeholderKeys('{a} and {b.year} and {a.asOf}')).toEqual(['a', 'b', 'a']);
  });
});

describe('roleOn', () => {
  const roles = [
    { from: '2019-01-01', until: '2022-06-30', title: { en: 'Head of Purchasing' } },
    { from: '2022-07-01', title: { en: 'Board member' } },
  ];
  it('returns the role held on the day', () => {
    expect(roleOn(roles, '2022-06-30')?.title.en).toBe('Head of Purchasing');
    expect(roleOn(roles, '2023-02-20')?.title.en).toBe('Board member');
    expect(roleOn(roles, '2018-12-31')).toBeUndefined();
  });
});

describe('factHistory', () => {
  it('groups facts by key in file order, oldest first, the latest restatement per date last', () => {
    const restated: Fact = { ...facts[4]!, value: 119000, published: '2022-06-01' };
    const history = factHistory([facts[5]!, restated, ...facts]);
    expect(history.map((s) => s.key)).toEqual(['employees', 'cars-sold', 'revenue']);
    const employees = history[0]!;
    expect(employees.facts.map((f) => [f.asOf, f.value])).toEqual([
      ['2021-12-31', 118909],
      ['2021-12-31', 119000],
      ['2022-12-31', 149475],
      ['2022-12-31', 149475],
    ]);
    expect(employees.latest.map((f) => f.value)).toEqual([119000, 149475]);
  });
});
