import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseArgs } from '../../../scripts/bench/args';
import { countWords, generateCorpus, slugify, type Corpus } from '../../../scripts/bench/corpus';
import {
  derivePhases,
  milestones,
  parseRouteLine,
  stripAnsi,
  type LogLine,
} from '../../../scripts/bench/phases';
import { int, mulberry32, sample, weighted } from '../../../scripts/bench/prng';
import { parseStat, parseVmRssKb, treeCpuTicks, treeRssKb } from '../../../scripts/bench/proc';
import { bytes, renderReport, seconds, type BenchResult } from '../../../scripts/bench/report';
import { pageAssets, pagefindByLanguage, staticImports } from '../../../scripts/bench/weight';
import { SEARCH_QUERIES } from '../../../scripts/bench/words';
import { isMentioned } from '~/lib/model/checks/claims';
import { calendarDay } from '~/lib/locale/dates';
import { checkIntegrity } from '~/lib/model/checks/integrity';
import { langs } from '~/i18n/locales';

describe('mulberry32', () => {
  it('gives the same sequence for the same seed', () => {
    const r = mulberry32(1);
    expect([r(), r(), r()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
  });

  it('draws integers, weighted keys and samples within bounds', () => {
    expect(int(mulberry32(1), 1, 6)).toBe(4);
    const r = mulberry32(7);
    const counts = { a: 0, b: 0 };
    for (let i = 0; i < 10_000; i++) counts[weighted(r, { a: 9, b: 1 })]++;
    expect(counts.a / 10_000).toBeCloseTo(0.9, 1);
    const drawn = sample(mulberry32(3), [1, 2, 3, 4, 5], 3);
    expect(new Set(drawn).size).toBe(3);
  });
});

describe('parseArgs', () => {
  it('defaults to 10,000 releases, seed 1, everything measured', () => {
    expect(parseArgs([])).toEqual({
      releases: 10_000,
      seed: 1,
      out: undefined,
      report: undefined,
      skipHugo: false,
      skipDefaultMd: false,
      skipSearch: false,
      skipUnchanged: false,
      skipLift: false,
      help: false,
    });
  });

  it('reads values in both spellings and the skip flags', () => {
    expect(
      parseArgs([
        '--releases',
        '300',
        '--seed=7',
        '--out',
        '/tmp/b',
        '--report=r.md',
        '--skip-hugo',
        '--skip-search',
        '--skip-unchanged',
        '--skip-lift',
      ]),
    ).toMatchObject({
      releases: 300,
      seed: 7,
      out: '/tmp/b',
      report: 'r.md',
      skipHugo: true,
      skipSearch: true,
      skipUnchanged: true,
      skipLift: true,
      skipDefaultMd: false,
    });
  });

  it('names the option that is wrong', () => {
    expect(() => parseArgs(['--releases', 'many'])).toThrow(
      '--releases: expected a whole number from 1, got "many"',
    );
    expect(() => parseArgs(['--releases'])).toThrow('--releases: expected a whole number');
    expect(() => parseArgs(['--out', '--skip-hugo'])).toThrow('--out: expected a path');
    expect(() => parseArgs(['--fast'])).toThrow('unknown option "--fast"');
  });
});

describe('generateCorpus', () => {
  const corpus = generateCorpus({ releases: 1000, seed: 1 });

  it('is the same for the same seed and differs for another', () => {
    expect(generateCorpus({ releases: 1000, seed: 1 })).toEqual(corpus);
    expect(generateCorpus({ releases: 1000, seed: 2 }).releases[0]!.content).not.toBe(
      corpus.releases[0]!.content,
    );
  });

  it('has exactly the releases asked for, about 55/25/12/8 % by language', () => {
    expect(corpus.releases).toHaveLength(1000);
    const byLang = Object.fromEntries(
      langs.map((l) => [l, corpus.releases.filter((r) => r.lang === l).length]),
    );
    expect(byLang).toEqual({ nl: 554, en: 241, de: 120, fr: 85 });
    expect(new Set(corpus.releases.map((r) => r.path)).size).toBe(1000);
  });

  it('puts a third of the releases in translation groups with identical key figures', () => {
    const grouped = corpus.releases.filter((r) => r.translationKey);
    expect(grouped).toHaveLength(363);
    const groups = Map.groupBy(grouped, (r) => r.translationKey);
    for (const group of groups.values()) {
      expect(group.length).toBeGreaterThan(1);
      expect(new Set(group.map((r) => r.lang)).size).toBe(group.length);
      for (const r of group) expect(r.keyFigures).toEqual(group[0]!.keyFigures);
    }
  });

  it('writes 400 to 800 words with sub-headings, about 10 % as MDX', () => {
    for (const r of corpus.releases) {
      expect(countWords(r.body)).toBeGreaterThanOrEqual(400);
      expect(countWords(r.body)).toBeLessThanOrEqual(800);
      expect(r.body).toMatch(/^## \S/m);
      expect(r.path.endsWith('.mdx')).toBe(r.mdx);
    }
    expect(corpus.releases.filter((r) => r.mdx)).toHaveLength(88);
  });

  it('mentions every key figure in the body, in the language’s number form', () => {
    for (const r of corpus.releases) {
      expect(r.keyFigures.length).toBeGreaterThanOrEqual(2);
      expect(r.keyFigures.length).toBeLessThanOrEqual(5);
      for (const f of r.keyFigures)
        expect(isMentioned(f.value, r.body, r.lang), `${r.path} ${f.id}`).toBe(true);
    }
  });

  it('files each release under the year of its date in Europe/Amsterdam, over fifteen years', () => {
    const years = new Set<number>();
    for (const r of corpus.releases) {
      const date = /^date: (.+)$/m.exec(r.content)![1]!;
      expect(calendarDay(new Date(date), 'Europe/Amsterdam').slice(0, 4)).toBe(String(r.year));
      expect(r.path).toMatch(new RegExp(`^releases/${r.lang}/${r.year}/[a-z0-9-]+\\.mdx?$`));
      years.add(r.year);
    }
    expect(Math.min(...years)).toBe(2011);
    expect(Math.max(...years)).toBe(2026);
  });

  // Every check of the build on 1,000 releases, green claims in every body included: give it time.
  it('passes the cross-file checks of the build without errors or warnings', { timeout: 30_000 }, () => {
    expect(integrityProblems(corpus)).toEqual([]);
  });

  it('contains the words the search benchmark looks for', () => {
    for (const lang of langs) {
      const text = corpus.releases
        .filter((r) => r.lang === lang)
        .map((r) => r.body)
        .join('\n')
        .toLowerCase();
      for (const query of SEARCH_QUERIES[lang])
        expect(text, `${lang}: ${query}`).toContain(query.toLowerCase());
    }
  });

  it('slugs headlines to ASCII', () => {
    expect(slugify('Polderstaal accélère l’hydrogène à Dunkerque')).toBe(
      'polderstaal-accelere-l-hydrogene-a-dunkerque',
    );
  });
});

/** The build's integrity check, fed from the generated YAML as the content layer would. */
function integrityProblems(corpus: Corpus) {
  const data = (path: string) => parse(corpus.files.find((f) => f.path === path)!.content);
  const company = data('companies/polderstaal.yaml');
  const people = corpus.files.filter((f) => f.path.startsWith('people/'));
  return checkIntegrity({
    releases: corpus.releases.map((r) => {
      const fm = parse(r.content.split('\n---\n')[0]!.replace(/^---\n/, ''));
      return {
        id: r.path.replace(/^releases\//, '').replace(/\.mdx?$/, ''),
        file: r.path,
        data: {
          date: new Date(fm.date),
          translationKey: fm.translationKey ?? r.path,
          company: [fm.company],
          topics: fm.topics,
          contacts: fm.contacts,
          quotes: fm.quotes ?? [],
          keyFigures: fm.keyFigures,
          title: fm.title,
          subtitle: fm.subtitle,
        },
        text: [fm.title, fm.subtitle, ...(fm.quotes ?? []).map((q: { text: string }) => q.text), r.body].join(
          '\n',
        ),
        body: r.body,
      };
    }),
    companies: [{ id: 'polderstaal', file: 'companies/polderstaal.yaml', ...company }],
    people: people.map((f) => ({ id: f.path.slice(7, -5), file: f.path, ...parse(f.content) })),
    topics: data('topics.yaml').map((t: { id: string }) => t.id),
    evidence: corpus.files
      .filter((f) => f.path.startsWith('evidence/'))
      .map((f) => ({ id: f.path.slice(9, -5), file: f.path, ...parse(f.content) })),
    timeZone: 'Europe/Amsterdam',
    strict: true,
  });
}

describe('phases from the build log', () => {
  const lines: LogLine[] = [
    { ms: 900, text: '10:00:00 [vite] Re-optimizing dependencies' },
    { ms: 1000, text: '10:00:01 [content] Syncing content' },
    { ms: 4000, text: '10:00:04 [content] Synced content' },
    { ms: 6000, text: ' generating static routes ' },
    { ms: 6100, text: '10:00:06   ├─ /nl/2023/a/index.html (+40ms) ' },
    { ms: 6200, text: '10:00:06   ├─ /nl/feed.xml (+300ms) ' },
    { ms: 6300, text: '10:00:06   └─ /api/releases.json (+200ms) ' },
    { ms: 16_000, text: '10:00:16 ✓ Completed in 10.00s.' },
    { ms: 16_000, text: ' generating optimized images ' },
    { ms: 18_000, text: '10:00:18 ✓ Completed in 2.00s.' },
    { ms: 18_010, text: '10:00:18 [build] ✓ Completed in 12.0s.' },
    { ms: 21_010, text: '10:00:21 [perskamer-pagefind] indexed 760 pages' },
    { ms: 21_020, text: '10:00:21 [build] 760 page(s) built in 20.1s' },
  ];

  it('splits the wall time into loading, rendering, exports, images and indexing', () => {
    expect(derivePhases(lines, 21_500)).toEqual({
      startup: 1000,
      contentLoading: 3000,
      bundling: 2000,
      pageRendering: 9500,
      exports: 500,
      images: 2000,
      searchIndexing: 3000,
      finishing: 490,
      total: 21_500,
    });
  });

  it('leaves out phases whose lines are missing', () => {
    expect(derivePhases(lines.slice(0, 3), 5000)).toMatchObject({
      contentLoading: 3000,
      pageRendering: undefined,
      searchIndexing: undefined,
    });
  });

  it('keeps the phase boundaries as raw timestamps, and reads route lines', () => {
    expect(milestones(lines).map((l) => l.ms)).toEqual([
      1000, 4000, 6000, 16_000, 16_000, 18_000, 18_010, 21_010, 21_020,
    ]);
    expect(parseRouteLine('10:00:06   ├─ /nl/feed.xml (+300ms) ')).toEqual({ path: '/nl/feed.xml', ms: 300 });
    expect(stripAnsi('\u001b[32m✓ Completed\u001b[39m')).toBe('✓ Completed');
  });
});

describe('process tree memory', () => {
  it('reads /proc stat and status text', () => {
    expect(parseStat('4242 (node (worker) x) S 4200 4242 4242 0 -1 0 0 0 0 0 150 50 3 2 20 0')).toEqual({
      pid: 4242,
      ppid: 4200,
      cpuTicks: 205,
    });
    expect(parseVmRssKb('Name:\tnode\nVmPeak:\t 999 kB\nVmRSS:\t  123456 kB\n')).toBe(123456);
    expect(parseVmRssKb('Name:\tkthreadd\n')).toBe(0);
  });

  it('sums the root and all descendants, nothing else', () => {
    const procs = [
      { pid: 1, ppid: 0, rssKb: 5, cpuTicks: 1 },
      { pid: 10, ppid: 1, rssKb: 100, cpuTicks: 300 },
      { pid: 11, ppid: 10, rssKb: 20, cpuTicks: 40 },
      { pid: 12, ppid: 11, rssKb: 3, cpuTicks: 5 },
      { pid: 13, ppid: 1, rssKb: 1000, cpuTicks: 9999 },
    ];
    expect(treeRssKb(procs, 10)).toBe(123);
    expect(treeCpuTicks(procs, 10)).toBe(345);
    expect(treeRssKb(procs, 99)).toBe(0);
  });
});

describe('page weight', () => {
  it('finds same-origin stylesheets and scripts of a page', () => {
    const html =
      '<link rel="stylesheet" href="/_astro/Base.css"><link rel="stylesheet" href="https://cdn.example/x.css">' +
      '<link rel="modulepreload" href="/_astro/chunk.js"><script type="module" src="/_astro/page.js"></script>';
    expect(pageAssets(html)).toEqual({
      css: ['/_astro/Base.css'],
      js: ['/_astro/page.js', '/_astro/chunk.js'],
    });
  });

  it('follows static imports, not dynamic ones', () => {
    const code =
      'import{a as b}from"./chunk.B1.js";import "./side.js";const p="/pagefind/pagefind.js";await import(p);';
    expect(staticImports(code, '/_astro/page.js')).toEqual(['/_astro/chunk.B1.js', '/_astro/side.js']);
  });

  it('splits the Pagefind index by language', () => {
    const entry = { languages: { nl: { hash: 'nl_abc', wasm: 'nl', page_count: 3 } } };
    const files = [
      { name: 'pagefind.nl_abc.pf_meta', bytes: 10 },
      { name: 'nl_1.pf_index', bytes: 100 },
      { name: 'nl_2.pf_fragment', bytes: 20 },
      { name: 'wasm.nl.pagefind', bytes: 1000 },
      { name: 'en_1.pf_index', bytes: 5000 },
      { name: 'pagefind.js', bytes: 7000 },
    ];
    expect(pagefindByLanguage(entry, files)).toEqual([{ lang: 'nl', pages: 3, files: 4, bytes: 1130 }]);
  });
});

describe('renderReport', () => {
  const build = {
    ok: true,
    wallMs: 40_000,
    peakRssBytes: 1.5e9,
    cpuSeconds: 50,
    phases: {
      startup: 1000,
      contentLoading: 9000,
      bundling: 2000,
      pageRendering: 20_000,
      exports: 3000,
      images: 1000,
      searchIndexing: 3500,
      finishing: 500,
      total: 40_000,
    },
    milestones: [{ ms: 1000, text: '[content] Syncing content' }],
  };
  const result: BenchResult = {
    releases: 10_000,
    seed: 1,
    startedAt: '2026-06-01T07:00:00.000Z',
    machine: {
      cpus: 2,
      cpuModel: 'Test CPU',
      memoryBytes: 8e9,
      node: 'v24.0.0',
      astro: '7.3.5',
      loadBefore: 0.5,
    },
    corpus: {
      byLang: { nl: 5500, en: 2500, de: 1200, fr: 800 },
      translated: 3300,
      mdx: 1000,
      words: 5_500_000,
      bytes: 50e6,
      generateMs: 3000,
    },
    cold: build,
    warm: { ...build, wallMs: 12_000, cpuSeconds: 10 },
    lift: { ...build, wallMs: 9_000, cpuSeconds: 8 },
    output: { bytes: 900e6, files: 40_000, pagefind: [{ lang: 'nl', pages: 5500, files: 600, bytes: 12e6 }] },
    pages: [
      {
        name: 'release',
        path: '/nl/2023/x/',
        html: { raw: 16_500, gzip: 4400 },
        css: { raw: 8200, gzip: 2400 },
        js: { raw: 2500, gzip: 900 },
        assets: [],
      },
    ],
    search: { skipped: '--skip-search' },
    validate: { ms: 2500, releases: 1000, ok: true },
    hugo: { skipped: 'hugo is not installed' },
    defaultMarkdown: { ...build, wallMs: 32_000, cpuSeconds: 40 },
  };
  const report = renderReport(result);

  it('opens with the budgets and their status', () => {
    expect(report).toContain('# Perskamer benchmark: 10,000 releases (seed 1)');
    expect(report).toContain('| cold build | 40.0 s | ≤ 60 s | ✅ within |');
    expect(report).toContain('| warm rebuild / cold | 30 % (CPU 20 %) | ≤ 15 % | ❌ over |');
    expect(report).toContain('| embargo-lift rebuild / cold | 23 % (CPU 16 %) | ≤ 25 % | ✅ within |');
    expect(report).toContain('| remark pipeline / Astro default | 1.25× (CPU 1.25×) | ≤ 1.3× | ✅ within |');
    expect(report).toContain('| release page JS | 2.5 kB | ≤ 2 kB | ❌ over |');
    expect(report).toContain('| search first query, time (worst) | n/a | ≤ 300 ms | – |');
    expect(report).toContain('| validate 1,000 releases | 2.5 s | ≤ 3 s | ✅ within |');
  });

  it('shows phases, output, skipped parts with their reason, and the side-by-side ratios', () => {
    expect(report).toContain('| page rendering (HTML routes) | 20.0 s | 50 % |');
    expect(report).toContain('    1000 ms  [content] Syncing content');
    expect(report).toContain('| nl | 5500 | 600 | 12.00 MB |');
    expect(report).toContain('## Search\n\nn/a: --skip-search');
    expect(report).toContain('| Hugo, minimal template | n/a: hugo is not installed |  |  |  |  |');
    expect(report).toContain(
      '| Perskamer, Astro default Markdown (`PRESS_MARKDOWN=default`) | 32.0 s | 40.0 s | 1.50 GB | 0.80× | 0.80× |',
    );
  });

  it('formats durations and sizes', () => {
    expect([seconds(950), seconds(61_234), seconds(undefined)]).toEqual(['950 ms', '61.2 s', 'n/a']);
    expect([bytes(999), bytes(1500), bytes(2_500_000), bytes(2.5e9)]).toEqual([
      '999 B',
      '1.5 kB',
      '2.50 MB',
      '2.50 GB',
    ]);
  });
});
