/**
 * The catalogue alone decides what is public. These tests load it from stand-in collections
 * (tests/helpers/astro-content.ts), in the staff-preview mode where unpublished releases get
 * pages, and check that its public part, the only input of every output, holds none of them.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const NOW = '2026-12-01T09:00:00+01:00';

function release(id: string, data: Record<string, unknown> = {}) {
  return {
    id,
    filePath: `content/releases/${id}.md`,
    body: 'Tekst.',
    data: {
      title: `Titel ${id}`,
      highlights: [],
      date: new Date('2026-11-20T10:00:00+01:00'),
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
    boilerplate: {
      nl: [`${name} is een bedrijf.`],
      en: [`${name} is a company.`],
      de: [`${name} ist ein Unternehmen.`],
    },
  },
});

async function loadCatalogue(entries: ReturnType<typeof release>[]) {
  // Fresh modules: the catalogue is loaded once per module instance, and reads the environment then.
  vi.resetModules();
  const { setCollections } = await import('../../../helpers/astro-content');
  setCollections({
    releases: entries,
    companies: [company('acme', 'Acme Energie'), company('partner', 'Partner Netwerk')],
    people: [],
    topics: [{ id: 'energy', data: { label: { nl: 'Energie', en: 'Energy' } } }],
  });
  const { getCatalogue } = await import('~/lib/model/catalogue');
  return getCatalogue();
}

beforeEach(() => {
  vi.stubEnv('PRESS_NOW', NOW);
  vi.stubEnv('PRESS_STAFF_PREVIEW', '1');
});

describe('the catalogue', () => {
  const entries = () => [
    release('nl/2026/openbaar', { translationKey: 'deal' }),
    release('en/2026/public', { translationKey: 'deal' }),
    // One embargo holds the whole group: the Dutch version has none of its own.
    release('nl/2026/gesperrt-nl', { translationKey: 'held' }),
    release('de/2026/gesperrt', {
      translationKey: 'held',
      embargo: new Date('2026-12-03T09:00:00+01:00'),
    }),
    release('nl/2026/concept', { draft: true, company: ['partner'] }),
    release('nl/2026/later', { date: new Date('2026-12-02T09:00:00+01:00') }),
  ];

  it('has a page for every release in the staff preview, newest first, marked public or not', async () => {
    const cat = await loadCatalogue(entries());
    expect(cat.releases.map((r) => [r.id, r.isPublic])).toEqual([
      ['de/2026/gesperrt', false],
      ['nl/2026/gesperrt-nl', false],
      ['nl/2026/later', false],
      ['en/2026/public', true],
      ['nl/2026/concept', false],
      ['nl/2026/openbaar', true],
    ]);
  });

  it('publishes only public releases, paired with their public translations only', async () => {
    const { published } = await loadCatalogue(entries());
    expect(published.releases.map((r) => r.id)).toEqual(['en/2026/public', 'nl/2026/openbaar']);
    for (const r of published.releases) {
      expect(r.versions.map((v) => v.id)).toEqual(['nl/2026/openbaar', 'en/2026/public']);
    }
  });

  it('publishes a company only once one of its releases is public', async () => {
    const { published } = await loadCatalogue(entries());
    expect(published.publicCompanies.map((c) => c.id)).toEqual(['acme']);
  });

  it('dates a release written before its embargo at the moment the embargo lifts', async () => {
    vi.stubEnv('PRESS_NOW', '2026-12-04T09:00:00+01:00');
    const { published } = await loadCatalogue(entries());
    const held = published.releases.find((r) => r.id === 'nl/2026/gesperrt-nl')!;
    expect(held.entry.data.date.toISOString()).toBe('2026-12-03T08:00:00.000Z');
    expect(held.day).toBe('2026-12-03');
    expect(published.releases[0]!.id).toBe('de/2026/gesperrt');
  });

  it('drops unpublished releases entirely outside the staff preview', async () => {
    vi.stubEnv('PRESS_STAFF_PREVIEW', '0');
    vi.stubEnv('DEV', false);
    const cat = await loadCatalogue(entries());
    expect(cat.releases.map((r) => r.id)).toEqual(['en/2026/public', 'nl/2026/openbaar']);
  });

  it('names topics and companies, falling back to the id', async () => {
    const cat = await loadCatalogue(entries());
    const { topicLabel, companyName } = await import('~/lib/model/catalogue');
    expect(topicLabel(cat, 'energy', 'en')).toBe('Energy');
    expect(topicLabel(cat, 'energy', 'fr')).toBe('energy');
    expect(companyName(cat, 'partner')).toBe('Partner Netwerk');
  });
});
