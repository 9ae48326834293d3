/** The subscribe page's feeds: every format of the language's feeds, and one group per topic it has. */
import { describe, expect, it } from 'vitest';
import type { Published } from '~/lib/model/catalogue';
import { feedGroups } from '~/lib/views/subscribe';

const release = (lang: string, topics: string[]) => ({ lang, entry: { data: { topics } } });
const cat = {
  releases: [release('nl', ['wind', 'aluminium']), release('nl', ['wind']), release('en', ['wind'])],
  topics: new Map([
    ['wind', { data: { label: { nl: 'Windenergie', en: 'Wind power' } } }],
    ['aluminium', { data: { label: { nl: 'Aluminium', en: 'Aluminium' } } }],
    ['people', { data: { label: { nl: 'Mensen', en: 'People' } } }],
  ]),
  companies: new Map(),
  people: new Map(),
} as unknown as Published;

describe('feedGroups', () => {
  it('offers the language’s feeds in every format with their absolute addresses', () => {
    const { all } = feedGroups(cat, 'nl');
    expect(all.feeds).toEqual([
      { format: 'rss', formatName: 'RSS', address: 'https://perskamer.example.org/nl/feed.xml' },
      { format: 'atom', formatName: 'Atom', address: 'https://perskamer.example.org/nl/atom.xml' },
      { format: 'json', formatName: 'JSON Feed', address: 'https://perskamer.example.org/nl/feed.json' },
    ]);
  });

  it('lists only topics with releases in the language, alphabetically, each with its page', () => {
    const nl = feedGroups(cat, 'nl').topics;
    expect(nl.map((g) => [g.title, g.href])).toEqual([
      ['Aluminium', '/nl/topics/aluminium/'],
      ['Windenergie', '/nl/topics/wind/'],
    ]);
    expect(nl[1]!.feeds.map((f) => f.address)).toEqual([
      'https://perskamer.example.org/nl/topics/wind/feed.xml',
      'https://perskamer.example.org/nl/topics/wind/atom.xml',
      'https://perskamer.example.org/nl/topics/wind/feed.json',
    ]);
    expect(feedGroups(cat, 'en').topics.map((g) => g.title)).toEqual(['Wind power']);
  });
});
