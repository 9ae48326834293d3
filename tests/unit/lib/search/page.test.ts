/**
 * The search page before any search: its filters list every value with the number of public
 * releases that have it, named exactly as the index names them.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

function release(id: string, data: Record<string, unknown> = {}) {
  return {
    id,
    filePath: `content/releases/${id}.md`,
    body: 'Tekst.',
    data: {
      title: `Titel ${id}`,
      highlights: [],
      date: new Date('2025-11-20T10:00:00+01:00'),
      location: 'Groningen',
      company: ['acme'],
      topics: ['energy'],
      keyFigures: [],
      contacts: [],
      quotes: [],
      images: [],
      draft: false,
      ...data,
    },
  };
}

const company = (id: string, name: string) => ({
  id,
  data: {
    name,
    facts: [],
    factLabels: {},
    boilerplate: { nl: [`${name} is een bedrijf.`], en: [`${name} is a company.`] },
  },
});

async function view() {
  vi.resetModules();
  const { setCollections } = await import('../../../helpers/astro-content');
  setCollections({
    releases: [
      release('nl/2025/een', { topics: ['energy', 'climate'] }),
      release('nl/2024/twee', { date: new Date('2024-03-01T10:00:00+01:00'), company: ['acme', 'partner'] }),
      release('nl/2026/concept', {
        draft: true,
        topics: ['climate'],
        date: new Date('2026-11-20T10:00:00+01:00'),
      }),
      release('en/2025/one'),
    ],
    companies: [company('acme', 'Acme Energie'), company('partner', 'Partner Netwerk')],
    people: [],
    topics: [
      { id: 'energy', data: { label: { nl: 'Energie', en: 'Energy' } } },
      { id: 'climate', data: { label: { nl: 'Klimaat', en: 'Climate' } } },
    ],
  });
  const { getCatalogue } = await import('~/lib/model/catalogue');
  const { searchPageView } = await import('~/lib/search/page');
  return searchPageView((await getCatalogue()).published, 'nl', 'Europe/Amsterdam');
}

beforeEach(() => {
  vi.stubEnv('PRESS_NOW', '2026-12-01T09:00:00+01:00');
  vi.stubEnv('PRESS_STAFF_PREVIEW', '1');
});

// Loading the catalogue afresh takes a few seconds on a busy machine.
describe('searchPageView', { timeout: 30_000 }, () => {
  it('counts each facet value over the public releases of the language, with its page', async () => {
    const { facets, total, latest } = await view();
    expect(total).toBe(2);
    expect(latest.map((r) => r.url)).toEqual(['/nl/2025/een/', '/nl/2024/twee/']);
    expect(facets.year).toEqual([
      { value: '2025', count: 1 },
      { value: '2024', count: 1 },
    ]);
    // The draft's topic counts nowhere: the index holds public releases only.
    expect(facets.topic).toEqual([
      { value: 'Energie', count: 2, href: '/nl/topics/energy/' },
      { value: 'Klimaat', count: 1, href: '/nl/topics/climate/' },
    ]);
    expect(facets.company).toEqual([
      { value: 'Acme Energie', count: 2, href: '/nl/companies/acme/' },
      { value: 'Partner Netwerk', count: 1, href: '/nl/companies/partner/' },
    ]);
    expect(facets.figures).toEqual([{ value: 'Nee', count: 2 }]);
  });

  it('links to the search pages of the other languages', async () => {
    expect((await view()).otherLanguages.map((l) => l.href)).toEqual([
      '/en/search/',
      '/de/search/',
      '/fr/search/',
    ]);
  });
});
