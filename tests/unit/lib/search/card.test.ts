import { describe, expect, it } from 'vitest';
import { opaque, resultCard, thumbnailMeta, unopaque } from '~/lib/search/card';

describe('opaque metadata', () => {
  it('round-trips any text through one lower-case token without punctuation', () => {
    for (const text of ['2023-02-20T10:00:00+01:00', '/_astro/kwelder-wéide.B1x_Y.webp']) {
      const token = opaque(text);
      expect(token).toMatch(/^zq[0-9a-f]*$/);
      expect(unopaque(token)).toBe(text);
    }
  });

  it('reads nothing from a value that is not such a token', () => {
    expect(unopaque(undefined)).toBeUndefined();
    expect(unopaque('20 februari 2023')).toBeUndefined();
    expect(unopaque('zq3')).toBeUndefined();
    expect(unopaque('zqff')).toBeUndefined();
  });
});

describe('resultCard', () => {
  const data = {
    url: '/nl/2023/bmw/',
    excerpt: 'koopt <mark>aluminium</mark> in',
    meta: {
      title: 'BMW Group koopt koolstofarm aluminium',
      date: '20 februari 2023',
      place: 'Rijswijk',
      company: 'BMW Group',
      datetime: opaque('2023-02-20T10:00:00+01:00'),
      image: thumbnailMeta({ src: '/_astro/coils.Ab_C.webp', width: 480, height: 300 }),
    },
    filters: { topic: ['Aluminium', 'Klimaat'], company: ['BMW Group'] },
  };

  it('gives company, title, date, place, topics and thumbnail', () => {
    expect(resultCard(data)).toEqual({
      url: '/nl/2023/bmw/',
      title: 'BMW Group koopt koolstofarm aluminium',
      company: 'BMW Group',
      date: '20 februari 2023',
      datetime: '2023-02-20T10:00:00+01:00',
      place: 'Rijswijk',
      topics: ['Aluminium', 'Klimaat'],
      thumbnail: { src: '/_astro/coils.Ab_C.webp', width: 480, height: 300 },
      excerpt: 'koopt <mark>aluminium</mark> in',
    });
  });

  it('has no thumbnail for a release without image, and none that points off the site', () => {
    expect(resultCard({ ...data, meta: { ...data.meta, image: '' } }).thumbnail).toBeUndefined();
    const offSite = thumbnailMeta({ src: '//elsewhere.example/x.webp', width: 1, height: 1 });
    expect(resultCard({ ...data, meta: { ...data.meta, image: offSite } }).thumbnail).toBeUndefined();
    expect(thumbnailMeta(undefined)).toBe('');
  });
});
