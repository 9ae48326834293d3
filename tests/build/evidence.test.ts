/**
 * Evidence and targets on the shared fixture build: the evidence page and the targets page, the
 * key-figure card's link, the documents, and the exports (evidence.json, targets.json, the
 * key-figures columns, ninjs). A record no release cites is nowhere.
 */
import { parse } from 'csv-parse/sync';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiEvidence, ApiTarget } from '~/lib/outputs/api';
import type { Ninjs } from '~/lib/outputs/ninjs';
import { EN, fileOf, fixtureBuild, FR, NL, ORIGIN, pageOf } from '../helpers/fixture-site';
import { filesContaining } from '../helpers/sentinel';

const build = fixtureBuild();
const page = (path: string) => pageOf(build, path);
const file = (path: string) => fileOf(build, path);
const exists = (path: string) => existsSync(join(build.outDir, path));

const EVIDENCE = '/nl/evidence/testco-stroom-2022/';
const TARGETS = '/nl/companies/testco/targets/';
const DOCUMENT = '/documents/evidence/docs/testco-stroom-2022.md';

describe('the evidence page', () => {
  it('says what was measured, how, by whom, against what, and links the document', async () => {
    const $ = await page(EVIDENCE);
    expect($('h1').text()).toBe('CO2-vrije stroom 2022, geverifieerd');
    const rows = Object.fromEntries(
      $('.record__facts > div')
        .toArray()
        .map((row) => [$(row).find('dt').text(), $(row).find('dd').text()]),
    );
    expect(rows).toMatchObject({
      Soort: 'Verificatie door een onafhankelijke partij',
      Methode: 'GHG Protocol',
      Afbakening: 'alle vestigingen',
      'Vergeleken met': '2021',
      Periode: '2022',
      'Gecontroleerd door': 'Testcontrole B.V. (accreditatie: ISO 14065, T-0001)',
      'Rust op compensatie': 'Nee',
      'Openbaar sinds': '1 maart 2023',
    });
    expect($('a.record__download').attr('href')).toBe(DOCUMENT);
    expect($('a.record__download').text()).toBe('Document downloaden (tekst, Markdown)');
    expect(await file(DOCUMENT)).toContain('Fixture document: CO2-free power 2022');
  });

  it('lists every release and figure that cites it, in the page’s language', async () => {
    const $ = await page(EVIDENCE);
    expect($('.record__releases > li > a').attr('href')).toBe(NL);
    expect($('.record__figures a').attr('href')).toBe(`${NL}#figure-growth`);
    expect($('.record__figures a').text()).toBe('ongeveer 12 procent meer CO2-vrije stroom');
    const en = await page('/en/evidence/testco-stroom-2022/');
    expect(en('.record__releases > li > a').attr('href')).toBe(EN);
  });

  it('exists in the languages of its title, and those are its alternates', async () => {
    const $ = await page(EVIDENCE);
    expect(
      $('link[rel="alternate"][hreflang]')
        .toArray()
        .map((l) => $(l).attr('hreflang')),
    ).toEqual(['nl', 'en', 'fr', 'x-default']);
    expect(exists('de/evidence/testco-stroom-2022/index.html')).toBe(false);
  });

  it('is linked from the key-figure card', async () => {
    const $ = await page(NL);
    const link = $('#figure-growth .figure__evidence a');
    expect(link.attr('href')).toBe(EVIDENCE);
    expect(link.text()).toBe('Onderbouwing: CO2-vrije stroom 2022, geverifieerd');
    expect((await page(FR))('#figure-growth .figure__evidence a').attr('href')).toBe(
      '/fr/evidence/testco-stroom-2022/',
    );
  });

  it('leaves out evidence no release cites: no page, no document, none of its words', async () => {
    expect(exists('nl/evidence/testco-ongebruikt/index.html')).toBe(false);
    expect(exists('documents/evidence/docs/testco-ongebruikt.md')).toBe(false);
    expect(await filesContaining(build.outDir, 'ongebruiktbewijssentinel')).toEqual([]);
  });
});

describe('the targets page', () => {
  it('shows baseline, target, the latest public value, the plan and the verifier', async () => {
    const $ = await page(TARGETS);
    expect($('h1').text()).toBe('Doelen van Testbedrijf');
    const target = $('#target-testco-personeel-2026');
    expect(target.find('h2').text()).toBe('1.600 medewerkers in 2026');
    const rows = Object.fromEntries(
      target
        .find('.record__facts > div')
        .toArray()
        .map((row) => [$(row).find('dt').text(), $(row).find('dd').text().replace(/\s+/g, ' ').trim()]),
    );
    expect(rows).toMatchObject({
      Vertrekpunt: '1.200 in 2021',
      Doel: '1.600 in 2026',
      // 1.500 as of 2026 is published only in 2027: not yet public at the build clock.
      'Laatst gepubliceerde stand': '1.350 (peildatum 31 december 2022, gepubliceerd op 1 maart 2023)',
      'Voortgang gecontroleerd door': 'Testcontrole B.V.',
    });
    expect(target.find('a[href="/documents/targets/docs/testco-plan.md"]').text()).toBe(
      'Plan downloaden (tekst, Markdown)',
    );
    expect(target.find('.target__values tbody tr')).toHaveLength(2);
    expect(target.text()).not.toContain('1.500');
  });

  it('draws progress against the straight path from baseline to target', async () => {
    const $ = await page(TARGETS);
    const svg = $('#target-testco-personeel-2026 svg.chart');
    // The published values (solid) and the path from baseline to target (dashed).
    expect(svg.find('polyline')).toHaveLength(2);
    expect(svg.find('polyline[stroke-dasharray]').attr('points')?.split(' ')).toHaveLength(2);
    expect(svg.attr('aria-label')).toBe(
      '1.600 medewerkers in 2026. Gepubliceerde waarden: 2021: 1.200; 2022: 1.350. Rechte lijn van 1.200 in 2021 naar 1.600 in 2026.',
    );
  });

  it('lists every release that mentioned the target, with the value public on its date', async () => {
    const $ = await page(TARGETS);
    const mention = $('#target-testco-personeel-2026 .record__releases li');
    expect(mention).toHaveLength(1);
    expect(mention.find('a').attr('href')).toBe(NL);
    expect(mention.text()).toContain('stand die dag: 1.350, peildatum 31 december 2022');
  });

  it('is linked from the company page, in the languages the company has pages in', async () => {
    expect((await page('/nl/companies/testco/'))(`a[href="${TARGETS}"]`)).toHaveLength(1);
    expect(exists('en/companies/testco/targets/index.html')).toBe(true);
    expect(exists('de/companies/testco/targets/index.html')).toBe(false);
    // German readers are sent to the German list of companies, not the home page.
    expect((await page(TARGETS))('nav.languages a[hreflang="de"]').attr('href')).toBe('/de/companies/');
  });
});

describe('exports', () => {
  it('has every cited evidence record in api/evidence.json, with its document and citations', async () => {
    const evidence = JSON.parse(await file('api/evidence.json')) as ApiEvidence[];
    expect(evidence.map((e) => e.id)).toEqual(['testco-stroom-2022']);
    expect(evidence[0]).toMatchObject({
      company: 'testco',
      kind: 'verification',
      offsets: false,
      verifier: { name: 'Testcontrole B.V.', accreditation: 'ISO 14065, T-0001' },
      document: `${ORIGIN}${DOCUMENT}`,
      published: '2023-03-01',
      pages: {
        nl: `${ORIGIN}${EVIDENCE}`,
        en: `${ORIGIN}/en/evidence/testco-stroom-2022/`,
        fr: `${ORIGIN}/fr/evidence/testco-stroom-2022/`,
      },
    });
    expect(evidence[0]!.citedBy).toEqual([
      { url: `${ORIGIN}${EN}`, lang: 'en', figures: ['growth'] },
      { url: `${ORIGIN}${FR}`, lang: 'fr', figures: ['growth'] },
      { url: `${ORIGIN}${NL}`, lang: 'nl', figures: ['growth'] },
    ]);
  });

  it('has every cited target in api/targets.json, with the public values of its metric', async () => {
    const targets = JSON.parse(await file('api/targets.json')) as ApiTarget[];
    expect(targets.map((t) => t.id)).toEqual(['testco-personeel-2026']);
    expect(targets[0]).toMatchObject({
      metric: 'employees',
      unit: 'count',
      baseline: { value: 1200, year: 2021 },
      target: { value: 1600, year: 2026 },
      plan: `${ORIGIN}/documents/targets/docs/testco-plan.md`,
      values: [
        { value: 1200, asOf: '2021-12-31', published: '2022-02-01' },
        { value: 1350, asOf: '2022-12-31', published: '2023-03-01' },
      ],
    });
    expect(targets[0]!.mentionedBy.map((m) => m.lang)).toEqual(['nl', 'en', 'fr']);
  });

  it('gives the key figures an evidence and a target column, in JSON and CSV', async () => {
    const csv = parse(await file('api/key-figures.csv'), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    const growth = csv.find((r) => r['url'] === `${ORIGIN}${NL}` && r['id'] === 'growth');
    expect(growth).toMatchObject({ evidence: 'testco-stroom-2022', target: '' });
  });

  it('lists the evidence documents in the release’s ninjs', async () => {
    const ninjs = JSON.parse(await file(`${NL}ninjs.json`)) as Ninjs;
    const evidence = ninjs.associations?.find((a) => a.name === 'evidence1');
    expect(evidence).toMatchObject({
      uri: `${ORIGIN}${EVIDENCE}`,
      type: 'text',
      headlines: [{ role: 'main', value: 'CO2-vrije stroom 2022, geverifieerd' }],
      renditions: [
        { name: 'web', href: `${ORIGIN}${EVIDENCE}`, contentType: 'text/html' },
        {
          name: 'document',
          href: `${ORIGIN}${DOCUMENT}`,
          contentType: 'text/markdown',
          title: 'CO2-vrije stroom 2022, geverifieerd',
        },
      ],
    });
  });
});
