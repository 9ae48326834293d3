import { describe, expect, it } from 'vitest';
import {
  applyFilter,
  availableFilters,
  figureCount,
  filterGroups,
  listFigures,
  type FigureRelease,
} from '~/lib/views/key-figures';
import { keyFiguresUrl } from '~/lib/urls';

const release = (
  url: string,
  date: string,
  topics: string[],
  company: string[],
  figures: { id: string; unit: 'percent' | 'count' | 'EUR' }[],
): FigureRelease => ({
  url,
  entry: { data: { date: new Date(date), topics, company, keyFigures: figures } },
});

const older = release(
  '/nl/2023/a/',
  '2023-02-20T10:00:00+01:00',
  ['climate', 'aluminium'],
  ['bmw-group'],
  [
    { id: 'co2', unit: 'percent' },
    { id: 'plants', unit: 'count' },
  ],
);
const newer = release(
  '/nl/2024/b/',
  '2024-05-01T10:00:00+02:00',
  ['energy'],
  ['noordwind', 'havenstad'],
  [{ id: 'revenue', unit: 'EUR' }],
);
const none = release('/nl/2025/c/', '2025-01-01T10:00:00+01:00', ['energy'], ['noordwind'], []);

describe('listFigures', () => {
  it('lists figures newest release first, in release order within one, with their anchors', () => {
    expect(listFigures([older, none, newer]).map((i) => i.href)).toEqual([
      '/nl/2024/b/#figure-revenue',
      '/nl/2023/a/#figure-co2',
      '/nl/2023/a/#figure-plants',
    ]);
  });
});

describe('filters', () => {
  const items = listFigures([older, newer]);

  it('offers each topic, unit and company that has figures, once', () => {
    expect(availableFilters(items)).toEqual([
      { kind: 'topic', value: 'energy' },
      { kind: 'topic', value: 'climate' },
      { kind: 'topic', value: 'aluminium' },
      { kind: 'unit', value: 'EUR' },
      { kind: 'unit', value: 'percent' },
      { kind: 'unit', value: 'count' },
      { kind: 'company', value: 'noordwind' },
      { kind: 'company', value: 'havenstad' },
      { kind: 'company', value: 'bmw-group' },
    ]);
  });

  it('narrows by topic, unit and company (a joint release under each company)', () => {
    const ids = (kind: 'topic' | 'unit' | 'company', value: string) =>
      applyFilter(items, { kind, value }).map((i) => i.figure.id);
    expect(ids('topic', 'climate')).toEqual(['co2', 'plants']);
    expect(ids('unit', 'count')).toEqual(['plants']);
    expect(ids('company', 'havenstad')).toEqual(['revenue']);
    expect(ids('company', 'nobody')).toEqual([]);
  });

  it('groups the filter navigation by kind, sorted by label in the language', () => {
    const labels: Record<string, string> = { energy: 'Énergie', climate: 'Climat', aluminium: 'Aluminium' };
    const groups = filterGroups(availableFilters(items), (f) => labels[f.value] ?? f.value, 'fr');
    expect(groups.map((g) => g.kind)).toEqual(['topic', 'unit', 'company']);
    expect(groups[0]!.filters.map((f) => f.label)).toEqual(['Aluminium', 'Climat', 'Énergie']);
    expect(filterGroups([], String, 'nl')).toEqual([]);
  });
});

describe('figureCount', () => {
  it('counts in the language, singular for one', () => {
    expect(figureCount(1, 'en')).toBe('1 key figure');
    expect(figureCount(1200, 'nl')).toBe('1.200 kerncijfers');
    expect(figureCount(2, 'fr')).toBe('2 chiffres clés');
  });
});

describe('keyFiguresUrl', () => {
  it('gives the overview and each filter page', () => {
    expect(keyFiguresUrl('en')).toBe('/en/key-figures/');
    expect(keyFiguresUrl('nl', { kind: 'unit', value: 'percent' })).toBe('/nl/key-figures/unit/percent/');
    expect(keyFiguresUrl('de', { kind: 'company', value: 'bmw-group' })).toBe(
      '/de/key-figures/company/bmw-group/',
    );
  });
});
