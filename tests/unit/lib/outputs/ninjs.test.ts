import { describe, expect, it } from 'vitest';
import { imageContentType, NINJS_SCHEMA, toNinjs, type NinjsInput } from '~/lib/outputs/ninjs';

const input: NinjsInput = {
  url: 'https://press.example/nl/2023/jaarcijfers/',
  language: 'nl',
  title: 'Testbedrijf groeit',
  subtitle: 'Omzet neemt toe',
  highlights: ['12 procent meer'],
  published: '2023-03-01T09:00:00+01:00',
  location: 'Utrecht',
  bodyHtml: '<p>Tekst.</p>',
  translationKey: 'results-2023',
  companies: [{ name: 'Testbedrijf', website: 'https://testco.example' }, { name: 'Partner' }],
  topics: [{ id: 'results', name: 'Resultaten', url: 'https://press.example/nl/topics/results/' }],
  contacts: [{ name: 'Piet Pers', email: 'pers@testco.example' }],
  images: [
    {
      url: 'https://press.example/_astro/card.png',
      width: 320,
      height: 200,
      contentType: 'image/png',
      alt: 'Blauw testbeeld',
      credit: 'Testbedrijf',
    },
  ],
};

describe('toNinjs', () => {
  it('maps a release to a ninjs 3.0 text item', () => {
    expect(toNinjs(input)).toEqual({
      uri: 'https://press.example/nl/2023/jaarcijfers/',
      standard: { name: 'ninjs', version: '3.0', schema: NINJS_SCHEMA },
      type: 'text',
      representationType: 'full',
      version: '1',
      firstCreated: '2023-03-01T09:00:00+01:00',
      versionCreated: '2023-03-01T09:00:00+01:00',
      contentCreated: '2023-03-01T09:00:00+01:00',
      pubStatus: 'usable',
      language: 'nl',
      headlines: [
        { role: 'main', value: 'Testbedrijf groeit' },
        { role: 'sub', value: 'Omzet neemt toe' },
      ],
      descriptions: [{ role: 'highlight', contentType: 'text/plain', value: '12 procent meer' }],
      bodies: [{ role: 'main', contentType: 'text/html', value: '<p>Tekst.</p>' }],
      located: 'Utrecht',
      by: 'Testbedrijf & Partner',
      genres: [{ uri: 'http://cv.iptc.org/newscodes/genre/PressRelease', name: 'Press release' }],
      subjects: [{ name: 'Resultaten', uri: 'https://press.example/nl/topics/results/', literal: 'results' }],
      infoSources: [{ name: 'Testbedrijf', uri: 'https://testco.example' }, { name: 'Partner' }],
      people: [
        {
          name: 'Piet Pers',
          rel: 'pressContact',
          contactInfo: [{ type: 'email', role: 'office', value: 'pers@testco.example' }],
        },
      ],
      renditions: [
        { name: 'web', href: 'https://press.example/nl/2023/jaarcijfers/', contentType: 'text/html' },
      ],
      associations: [
        {
          name: 'image1',
          uri: 'https://press.example/_astro/card.png',
          type: 'picture',
          descriptions: [{ role: 'alt', value: 'Blauw testbeeld' }],
          by: 'Testbedrijf',
          renditions: [
            {
              name: 'original',
              href: 'https://press.example/_astro/card.png',
              contentType: 'image/png',
              width: 320,
              height: 200,
            },
          ],
        },
      ],
      altIds: [{ role: 'translationKey', value: 'results-2023' }],
    });
  });

  it('marks a corrected release as version 2 and a body-less one as partial', () => {
    const ninjs = toNinjs({
      ...input,
      subtitle: undefined,
      highlights: [],
      bodyHtml: undefined,
      contacts: [],
      images: [],
      updated: '2023-03-02T12:00:00+01:00',
    });
    expect(ninjs).toMatchObject({
      version: '2',
      versionCreated: '2023-03-02T12:00:00+01:00',
      firstCreated: '2023-03-01T09:00:00+01:00',
      representationType: 'partial',
      headlines: [{ role: 'main', value: 'Testbedrijf groeit' }],
    });
    for (const key of ['descriptions', 'bodies', 'people', 'associations'])
      expect(ninjs).not.toHaveProperty(key);
  });
});

describe('imageContentType', () => {
  it('maps Astro image formats to media types', () => {
    expect(imageContentType('jpg')).toBe('image/jpeg');
    expect(imageContentType('svg')).toBe('image/svg+xml');
    expect(imageContentType('webp')).toBe('image/webp');
  });
});
