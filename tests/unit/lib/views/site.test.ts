/** The newsroom's chrome, on the example content's site.yaml. */
import { describe, expect, it } from 'vitest';
import { documentTitle, siteView } from '~/lib/views/site';

describe('siteView', () => {
  it('names the newsroom and shows its logo, as decoration next to the same name', () => {
    const view = siteView('en');
    expect(view.name).toBe('Perskamer');
    expect(view.logo).toMatchObject({
      src: expect.stringMatching(/^\/brand\/logo-[0-9a-f]{10}\.svg$/),
      alt: '',
    });
    expect(view.logo).toMatchObject({ width: 48, height: 48 });
  });

  it('lists the about and subscribe pages, then the configured links in the language’s words', () => {
    expect(siteView('de').links).toEqual([
      { href: '/de/about/', label: 'Über diesen Presseraum' },
      { href: '/de/subscribe/', label: 'Diesem Presseraum folgen' },
      { href: 'https://noordwind.example', label: 'Website' },
      { href: 'https://social.example/@noordwind', label: 'Mastodon' },
      { href: 'https://noordwind.example/privacy', label: 'Datenschutz' },
    ]);
  });
});

describe('documentTitle', () => {
  it('puts the newsroom after the page, and only once on a page titled with its name', () => {
    expect(documentTitle('Archive', 'en')).toBe('Archive · Perskamer');
    expect(documentTitle('Perskamer', 'en')).toBe('Perskamer');
  });
});
