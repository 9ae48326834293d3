import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import {
  escapeHtml,
  feedLinks,
  jsonFeedDocument,
  renderFeed,
  summaryHtml,
  summaryText,
  type FeedItem,
  type FeedMeta,
} from '~/lib/outputs/feeds';
import { assertWellFormedXml } from '../../../helpers/xml';

const meta: FeedMeta = {
  lang: 'nl',
  title: 'Perskamer: persberichten',
  description: 'Persberichten',
  homePageUrl: 'https://press.example/nl/',
  feedUrls: {
    rss: 'https://press.example/nl/feed.xml',
    atom: 'https://press.example/nl/atom.xml',
    json: 'https://press.example/nl/feed.json',
  },
  categoryScheme: 'https://press.example/nl/topics/',
  now: new Date('2026-12-01T08:00:00Z'),
  timeZone: 'Europe/Amsterdam',
};

const corrected: FeedItem = {
  url: 'https://press.example/nl/2024/r-en-d/',
  title: 'R&D <groeit>',
  published: new Date('2024-02-01T09:00:00Z'),
  updated: new Date('2024-02-03T10:30:00Z'),
  subtitle: 'Meer "onderzoek"',
  highlights: ['12 % meer', 'Nieuw lab'],
  authors: ['Testbedrijf'],
  categories: [{ id: 'results', label: 'Resultaten', url: 'https://press.example/nl/topics/results/' }],
};
const plain: FeedItem = {
  url: 'https://press.example/nl/2023/oud/',
  title: 'Ouder bericht',
  published: new Date('2023-03-01T08:00:00Z'),
  highlights: [],
  authors: ['Testbedrijf', 'Partner'],
  categories: [],
};
const items = [corrected, plain];

describe('summaries', () => {
  it('joins subtitle and highlights, escaped for HTML', () => {
    expect(summaryHtml(corrected)).toBe(
      '<p>Meer &quot;onderzoek&quot;</p><ul><li>12 % meer</li><li>Nieuw lab</li></ul>',
    );
    expect(summaryText(corrected)).toBe('Meer "onderzoek" · 12 % meer · Nieuw lab');
    expect(summaryHtml(plain)).toBeUndefined();
    expect(summaryText({ highlights: ['Alleen dit'] })).toBe('Alleen dit');
  });

  it('escapes the five HTML specials', () => {
    expect(escapeHtml(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &#39; f');
  });
});

describe('RSS 2.0', () => {
  const xml = renderFeed(meta, items, 'rss');

  it('is well-formed and reads back with a feed parser', () => {
    expect(assertWellFormedXml(xml)).toBe('rss');
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe('rss');
    expect(feed.title).toBe('Perskamer: persberichten');
    expect(feed.language).toBe('nl');
    expect(feed.self).toBe('https://press.example/nl/feed.xml');
    expect(feed.items.map((i) => [i.title, i.url, i.published?.toISOString()])).toEqual([
      ['R&D <groeit>', corrected.url, '2024-02-01T09:00:00.000Z'],
      ['Ouder bericht', plain.url, '2023-03-01T08:00:00.000Z'],
    ]);
    expect(feed.items[0]!.categories).toEqual([
      { label: 'Resultaten', term: 'Resultaten', url: 'https://press.example/nl/topics/results/' },
    ]);
  });

  it('dates the channel by its latest correction and leaves out RSS authors without e-mail', () => {
    expect(xml).toContain('<lastBuildDate>Sat, 03 Feb 2024 10:30:00 GMT</lastBuildDate>');
    expect(xml).not.toContain('<author>');
    expect(xml).toContain(
      '<description><![CDATA[<p>Meer &quot;onderzoek&quot;</p><ul><li>12 % meer</li><li>Nieuw lab</li></ul>]]></description>',
    );
  });
});

describe('Atom', () => {
  const xml = renderFeed(meta, items, 'atom');

  it('is well-formed and reads back with a feed parser', () => {
    expect(assertWellFormedXml(xml)).toBe('feed');
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe('atom');
    expect(feed.self).toBe('https://press.example/nl/atom.xml');
    expect(feed.updated?.toISOString()).toBe('2024-02-03T10:30:00.000Z');
    const [first, second] = feed.items;
    // The title is declared HTML, so it was escaped and reads back as the plain text.
    expect(first!.title).toBe('R&D <groeit>');
    expect(first!.published?.toISOString()).toBe('2024-02-01T09:00:00.000Z');
    expect(first!.updated?.toISOString()).toBe('2024-02-03T10:30:00.000Z');
    expect(first!.categories).toEqual([
      { label: 'Resultaten', term: 'results', url: 'https://press.example/nl/topics/' },
    ]);
    expect(second!.authors.map((a) => a.name)).toEqual(['Testbedrijf', 'Partner']);
  });
});

describe('JSON Feed 1.1', () => {
  it('has dates with the site offset, tags and summaries', () => {
    expect(jsonFeedDocument(meta, items)).toEqual({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Perskamer: persberichten',
      home_page_url: 'https://press.example/nl/',
      feed_url: 'https://press.example/nl/feed.json',
      description: 'Persberichten',
      language: 'nl',
      authors: [{ name: 'Perskamer', url: 'https://press.example/nl/' }],
      items: [
        {
          id: corrected.url,
          url: corrected.url,
          title: 'R&D <groeit>',
          summary: 'Meer "onderzoek" · 12 % meer · Nieuw lab',
          content_html: '<p>Meer &quot;onderzoek&quot;</p><ul><li>12 % meer</li><li>Nieuw lab</li></ul>',
          date_published: '2024-02-01T10:00:00+01:00',
          date_modified: '2024-02-03T11:30:00+01:00',
          authors: [{ name: 'Testbedrijf' }],
          tags: ['Resultaten'],
          language: 'nl',
        },
        {
          id: plain.url,
          url: plain.url,
          title: 'Ouder bericht',
          content_text: 'Ouder bericht',
          date_published: '2023-03-01T09:00:00+01:00',
          authors: [{ name: 'Testbedrijf' }, { name: 'Partner' }],
          tags: [],
          language: 'nl',
        },
      ],
    });
  });

  it('renders as JSON', () => {
    expect(JSON.parse(renderFeed(meta, [], 'json'))).toMatchObject({ items: [] });
  });
});

describe('feedLinks', () => {
  it('announces the three formats of a language', () => {
    expect(feedLinks('en')).toEqual([
      { type: 'application/rss+xml', href: '/en/feed.xml', title: 'Perskamer: press releases (RSS)' },
      { type: 'application/atom+xml', href: '/en/atom.xml', title: 'Perskamer: press releases (Atom)' },
      {
        type: 'application/feed+json',
        href: '/en/feed.json',
        title: 'Perskamer: press releases (JSON Feed)',
      },
    ]);
  });
});

describe('empty feeds', () => {
  it('are dated by the build clock', () => {
    expect(parseFeed(renderFeed(meta, [], 'atom')).updated?.toISOString()).toBe('2026-12-01T08:00:00.000Z');
  });
});
