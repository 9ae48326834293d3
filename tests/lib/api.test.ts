import { describe, expect, it } from 'vitest';
import { apiReleases, type ApiReleaseSource } from '../../src/lib/api';

const release = (overrides: Partial<ApiReleaseSource> = {}): ApiReleaseSource => ({
  url: '/nl/2023/jaarcijfers/',
  lang: 'nl',
  translationKey: 'results-2023',
  isPublic: true,
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
    expect(apiReleases([release()], 'Europe/Amsterdam', 'https://press.example')).toEqual([
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
          },
        ],
      },
    ]);
  });

  it('leaves out releases that are not public and keeps the given order', () => {
    const out = apiReleases(
      [release({ url: '/nl/2024/b/' }), release({ url: '/nl/2024/draft/', isPublic: false }), release()],
      'Europe/Amsterdam',
      'https://press.example',
    );
    expect(out.map((r) => r.url)).toEqual([
      'https://press.example/nl/2024/b/',
      'https://press.example/nl/2023/jaarcijfers/',
    ]);
  });
});
