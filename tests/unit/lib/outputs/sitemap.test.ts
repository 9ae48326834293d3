import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { robotsTxt, sitemapXml } from '~/lib/outputs/sitemap';
import { assertWellFormedXml } from '../../../helpers/xml';

describe('sitemapXml', () => {
  const xml = sitemapXml([
    { url: 'https://press.example/', lastmod: '2024-02-01T10:00:00+01:00' },
    {
      url: 'https://press.example/nl/a/?x=1&y=2',
      alternates: [
        { hreflang: 'nl', url: 'https://press.example/nl/a/?x=1&y=2' },
        { hreflang: 'x-default', url: 'https://press.example/nl/a/?x=1&y=2' },
      ],
    },
  ]);

  it('writes urls, lastmod and xhtml:link alternates, escaped', () => {
    expect(assertWellFormedXml(xml)).toBe('urlset');
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
        '  <url>',
        '    <loc>https://press.example/</loc>',
        '    <lastmod>2024-02-01T10:00:00+01:00</lastmod>',
        '  </url>',
        '  <url>',
        '    <loc>https://press.example/nl/a/?x=1&amp;y=2</loc>',
        '    <xhtml:link rel="alternate" hreflang="nl" href="https://press.example/nl/a/?x=1&amp;y=2" />',
        '    <xhtml:link rel="alternate" hreflang="x-default" href="https://press.example/nl/a/?x=1&amp;y=2" />',
        '  </url>',
        '</urlset>',
      ].join('\n'),
    );
  });

  it('reads back with an XML parser', () => {
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(parsed.urlset.url[1].loc).toBe('https://press.example/nl/a/?x=1&y=2');
  });
});

describe('robotsTxt', () => {
  it('allows everything and names the sitemap', () => {
    expect(robotsTxt('https://press.example/sitemap.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://press.example/sitemap.xml\n',
    );
  });
});
