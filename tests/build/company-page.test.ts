/**
 * The company page on the shared fixture build: the company first (its boilerplate as of the
 * build, website, press contact, targets), then its facts over time, then its releases; and the
 * key-figures table and French punctuation around them.
 */
import { describe, expect, it } from 'vitest';
import { fixtureBuild, pageOf } from '../helpers/fixture-site';

const build = fixtureBuild();
const page = (path: string) => pageOf(build, path);
const COMPANY = '/nl/companies/testco/';

describe('company page', () => {
  it('opens with the company, then its facts over time, then its releases', async () => {
    const $ = await page(COMPANY);
    expect($('h1').text()).toBe('Testbedrijf');
    const main = $('main').html()!;
    const at = (needle: string) => {
      expect(main, needle).toContain(needle);
      return main.indexOf(needle);
    };
    const order = [
      at('class="company-profile"'),
      at('id="facts-title"'),
      at('id="releases"'),
      at('class="release-list"'),
    ];
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('says who the company is today: its boilerplate filled with the facts public at build time', async () => {
    const text = (await page(COMPANY))('.company-profile__text').text();
    expect(text).toContain('Testbedrijf had op 31 december 2022 1.350 medewerkers.');
    expect(text).toContain('De omzet over 2022 bedroeg € 5,2 miljoen.');
    expect(text).toContain('Het bedrijf heeft 7 vestigingen.');
    // The figure entered for a later year is not public yet.
    expect(text).not.toContain('1.500');
  });

  it('gives the website, the targets and the newsroom’s press contact who works there', async () => {
    const $ = await page(COMPANY);
    const profile = $('.company-profile');
    expect(profile.find('a[href="https://testco.example"]').text()).toBe('testco.example');
    expect(profile.find('a[href="/nl/companies/testco/targets/"]')).toHaveLength(1);
    const contact = profile.find('.contacts .contact');
    expect(contact.find('.contact__name').text()).toBe('Piet Pers');
    expect(contact.find('.contact__role').text()).toBe('Woordvoerder');
    expect(contact.find('a[href="tel:+31200000000"]')).toHaveLength(1);
    expect(contact.find('a[href="mailto:pers@testco.example"]')).toHaveLength(1);
  });

  it('sends a language without this company page to that language’s list of companies, not its home page', async () => {
    // Testbedrijf's only German release is under embargo: no German page for it yet.
    const links = (await page(COMPANY))('nav.languages');
    expect(links.find('a[hreflang="en"]').attr('href')).toBe('/en/companies/testco/');
    const german = links.find('a[hreflang="de"]');
    expect(german.attr('href')).toBe('/de/companies/');
    expect(german.hasClass('languages__nearest')).toBe(true);
    expect((await page('/de/companies/'))('h1').text()).not.toBe('');
  });

  it('names the unit above each chart’s value axis and lines the axes up', async () => {
    const $ = await page(COMPANY);
    const charts = $('.facts svg.chart');
    expect(charts.length).toBeGreaterThanOrEqual(2);
    const axisTitle = (key: string) => $(`#fact-${key}`).closest('section').find('svg > text').first().text();
    expect(axisTitle('employees')).toBe('aantal');
    expect(axisTitle('revenue')).toBe('euro (miljoenen)');
    // The value axis is the one vertical line of a chart.
    const axisX = charts
      .map((_, svg) =>
        $(svg)
          .find('line')
          .filter((__, l) => $(l).attr('x1') === $(l).attr('x2'))
          .attr('x1'),
      )
      .get();
    expect(new Set(axisX).size).toBe(1);
  });

  it('writes an axis in one scale, never "500.000" beside "1 miljoen"', async () => {
    const $ = await page(COMPANY);
    const ticks = $('#fact-revenue')
      .closest('section')
      .find('svg text[text-anchor="end"]')
      .map((_, t) => $(t).text())
      .get();
    expect(ticks).toEqual(['0', '5', '10']);
  });
});

describe('companies index', () => {
  it('says in a sentence what each company does, with its number of releases', async () => {
    const card = (await page('/nl/companies/'))('.company-card');
    expect(card).toHaveLength(1);
    expect(card.find('h2 a').attr('href')).toBe(COMPANY);
    expect(card.find('.company-card__intro').text()).toBe(
      'Testbedrijf had op 31 december 2022 1.350 medewerkers.',
    );
    expect(card.find('.index-list__count').text()).toMatch(/^\d+ persberichten$/);
  });
});

describe('key-figures listing', () => {
  it('offers the data with spaces between label, links and dot, as each language writes them', async () => {
    expect((await page('/nl/key-figures/'))('.kf-data').text()).toBe('Alle kerncijfers als data: CSV · JSON');
    expect((await page('/fr/key-figures/'))('.kf-data').text()).toBe(
      'Tous les chiffres clés en données\u202f: CSV · JSON',
    );
  });

  it('heads its table columns for value, unit, figure, company and date', async () => {
    const $ = await page('/en/key-figures/');
    expect(
      $('.kf-table th')
        .map((_, th) => $(th).text())
        .get(),
    ).toEqual(['Value', 'Unit', 'Figure', 'Company', 'Date']);
    expect($('.kf-table caption').text()).toBe($('#kf-list-title').text());
  });
});

describe('French colon spacing', () => {
  it('puts a narrow no-break space before the colon in page descriptions', async () => {
    for (const path of ['/fr/archive/', '/fr/companies/', '/fr/companies/testco/', '/fr/key-figures/']) {
      const description = (await page(path))('meta[name="description"]').attr('content')!;
      expect(description, path).toMatch(/\u202f:/);
      expect(description, path).not.toMatch(/[^\u202f]:/);
    }
  });
});
