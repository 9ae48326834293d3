/**
 * Builds the fixture site once and checks the claims ledger: citations under figures and quotes,
 * the key-figures overview and its filter pages, company facts over time, and the data exports.
 */
import { parse } from 'csv-parse/sync';
import { load, type CheerioAPI } from 'cheerio';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiCompany, KeyFigureRow } from '~/lib/outputs/api';
import { readPage } from '../helpers/build';
import { EN, fileOf, fixtureBuild, FR, NL, NL_ONLY, ORIGIN, pageOf } from '../helpers/fixture-site';

const NBSP = '\u00a0';

const build = fixtureBuild();
const page = (path: string) => pageOf(build, path);
const file = (path: string) => fileOf(build, path);

describe('copy with attribution', () => {
  it('shows the figure’s citation as text, in the page’s language', async () => {
    expect((await page(NL))('#figure-growth .cite__text').text()).toBe(
      `ongeveer 12 procent meer CO₂-vrije stroom (persbericht Testbedrijf, Utrecht, 1 maart 2023, ${ORIGIN}${NL}#figure-growth)`,
    );
    expect((await page(EN))('#figure-growth .cite__text').text()).toBe(
      `about 12% more CO₂-free power (Testbedrijf press release, Utrecht, 1 March 2023, ${ORIGIN}${EN}#figure-growth)`,
    );
    expect((await page(FR))('#figure-growth .cite__text').text()).toBe(
      `environ 12${NBSP}% d’électricité sans CO₂ en plus (communiqué de presse de Testbedrijf, Utrecht, 1 mars 2023, ${ORIGIN}${FR}#figure-growth)`,
    );
  });

  it('shows the quote’s citation with the speaker’s role on the release date', async () => {
    expect((await page(NL))('#quote-pia .cite__text').text()).toBe(
      `“We zijn “trots” op het team.” – Pia Spreker, Algemeen directeur (persbericht Testbedrijf, Utrecht, 1 maart 2023, ${ORIGIN}${NL}#quote-pia)`,
    );
  });

  it('renders the copy buttons hidden, for the script to reveal, pointing at the citation text', async () => {
    const $ = await page(NL);
    for (const anchor of ['figure-growth', 'quote-pia']) {
      const button = $(`#${anchor} button.cite__copy`);
      expect(button.length, anchor).toBe(1);
      expect(button.attr('hidden'), anchor).toBeDefined();
      expect(button.attr('type')).toBe('button');
      expect(button.attr('data-copy')).toBe(`cite-${anchor}`);
      expect($(`#cite-${anchor}`).length).toBe(1);
      expect($(`#${anchor} [role="status"]`).length).toBe(1);
    }
    expect($('#figure-growth button.cite__copy').text()).toBe('Kopieer met bron');
    expect($('#figure-growth button.cite__copy').attr('data-copied')).toBe('Gekopieerd');
  });

  it('loads the copy script as one small external file, with no inline script or handler', async () => {
    const html = await readPage(build.outDir, NL);
    const $ = load(html);
    const external = $('script[src]')
      .map((_, el) => $(el).attr('src'))
      .get();
    expect(external).toHaveLength(1);
    expect(external[0]).toMatch(/^\/_astro\/.+\.js$/);
    expect((await file(external[0]!.slice(1))).length).toBeLessThanOrEqual(2048);
    expect($('script:not([src]):not([type="application/ld+json"])').length).toBe(0);
    expect(html).not.toMatch(/\son(click|load)=/);
  });
});

describe('key-figures overview', () => {
  const figures = ($: CheerioAPI) =>
    $('.kf-table tbody tr')
      .map((_, tr) => ({
        value: `${$(tr).find('.kf-table__value').text()} ${$(tr).find('.kf-table__unit').text()}`.trim(),
        href: $(tr).find('a').attr('href'),
      }))
      .get();

  it('lists every figure of the language, newest first, linking to its place in the release', async () => {
    const $ = await page('/nl/key-figures/');
    expect(figures($)).toEqual([
      { value: '7', href: `${NL_ONLY}#figure-sites` },
      { value: 'ongeveer 12 procent', href: `${NL}#figure-growth` },
    ]);
    const first = $('.kf-table tbody tr').first();
    expect(first.find('.kf-table__label').text()).toBe('vestigingen');
    expect(first.find('.kf-table__company').text()).toBe('Testbedrijf');
    expect(first.find('time').attr('datetime')).toBe('2024-02-01T00:00:00+01:00');
    expect(first.find('time').text()).toBe('1 feb 2024');
  });

  it('has a filter page per topic, unit and company with figures, each narrowing the list', async () => {
    expect(figures(await page('/nl/key-figures/topic/results/')).map((f) => f.href)).toEqual([
      `${NL}#figure-growth`,
    ]);
    expect(figures(await page('/nl/key-figures/topic/energy/')).map((f) => f.href)).toEqual([
      `${NL_ONLY}#figure-sites`,
    ]);
    expect(figures(await page('/nl/key-figures/unit/count/')).map((f) => f.href)).toEqual([
      `${NL_ONLY}#figure-sites`,
    ]);
    expect(figures(await page('/nl/key-figures/company/testco/'))).toHaveLength(2);
    expect((await page('/en/key-figures/unit/percent/'))('h1').text()).toBe('Key figures: Percent');
    // English has no figure in topic "energy" or unit "count": no such pages.
    expect(existsSync(join(build.outDir, 'en/key-figures/topic/energy/index.html'))).toBe(false);
    expect(existsSync(join(build.outDir, 'en/key-figures/unit/count/index.html'))).toBe(false);
  });

  it('offers only the filters with figures in the language, marking the current one', async () => {
    const $ = await page('/nl/key-figures/unit/count/');
    const links = $('.kf-filters a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(links).toEqual([
      '/nl/key-figures/',
      '/nl/key-figures/topic/energy/',
      '/nl/key-figures/topic/results/',
      '/nl/key-figures/unit/count/',
      '/nl/key-figures/unit/percent/',
      '/nl/key-figures/company/testco/',
    ]);
    expect($('.kf-filters a[aria-current="page"]').attr('href')).toBe('/nl/key-figures/unit/count/');
    const en = await page('/en/key-figures/');
    expect(en('.kf-filters a[href*="/energy/"]').length).toBe(0);
  });

  it('pairs a filter page only with the languages that have it', async () => {
    const hreflangs = ($: CheerioAPI) =>
      $('link[rel="alternate"][hreflang]')
        .map((_, l) => $(l).attr('hreflang'))
        .get();
    expect(hreflangs(await page('/nl/key-figures/unit/percent/'))).toEqual(['nl', 'en', 'fr', 'x-default']);
    expect(hreflangs(await page('/nl/key-figures/unit/count/'))).toEqual([]);
    // The overview exists in every language, even without figures.
    expect((await page('/de/key-figures/'))('h2').text()).toContain('Es gibt noch keine Kennzahlen.');
  });
});

describe('company facts over time', () => {
  it('shows a table per fact key with as-of and published dates, on the first page', async () => {
    const $ = await page('/nl/companies/testco/');
    const employees = $('#fact-employees').closest('section');
    expect(employees.find('h3').text()).toBe('Medewerkers');
    const rows = employees
      .find('tbody tr')
      .map((_, tr) => [
        $(tr)
          .find('td')
          .map((__, td) => $(td).text().trim())
          .get(),
      ])
      .get();
    expect(rows).toEqual([
      ['31 dec 2021', '1.200', '1 feb 2022'],
      ['31 dec 2022', '1.350', '1 mrt 2023'],
    ]);
    expect(employees.find('time').first().attr('datetime')).toBe('2021-12-31');
    // A key without a label in the YAML falls back to its id.
    expect($('#fact-sites').text()).toBe('sites');
  });

  it('draws a chart per key with two or more dates, as an image with a text alternative', async () => {
    const $ = await page('/en/companies/testco/');
    const svg = $('#fact-employees').closest('section').find('svg');
    expect(svg.attr('role')).toBe('img');
    expect(svg.attr('aria-label')).toBe('Employees by date: 2021: 1,200; 2022: 1,350');
    expect(svg.find('title').text()).toBe(svg.attr('aria-label'));
    expect(svg.find('circle')).toHaveLength(2);
    expect(svg.find('[style]')).toHaveLength(0);
    // One date only: a table, no chart.
    expect($('#fact-sites').closest('section').find('svg')).toHaveLength(0);
  });
});

describe('data exports', () => {
  it('has the key figures as JSON and as CSV with the same rows', async () => {
    const json = JSON.parse(await file('api/key-figures.json')) as KeyFigureRow[];
    expect(json.map((r) => `${r.url}#figure-${r.id}`)).toEqual([
      `${ORIGIN}${NL_ONLY}#figure-sites`,
      `${ORIGIN}${EN}#figure-growth`,
      `${ORIGIN}${FR}#figure-growth`,
      `${ORIGIN}${NL}#figure-growth`,
    ]);
    expect(json[3]).toEqual({
      url: `${ORIGIN}${NL}`,
      lang: 'nl',
      translationKey: 'fixture-results-2023',
      date: '2023-03-01T09:00:00+01:00',
      company: 'testco',
      id: 'growth',
      value: 12,
      unit: 'percent',
      qualifier: 'about',
      label: 'meer CO2-vrije stroom',
      baseline: '2021',
      period: null,
      source: null,
      evidence: 'testco-stroom-2022',
      target: null,
    });

    const raw = await readFile(join(build.outDir, 'api/key-figures.csv'));
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = raw.toString('utf8');
    expect(csv.split('\r\n')).toHaveLength(json.length + 2);
    expect(csv.replaceAll('\r\n', '')).not.toContain('\n');
    const records = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(json.length);
    records.forEach((record, i) => {
      const expected = Object.fromEntries(
        Object.entries(json[i]!).map(([key, value]) => [key, value === null ? '' : String(value)]),
      );
      expect(record, `row ${i + 1}`).toEqual(expected);
    });
  });

  it('has each company with its website and every dated fact', async () => {
    const testco = JSON.parse(await file('api/companies/testco.json')) as ApiCompany;
    expect(testco.name).toBe('Testbedrijf');
    expect(testco.website).toBe('https://testco.example');
    expect(testco.facts).toHaveLength(5);
    expect(testco.facts[0]).toEqual({
      key: 'employees',
      value: 1200,
      unit: 'count',
      qualifier: 'exactly',
      asOf: '2021-12-31',
      published: '2022-02-01',
    });
    // Published after every release date, yet part of the company's record.
    expect(testco.facts.find((f) => f.key === 'revenue' && f.asOf === '2022-12-31')?.value).toBe(5_200_000);
    // Not yet published at build time: not exported.
    expect(testco.facts.some((f) => f.value === 1500)).toBe(false);
  });

  it('shows no company figure before it is published', async () => {
    const $ = await page('/nl/companies/testco/');
    expect($('main').text()).toContain('1.350');
    expect($('main').text()).not.toContain('1.500');
  });

  it('links the exports from the key-figures page', async () => {
    const $ = await page('/en/key-figures/');
    expect($('.kf-data a[href="/api/key-figures.csv"]').length).toBe(1);
    expect($('.kf-data a[href="/api/key-figures.json"]').length).toBe(1);
  });
});
