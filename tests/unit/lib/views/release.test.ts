/** The release page's decisions: credit labels, repeated baselines, related releases, share links. */
import { describe, expect, it } from 'vitest';
import { creditLine, pressKitContents, relatedReleases, repeatsLabel, shareLinks } from '~/lib/views/release';

describe('creditLine', () => {
  it('labels a bare credit as a photo, in the language’s punctuation', () => {
    expect(creditLine('Jan Jansen', 'nl')).toBe('Foto: Jan Jansen');
    expect(creditLine('Jean Dupont', 'fr')).toBe('Photo\u202f: Jean Dupont');
  });

  it('leaves a credit that names its own kind alone: no "Foto: Illustratie:"', () => {
    expect(creditLine('Illustratie: Perskamer (voorbeeldbeeld)', 'nl')).toBe(
      'Illustratie: Perskamer (voorbeeldbeeld)',
    );
    expect(creditLine('Illustration : Perskamer', 'fr')).toBe('Illustration : Perskamer');
    expect(creditLine('Foto/Grafik: Talwerk', 'de')).toBe('Foto/Grafik: Talwerk');
  });
});

describe('repeatsLabel', () => {
  it('finds a baseline that the label already says', () => {
    expect(
      repeatsLabel({
        label: 'minder CO2 dan conventioneel geproduceerd aluminium',
        baseline: 'conventioneel geproduceerd aluminium',
      }),
    ).toBe(true);
    expect(repeatsLabel({ label: 'vermeden uitstoot', baseline: 'gemiddelde Nederlandse stroommix' })).toBe(
      false,
    );
    expect(repeatsLabel({ label: 'vermeden uitstoot' })).toBe(false);
  });
});

describe('relatedReleases', () => {
  const release = (url: string, date: string, topics: string[], company: string[] = ['other']) => ({
    url,
    entry: { data: { topics, company, date: new Date(date) } },
  });
  const self = release('/nl/2023/a/', '2023-02-20', ['aluminium', 'climate'], ['bmw']);
  // Newest first, as the catalogue lists them.
  const candidates = [
    release('/nl/2026/x/', '2026-04-08', ['people']),
    release('/nl/2025/climate/', '2025-03-25', ['climate']),
    release('/nl/2024/bmw-people/', '2024-01-10', ['people'], ['bmw']),
    self,
    release('/nl/2022/both/', '2022-06-01', ['aluminium', 'climate']),
    release('/nl/2021/climate/', '2021-06-02', ['climate']),
    release('/nl/2020/climate/', '2020-01-02', ['climate']),
  ];

  it('takes the closest (shared topics, the same company), never itself nor unrelated ones', () => {
    expect(relatedReleases(self, candidates, 3).map((r) => r.url)).toEqual([
      '/nl/2025/climate/',
      '/nl/2024/bmw-people/',
      '/nl/2022/both/',
    ]);
  });

  it('lists them newest first and stops at the count', () => {
    const urls = relatedReleases(self, candidates).map((r) => r.url);
    expect(urls).toEqual([
      '/nl/2025/climate/',
      '/nl/2024/bmw-people/',
      '/nl/2022/both/',
      '/nl/2021/climate/',
    ]);
  });

  it('gives releases with the same topics and company the same neighbours, each without itself', () => {
    // Both rankings come from one shared computation; neither may list itself or miss the other.
    const twinA = release('/nl/2022/twin-a/', '2022-05-01', ['people'], ['bmw']);
    const twinB = release('/nl/2022/twin-b/', '2022-04-01', ['people'], ['bmw']);
    const list = [...candidates, twinA, twinB];
    expect(relatedReleases(twinA, list, 2).map((r) => r.url)).toEqual([
      '/nl/2024/bmw-people/',
      '/nl/2022/twin-b/',
    ]);
    expect(relatedReleases(twinB, list, 2).map((r) => r.url)).toEqual([
      '/nl/2024/bmw-people/',
      '/nl/2022/twin-a/',
    ]);
  });

  it('finds nothing for a release that shares nothing', () => {
    expect(relatedReleases(release('/nl/2019/z/', '2019-01-01', ['none'], ['nobody']), candidates)).toEqual(
      [],
    );
  });
});

describe('shareLinks', () => {
  it('links to e-mail and the networks’ own share pages with the address encoded', () => {
    const links = shareLinks('https://press.example/nl/2023/a/', 'Titel & meer', 'nl');
    expect(links.map((l) => l.name)).toEqual(['E-mail', 'LinkedIn', 'Bluesky', 'X']);
    expect(links[0]!.href).toBe(
      'mailto:?subject=Titel%20%26%20meer&body=https%3A%2F%2Fpress.example%2Fnl%2F2023%2Fa%2F',
    );
    for (const link of links.slice(1)) expect(link.href).toMatch(/^https:\/\/[^/]+\/.*press\.example/);
  });
});

describe('pressKitContents', () => {
  it('names what the kit holds in one phrase', () => {
    expect(pressKitContents({ figures: true, images: true }, 'nl')).toBe(
      'Tekst, kerncijfers en originele beelden',
    );
    expect(pressKitContents({ figures: false, images: true }, 'en')).toBe('Text and original images');
    expect(pressKitContents({ figures: false, images: false }, 'de')).toBe('Text');
  });
});
