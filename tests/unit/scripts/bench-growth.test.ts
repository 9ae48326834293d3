import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  bySize,
  describeGrowth,
  growthExponent,
  growthSvg,
  growthTable,
  niceTicks,
} from '../../../scripts/bench/growth';
import type { BenchResult, BuildFigures } from '../../../scripts/bench/report';

const figures = (wallMs: number, peakRssBytes = 1e9): BuildFigures => ({
  ok: true,
  wallMs,
  peakRssBytes,
  cpuSeconds: wallMs / 1000,
  phases: {
    startup: undefined,
    contentLoading: undefined,
    bundling: undefined,
    pageRendering: undefined,
    exports: undefined,
    images: undefined,
    searchIndexing: undefined,
    finishing: undefined,
    total: wallMs,
  },
  milestones: [],
});

/** A run with cold, unchanged, edit and lift builds at `releases`, times growing as given. */
function run(
  releases: number,
  coldMs: number,
  peak: number,
  startedAt = '2026-11-29T20:00:00Z',
): BenchResult {
  return {
    releases,
    seed: 1,
    startedAt,
    machine: {
      cpus: 2,
      cpuModel: 'Test CPU',
      memoryBytes: 25e9,
      node: 'v24.21.0',
      astro: '7.3.5',
      loadBefore: 0.4,
    },
    corpus: {
      byLang: { nl: 1, en: 0, de: 0, fr: 0 },
      translated: 0,
      mdx: 0,
      words: 1,
      bytes: 1,
      generateMs: 1,
    },
    cold: figures(coldMs, peak),
    unchanged: figures(coldMs / 2, peak / 2),
    warm: figures(coldMs * 0.6, peak / 2),
    lift: { skipped: '--skip-lift' },
    output: { skipped: 'n/a' },
    pages: { skipped: 'n/a' },
    search: { skipped: 'n/a' },
    validate: { skipped: 'n/a' },
    hugo: { skipped: 'n/a' },
    defaultMarkdown: { skipped: 'n/a' },
  };
}

describe('growth of the build with the number of releases', () => {
  it('measures growth as an exponent: 1 is linear, and says so in words', () => {
    expect(growthExponent(10_000, 100, 50_000, 500)).toBeCloseTo(1, 10);
    expect(growthExponent(1_000, 10, 10_000, 40)).toBeCloseTo(0.602, 3);
    expect(growthExponent(1_000, 10, 1_000, 40)).toBeUndefined();
    expect(growthExponent(1_000, 0, 10_000, 40)).toBeUndefined();
    expect(describeGrowth(1.02)).toBe('×^1.02 (about linear)');
    expect(describeGrowth(0.6)).toBe('×^0.60 (less than linear)');
    expect(describeGrowth(1.4)).toBe('×^1.40 (more than linear)');
    expect(describeGrowth(undefined)).toBe('n/a');
  });

  it('draws round axis steps that reach past the largest value', () => {
    expect(niceTicks(50_000, 5)).toEqual([0, 10_000, 20_000, 30_000, 40_000, 50_000]);
    expect(niceTicks(11.3)).toEqual([0, 5, 10, 15]);
    expect(niceTicks(0.7)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    expect(niceTicks(0)).toEqual([0]);
  });

  it('orders runs by size and keeps the latest run of a size measured twice', () => {
    const runs = bySize([
      run(50_000, 500_000, 9e9),
      run(1_000, 10_000, 1e9),
      run(1_000, 12_000, 1e9, '2026-11-30T00:00:00Z'),
    ]);
    expect(runs.map((r) => [r.releases, r.cold.wallMs])).toEqual([
      [1_000, 12_000],
      [50_000, 500_000],
    ]);
  });

  const results = [run(10_000, 100_000, 3e9), run(1_000, 12_000, 1.2e9), run(50_000, 520_000, 14e9)];

  it('tabulates every size with wall and CPU per build, peak memory and the growth between sizes', () => {
    const table = growthTable(results).split('\n');
    expect(table[0]).toBe(
      '| releases | cold build | nothing changed | one release edited | one embargo lifted | peak memory | load before |',
    );
    expect(table[2]).toBe(
      '| 1,000 | 12.0 s (12 s CPU) | 6.0 s (6 s CPU) | 7.2 s (7 s CPU) | not run | 1.20 GB | 0.4 |',
    );
    expect(table[4]).toBe(
      '| 50,000 | 520.0 s (520 s CPU) | 260.0 s (260 s CPU) | 312.0 s (312 s CPU) | not run | 14.00 GB | 0.4 |',
    );
    expect(table[5]).toMatch(/^\| growth \(CPU\) 1,000 → 10,000 \| ×\^0\.92 \(about linear\) \|/);
    expect(table[6]).toBe(
      '| growth (CPU) 10,000 → 50,000 | ×^1.02 (about linear) | ×^1.02 (about linear) | ×^1.02 (about linear) | n/a | ×^0.96 (about linear) |  |',
    );
  });

  it('computes growth from CPU time, which the load on a shared machine hardly moves', () => {
    const small = run(1_000, 10_000, 1e9);
    // Ten times the releases: the wall time grew a hundredfold under load, the CPU time tenfold.
    const big = { ...run(10_000, 1_000_000, 1e9), cold: { ...figures(1_000_000, 1e9), cpuSeconds: 100 } };
    expect(growthTable([small, big]).split('\n')[4]).toMatch(
      /^\| growth \(CPU\) 1,000 → 10,000 \| ×\^1\.00 \(about linear\) \|/,
    );
  });

  it('draws a well-formed SVG chart with one line per measured build, points at each size, and a title', () => {
    const svg = growthSvg(results);
    const doc = new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.getAttribute('role')).toBe('img');
    expect(doc.querySelector('title')?.textContent).toBe(
      'Perskamer build time and peak memory at 1,000, 10,000, 50,000 releases',
    );
    // cold, unchanged and edit in the time panel (the lift was skipped), memory in the other.
    expect(doc.querySelectorAll('polyline')).toHaveLength(4);
    expect(doc.querySelectorAll('circle')).toHaveLength(12);
    const tips = [...doc.querySelectorAll('circle > title')].map((t) => t.textContent);
    expect(tips).toContain('cold build, 50,000 releases: 520.0 s');
    expect(tips).toContain('peak memory, 1,000 releases: 1.2 GB');
    expect(tips.some((t) => t?.startsWith('one embargo lifted'))).toBe(false);
    // One point per size on the cold-build line.
    const cold = doc.querySelector('polyline')!.getAttribute('points')!.split(' ');
    expect(cold).toHaveLength(3);
  });
});
