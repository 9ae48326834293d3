import { describe, expect, it } from 'vitest';
import {
  apiCompany,
  apiReleases,
  KEY_FIGURE_COLUMNS,
  keyFigureRows,
  keyFiguresCsv,
  type ApiReleaseSource,
} from '~/lib/outputs/api';
import type { Published } from '~/lib/model/catalogue';

/** Outputs take the catalogue's public part; only the catalogue makes one, so the tests cast. */
const published = (releases: ApiReleaseSource[]) => ({ releases }) as unknown as Published;

const release = (overrides: Partial<ApiReleaseSource> = {}): ApiReleaseSource => ({
  url: '/nl/2023/jaarcijfers/',
  lang: 'nl',
  translationKey: 'results-2023',
  entry: {
    data: {
      title: 'Testbedrijf groeit',
      subtitle: 'Omzet neemt toe',
      date: new Date('2023-03-01T08:00:00Z'),
      location: 'Utrecht',
      company: ['testco'],
      topics: ['results'],
      keyFigures: [
        {
          id: 'growth',
          value: 12,
          unit: 'percent',
          qualifier: 'about',
          label: 'meer stroom',
          baseline: '2021',
        },
      ],
    },
  },
  ...overrides,
});

describe('apiReleases', () => {
  it('maps each public release with absolute URL, offset date and nulls for absent fields', () => {
    expect(apiReleases(published([release()]), 'Europe/Amsterdam', 'https://press.example')).toEqual([
      {
        url: 'https://press.example/nl/2023/jaarcijfers/',
        lang: 'nl',
        translationKey: 'results-2023',
        title: 'Testbedrijf groeit',
        subtitle: 'Omzet neemt toe',
        date: '2023-03-01T09:00:00+01:00',
        location: 'Utrecht',
        companies: ['testco'],
        topics: ['results'],
        keyFigures: [
          {
            id: 'growth',
            value: 12,
            unit: 'percent',
            qualifier: 'about',
            label: 'meer stroom',
            baseline: '2021',
            period: null,
            source: null,
            evidence: null,
            target: null,
          },
        ],
      },
    ]);
  });

  it('keeps the given order', () => {
    const out = apiReleases(
      published([release({ url: '/nl/2024/b/' }), release()]),
      'Europe/Amsterdam',
      'https://press.example',
    );
    expect(out.map((r) => r.url)).toEqual([
      'https://press.example/nl/2024/b/',
      'https://press.example/nl/2023/jaarcijfers/',
    ]);
  });
});

describe('key-figures export', () => {
  const joint = release({
    url: '/en/2023/results/',
    lang: 'en',
    entry: {
      data: {
        ...release().entry.data,
        company: ['testco', 'partner'],
        keyFigures: [
          { id: 'growth', value: 12, unit: 'percent', qualifier: 'about', label: 'more "green", power' },
          {
            id: 'sites',
            value: 7,
            unit: 'count',
            qualifier: 'exactly',
            label: 'sites',
            period: '2023',
            evidence: 'testco-sites-2023',
          },
        ],
      },
    },
  });

  it('has one row per figure per language version, companies joined by ";"', () => {
    const rows = keyFigureRows(published([joint, release()]), 'Europe/Amsterdam', 'https://press.example');
    expect(rows.map((r) => [r.lang, r.id, r.company])).toEqual([
      ['en', 'growth', 'testco;partner'],
      ['en', 'sites', 'testco;partner'],
      ['nl', 'growth', 'testco'],
    ]);
    expect(rows[1]).toEqual({
      url: 'https://press.example/en/2023/results/',
      lang: 'en',
      translationKey: 'results-2023',
      date: '2023-03-01T09:00:00+01:00',
      company: 'testco;partner',
      id: 'sites',
      value: 7,
      unit: 'count',
      qualifier: 'exactly',
      label: 'sites',
      baseline: null,
      period: '2023',
      source: null,
      evidence: 'testco-sites-2023',
      target: null,
    });
    expect(Object.keys(rows[0]!)).toEqual([...KEY_FIGURE_COLUMNS]);
  });

  it('writes RFC 4180 CSV with a byte-order mark, CRLF and quoting where needed', () => {
    const csv = keyFiguresCsv(keyFigureRows(published([joint]), 'Europe/Amsterdam', 'https://press.example'));
    expect(csv).toBe(
      '\ufeffurl,lang,translationKey,date,company,id,value,unit,qualifier,label,baseline,period,source,evidence,target\r\n' +
        'https://press.example/en/2023/results/,en,results-2023,2023-03-01T09:00:00+01:00,testco;partner,growth,12,percent,about,"more ""green"", power",,,,,\r\n' +
        'https://press.example/en/2023/results/,en,results-2023,2023-03-01T09:00:00+01:00,testco;partner,sites,7,count,exactly,sites,,2023,,testco-sites-2023,\r\n',
    );
  });
});

describe('apiCompany', () => {
  it('gives name, website (or null) and every fact by key and date', () => {
    expect(
      apiCompany('testco', {
        name: 'Testbedrijf',
        facts: [
          { key: 'employees', value: 1350, unit: 'count', asOf: '2022-12-31', published: '2023-03-01' },
          { key: 'revenue', value: 4_500_000, unit: 'EUR', asOf: '2021-12-31', published: '2022-02-01' },
          {
            key: 'countries',
            value: 140,
            unit: 'count',
            qualifier: 'more-than',
            asOf: '2022-12-31',
            published: '2023-01-10',
          },
          { key: 'employees', value: 1200, unit: 'count', asOf: '2021-12-31', published: '2022-02-01' },
        ],
      }),
    ).toEqual({
      id: 'testco',
      name: 'Testbedrijf',
      website: null,
      facts: [
        // A fact without a qualifier is exact, as key figures are; one with it keeps it.
        {
          key: 'employees',
          value: 1200,
          unit: 'count',
          qualifier: 'exactly',
          asOf: '2021-12-31',
          published: '2022-02-01',
        },
        {
          key: 'employees',
          value: 1350,
          unit: 'count',
          qualifier: 'exactly',
          asOf: '2022-12-31',
          published: '2023-03-01',
        },
        {
          key: 'revenue',
          value: 4_500_000,
          unit: 'EUR',
          qualifier: 'exactly',
          asOf: '2021-12-31',
          published: '2022-02-01',
        },
        {
          key: 'countries',
          value: 140,
          unit: 'count',
          qualifier: 'more-than',
          asOf: '2022-12-31',
          published: '2023-01-10',
        },
      ],
    });
  });
});
