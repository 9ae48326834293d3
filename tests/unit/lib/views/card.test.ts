/** Listing cards: whose news it is, date · place with its space, topics as links, the first image. */
import { describe, expect, it } from 'vitest';
import type { Registry, Release } from '~/lib/model/catalogue';
import { CARD_HIGHLIGHTS, namesCompanies, releaseCard } from '~/lib/views/card';

const TZ = 'Europe/Amsterdam';

const reg = {
  companies: new Map([
    ['noordwind', { data: { name: 'Noordwind Energie' } }],
    ['havenstad', { data: { name: 'Havenstad Mobiliteit' } }],
  ]),
  topics: new Map([['energy', { data: { label: { nl: 'Energie', en: 'Energy' } } }]]),
  people: new Map(),
} as unknown as Registry;

const image = { src: '/_astro/wind.jpg', width: 1920, height: 1200, format: 'jpg' };

function release(data: Record<string, unknown>, lang: 'nl' | 'fr' = 'nl'): Release {
  return {
    url: `/${lang}/2026/wind/`,
    lang,
    entry: {
      data: {
        title: 'Windpark levert stroom',
        date: new Date('2026-04-08T10:00:00+02:00'),
        location: 'Groningen',
        company: ['noordwind'],
        topics: ['energy', 'unlabelled'],
        highlights: ['Een', 'Twee', 'Drie', 'Vier'],
        images: [],
        ...data,
      },
    },
  } as unknown as Release;
}

describe('releaseCard', () => {
  it('reads "date · place" with a space on both sides of the dot', () => {
    const card = releaseCard(reg, release({}), { withCompany: false, timeZone: TZ });
    expect(card.date + card.afterDate).toBe('8 april 2026 · Groningen');
    expect(card.datetime).toBe('2026-04-08T10:00:00+02:00');
  });

  it('names the companies of a joint release where the newsroom has several, and none where it has one', () => {
    const joint = release({ company: ['noordwind', 'havenstad'] });
    expect(releaseCard(reg, joint, { withCompany: true, timeZone: TZ }).company).toBe(
      'Noordwind Energie & Havenstad Mobiliteit',
    );
    expect(releaseCard(reg, joint, { withCompany: false, timeZone: TZ }).company).toBeUndefined();
  });

  it('links every topic to its page in the release’s language, labelled in that language or by its id', () => {
    expect(releaseCard(reg, release({}), { withCompany: false, timeZone: TZ }).topics).toEqual([
      { label: 'Energie', href: '/nl/topics/energy/' },
      { label: 'unlabelled', href: '/nl/topics/unlabelled/' },
    ]);
  });

  it('shows the first image only where the release has one, and the first highlights only', () => {
    const withImage = release({ images: [{ src: image }, { src: { ...image, src: '/_astro/b.jpg' } }] });
    const card = releaseCard(reg, withImage, { withCompany: false, timeZone: TZ });
    expect(card.image).toEqual(image);
    expect(card.highlights).toEqual(['Een', 'Twee', 'Drie'].slice(0, CARD_HIGHLIGHTS));
    expect(releaseCard(reg, release({}), { withCompany: false, timeZone: TZ }).image).toBeUndefined();
  });
});

describe('namesCompanies', () => {
  const by = (...company: string[]) => ({ entry: { data: { company } } });
  it('is true only where releases come from more than one company', () => {
    expect(namesCompanies([by('a'), by('a')])).toBe(false);
    expect(namesCompanies([by('a'), by('a', 'b')])).toBe(true);
    expect(namesCompanies([])).toBe(false);
  });
});
