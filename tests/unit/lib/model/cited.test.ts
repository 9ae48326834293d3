/** What releases cite: evidence and targets on the release and on its key figures. */
import { describe, expect, it } from 'vitest';
import { citationsOf, citedIds, citedRecords, pageLangs, type Citing } from '~/lib/model/cited';

const a: Citing = {
  evidence: ['lca'],
  targets: [],
  keyFigures: [
    { id: 'co2', evidence: 'verification', target: 'zero-2030' },
    { id: 'mwh', evidence: 'lca' },
    { id: 'jobs' },
  ],
};
const b: Citing = { evidence: [], targets: ['zero-2030'], keyFigures: [] };

describe('citations', () => {
  it('lists the ids a release cites, each once, on the release first', () => {
    expect(citedIds(a, 'evidence')).toEqual(['lca', 'verification']);
    expect(citedIds(a, 'targets')).toEqual(['zero-2030']);
    expect(citedIds({ keyFigures: [] }, 'evidence')).toEqual([]);
  });

  it('finds the releases that cite a record, with the key figures that do', () => {
    const releases = [
      { id: 'a', data: a },
      { id: 'b', data: b },
    ];
    const dataOf = (r: (typeof releases)[number]) => r.data;
    expect(citationsOf(releases, 'evidence', 'lca', dataOf)).toEqual([
      { release: releases[0], figures: ['mwh'] },
    ]);
    expect(citationsOf(releases, 'targets', 'zero-2030', dataOf)).toEqual([
      { release: releases[0], figures: ['co2'] },
      { release: releases[1], figures: [] },
    ]);
  });

  it('keeps only the records cited, in the records’ order', () => {
    const records = [{ id: 'unused' }, { id: 'verification' }, { id: 'lca' }];
    expect([...citedRecords([a], records, 'evidence', (r) => r).keys()]).toEqual(['verification', 'lca']);
    expect(citedRecords([b], records, 'evidence', (r) => r).size).toBe(0);
  });

  it('gives a record pages in the languages of its words and of the releases citing it', () => {
    expect(pageLangs({ en: 'Verified', nl: 'Geverifieerd' }, [])).toEqual(['nl', 'en']);
    expect(pageLangs({ nl: 'Geverifieerd' }, [{ lang: 'fr' }, { lang: 'nl' }])).toEqual(['nl', 'fr']);
  });
});
