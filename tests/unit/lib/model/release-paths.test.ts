/** The one module that owns where releases live and what their ids are. */
import { describe, expect, it } from 'vitest';
import {
  parseReleasePath,
  RELEASE_FILES,
  RELEASE_PAGES,
  releaseFileLang,
  releaseFilePath,
  releaseIdOf,
  releasePathProblems,
  underReleases,
} from '~/lib/model/releases';

describe('release paths', () => {
  it('read a release file into id, language, year, slug and extension', () => {
    expect(parseReleasePath('nl/2023/jaarcijfers.md')).toEqual({
      id: 'nl/2023/jaarcijfers',
      lang: 'nl',
      year: '2023',
      slug: 'jaarcijfers',
      ext: 'md',
    });
    expect(parseReleasePath('en/2024/mdx-release.mdx')?.ext).toBe('mdx');
    expect(releaseFilePath({ lang: 'en', year: '2026', slug: 'annual-results' }, 'mdx')).toBe(
      'en/2026/annual-results.mdx',
    );
  });

  it('name what is wrong, with the suggested file name (D8)', () => {
    expect(releasePathProblems('nl/2023/jaarcijfers.md')).toEqual([]);
    expect(releasePathProblems('nl/groei.md')).toEqual([
      'not built: expected releases/<lang>/<yyyy>/<slug>.md (a language folder, then a year folder)',
    ]);
    expect(releasePathProblems('xx/23/Groei Bericht.md')).toEqual([
      'unknown language folder "xx"; expected one of: nl, en, de, fr',
      'unknown year folder "23"; expected four digits like 2023',
      'file name "Groei Bericht.md" may hold only lowercase letters a-z, digits and hyphens; rename it to "groei-bericht.md"',
    ]);
    expect(releasePathProblems('fr/2023/.md')[0]).toContain('rename it after its headline');
    expect(parseReleasePath('nl/2023/Groei.md')).toBeUndefined();
  });

  it('give NFD and NFC names one ASCII id, so page, links and feeds agree', () => {
    const name = 'Ünïcödé-bericht-nfd';
    expect(releaseIdOf(`nl/2025/${name.normalize('NFD')}.md`)).toBe('nl/2025/unicode-bericht-nfd');
    expect(releaseIdOf(`nl/2025/${name.normalize('NFC')}.md`)).toBe('nl/2025/unicode-bericht-nfd');
    expect(releaseIdOf('nl/2023/jaarcijfers.mdx')).toBe('nl/2023/jaarcijfers');
  });

  it('find the part under releases/ and its language, whatever the separators', () => {
    expect(underReleases('/srv/releases/site/content/releases/de/2023/x.md')).toBe('de/2023/x.md');
    expect(releaseFileLang('C:\\x\\content\\releases\\fr\\2023\\a.mdx')).toBe('fr');
    expect(underReleases('/x/README.md')).toBeUndefined();
  });

  it('give the loader and the search indexer their globs', () => {
    expect(RELEASE_FILES).toBe('*/*/*.{md,mdx}');
    expect(RELEASE_PAGES).toBe('*/[0-9][0-9][0-9][0-9]/*/index.html');
  });
});
