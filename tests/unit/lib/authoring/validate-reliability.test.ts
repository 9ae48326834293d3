/**
 * The reliability review's reproductions (issue 9), each as `npm run validate` sees it:
 * the same files, the same words, the finding that now stops the build.
 */
import { describe, expect, it } from 'vitest';
import { formatFinding, validateContent, type ContentFile } from '~/lib/authoring/validate';
import { PNG } from '../../../helpers/images';

const NOW = new Date('2026-12-01T09:00:00+01:00');

const data: ContentFile[] = [
  {
    rel: 'companies/noordwind-energie.yaml',
    text: 'name: Noordwind Energie\nwebsite: https://noordwind.example\nboilerplate:\n  nl: ["Noordwind Energie is een coöperatie."]\n  en: ["Noordwind Energie is a cooperative."]\n',
  },
  { rel: 'topics.yaml', text: '- { id: energy, label: { nl: Energie, en: Energy } }\n' },
];

const release = (body: string, fields = '') => `---
title: "Noordwind Energie opent zonnepark"
date: 2025-03-04T10:00:00+01:00
location: Groningen
company: noordwind-energie
${fields}---

${body}
`;

/** Runs validate over the data files plus `files`; images named in `images` exist with `bytes`. */
function validate(files: ContentFile[], images: Record<string, Uint8Array> = {}) {
  return validateContent([...data, ...files], {
    dir: 'content',
    now: NOW,
    timeZone: 'Europe/Amsterdam',
    readFile: (path) => images[path],
  });
}

const lines = (files: ContentFile[], images?: Record<string, Uint8Array>) =>
  validate(files, images).map(formatFinding);
const errors = (files: ContentFile[], images?: Record<string, Uint8Array>) =>
  validate(files, images)
    .filter((f) => f.severity === 'error')
    .map(formatFinding);

const NL = 'releases/nl/2025/xml-breker.md';

describe('D3: HTML comments in a body', () => {
  const body = `Tekst.

<!-- INTERNCOMMENT: koopsom 999 miljoen, niet publiceren -->

<!--
TODO check, then delete this comment. Cut out of bericht.txt:
Press contact in the text.
Jan Geheim, privé 06-12345678, jan.geheim@example.com
-->`;

  it('a TODO in a release that would be public is an error, every occurrence listed', () => {
    const found = errors([
      { rel: NL, text: release(`TODO eerste alinea.\n\n${body}`, 'subtitle: "TODO kop"\n') },
    ]);
    expect(found).toEqual([
      'content/releases/nl/2025/xml-breker.md:6:11: error: subtitle: still contains "TODO kop"; expected the TODO done and removed before publishing (a draft may keep it)',
      'content/releases/nl/2025/xml-breker.md:9:1: error: (text): still contains "TODO eerste alinea."; expected the TODO done and removed before publishing (a draft may keep it)',
      'content/releases/nl/2025/xml-breker.md:16:1: error: (text): still contains "TODO check, then delete this comment. Cu…"; expected the TODO done and removed before publishing (a draft may keep it)',
    ]);
  });

  it('a draft may keep its TODOs and its comments', () => {
    expect(lines([{ rel: NL, text: release(body, 'draft: true\n') }])).toEqual([]);
  });

  it('an unclosed "<!--" is an error, in drafts too, wherever it stands', () => {
    const block = release('First paragraph.\n\n<!-- never closed\n\nLast paragraph.', 'draft: true\n');
    const inline = release('First <!-- never closed, then the last words.', 'draft: true\n');
    expect(errors([{ rel: NL, text: block }])).toEqual([
      'content/releases/nl/2025/xml-breker.md:11:1: error: (text): unclosed HTML comment: "<!--" without "-->"; everything after it would vanish from the page (close it with "-->" or remove it)',
    ]);
    expect(errors([{ rel: NL, text: inline }])).toHaveLength(1);
  });
});

describe('D4: outside text that would become live HTML', () => {
  it('refuses the heading that redirected Chromium, and javascript: links', () => {
    const text = release(
      'Noordwind Energie opent vandaag een zonnepark.\n\n## Lees meer <meta http-equiv="refresh" content="0;url=https://evil.example/">\n\nDe bouw duurde een jaar. [klik](javascript:alert(3))',
      'draft: true\n',
    );
    expect(errors([{ rel: NL, text }])).toEqual([
      'content/releases/nl/2025/xml-breker.md:11:14: error: (text): raw HTML <meta> is not allowed in a release; expected Markdown (only <sub>, <sup>, <br> may be written as HTML)',
      'content/releases/nl/2025/xml-breker.md:13:26: error: (text): a link to "javascript:alert(3)" uses "javascript:"; expected a link starting with http:, https:, mailto:, tel: (or a relative link)',
    ]);
  });

  it('refuses every element of the review’s list, handlers and protocols, in HTML, autolinks and references', () => {
    const body = [
      '<script>alert(1)</script>',
      '<iframe src="https://evil.example"></iframe>',
      '<a href="javascript:alert(2)">x</a>',
      'Een <img src=x onerror=alert(1)> beeld.',
      '<style>p { color: red }</style>',
      '<form action="https://evil.example/"><button>Go</button></form>',
      'Een <sub onclick="alert(1)">2</sub>.',
      'Zie <data:text/html,hi> en [ref].',
      '',
      '[ref]: vbscript:msgbox',
    ].join('\n\n');
    const messages = validate([{ rel: NL, text: release(body, 'draft: true\n') }]).map((f) => f.message);
    for (const expected of [
      'raw HTML <script> is not allowed',
      'raw HTML <iframe> is not allowed',
      'raw HTML <a> is not allowed',
      '<a href="javascript:alert(2)"> uses "javascript:"',
      'raw HTML <img> is not allowed',
      'the attribute "onerror" on <img> is not allowed: it runs script',
      'raw HTML <style> is not allowed',
      'raw HTML <form> is not allowed',
      'raw HTML <button> is not allowed',
      'the attribute "onclick" on <sub> is not allowed: it runs script',
      'a link to "data:text/html,hi" uses "data:"',
      'a link to "vbscript:msgbox" uses "vbscript:"',
    ]) {
      expect(
        messages.some((m) => m.startsWith(expected)),
        expected,
      ).toBe(true);
    }
  });

  it('allows sub, sup, br, http(s), mailto, tel, relative links, and < inside code', () => {
    const body =
      'CO<sub>2</sub> en m<sup>2</sup><br>\n[site](https://noordwind.example), <mailto:pers@noordwind.example>, [bel](tel:+31501234567), [figuur](#figure-x), https://noordwind.example.\n\n`<script>` is code, and so is:\n\n```html\n<!-- not a comment -->\n<meta http-equiv="refresh">\n```';
    expect(lines([{ rel: NL, text: release(body) }])).toEqual([]);
  });

  it('checks MDX: HTML elements follow the allow-list, components may stay, syntax errors are named', () => {
    const mdx = (body: string) => [
      { rel: 'releases/nl/2025/xml-breker.mdx', text: release(body, 'draft: true\n') },
    ];
    expect(errors(mdx('Een <Chart data={[1, 2]} /> en CO<sub>2</sub>.'))).toEqual([]);
    expect(errors(mdx('<iframe src="https://evil.example" />'))).toEqual([
      'content/releases/nl/2025/xml-breker.mdx:9:1: error: (text): raw HTML <iframe> is not allowed in a release; expected Markdown (only <sub>, <sup>, <br> may be written as HTML)',
    ]);
    expect(errors(mdx('<Button onClick={() => go()} href="javascript:go()">x</Button>'))).toHaveLength(2);
    expect(errors(mdx('Tekst <!-- comment -->'))[0]).toMatch(
      /xml-breker\.mdx:9:\d+: error: \(text\): MDX syntax: /,
    );
  });
});

describe('D5 and D12: images', () => {
  const SVG = new TextEncoder().encode(
    '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>',
  );
  const TEXT = new TextEncoder().encode('this is a text file, not a photo');

  it('refuses an SVG body image with "export it as PNG", naming the release and the line', () => {
    const text = release('![Logo](../../../images/evil.svg)', 'draft: true\n');
    expect(errors([{ rel: NL, text }], { 'images/evil.svg': SVG })).toEqual([
      'content/releases/nl/2025/xml-breker.md:9:1: error: (text): image: "../../../images/evil.svg" is an SVG, which can carry script; expected a raster image: export it as PNG',
    ]);
  });

  it('refuses an SVG in images, and an SVG disguised as .png', () => {
    const fields = (src: string) => `draft: true\nimages:\n  - { src: ${src}, alt: Logo }\n`;
    expect(errors([{ rel: NL, text: release('Tekst.', fields('../../../images/evil.svg')) }])[0]).toContain(
      'error: image 1, src: "../../../images/evil.svg" is an SVG, which can carry script; expected a raster image: export it as PNG',
    );
    expect(
      errors([{ rel: NL, text: release('Tekst.', fields('../../../images/logo.png')) }], {
        'images/logo.png': SVG,
      })[0],
    ).toContain('"../../../images/logo.png" holds an SVG');
  });

  it('a non-image named .jpg fails, naming the release and the field', () => {
    const fields = 'images:\n  - { src: ../../../images/notimage.jpg, alt: Foto }\n';
    expect(errors([{ rel: NL, text: release('Tekst.', fields) }], { 'images/notimage.jpg': TEXT })).toEqual([
      'content/releases/nl/2025/xml-breker.md:7:12: error: image 1, src: "../../../images/notimage.jpg" is not an image that the site can publish (its bytes are no known image format); expected a .jpg, .png, .webp, .avif, .gif or .tiff file',
    ]);
  });

  it('a missing body image is named, and real images pass', () => {
    const text = release(
      '![Park](../../../images/park.png)\n\n![Weg](../../../images/weg.jpg)',
      'draft: true\n',
    );
    expect(errors([{ rel: NL, text }], { 'images/park.png': PNG })).toEqual([
      'content/releases/nl/2025/xml-breker.md:11:1: error: (text): image: image not found: "../../../images/weg.jpg" (looked for content/images/weg.jpg); expected a path relative to the release file',
    ]);
  });

  it('refuses images outside the content folder and on other sites', () => {
    const text = release(
      '![a](../../../../../../../../etc/passwd.jpg) ![b](https://evil.example/x.jpg) ![c](/etc/x.png)',
      'draft: true\n',
    );
    expect(validate([{ rel: NL, text }]).map((f) => f.message.replace(/^image: /, '').split(';')[0])).toEqual(
      [
        '"../../../../../../../../etc/passwd.jpg" points outside the content folder',
        'expected an image file in the content folder, got the address "https://evil.example/x.jpg"',
        'expected a path relative to the release file (like ../../../images/photo.jpg), got "/etc/x.png"',
      ],
    );
  });
});

describe('D7: control characters', () => {
  it('are refused in a title, naming the field and the character', () => {
    const text = release('Tekst.').replace(
      'title: "Noordwind Energie opent zonnepark"',
      'title: "CDATA einde ]]> en backspace \\b en VT \\v en \\u0001 einde"',
    );
    expect(errors([{ rel: NL, text }])).toEqual([
      'content/releases/nl/2025/xml-breker.md:2:8: error: title: contains the invisible control character U+0008 (character 30), which breaks the RSS and Atom feeds; remove it',
    ]);
  });
});

describe('D8: file names', () => {
  it('a name outside [a-z0-9-] is an error with the suggested name, NFD and NFC alike', () => {
    const nfd = 'Ünïcödé-bericht-nfd'.normalize('NFD');
    const found = errors([
      { rel: `releases/nl/2025/${nfd}.md`, text: release('Tekst.') },
      { rel: 'releases/nl/2025/Mijn Bericht.md', text: release('Tekst.', 'translationKey: other\n') },
    ]);
    expect(found).toEqual([
      `content/releases/nl/2025/Mijn Bericht.md:1:1: error: (path): file name "Mijn Bericht.md" may hold only lowercase letters a-z, digits and hyphens; rename it to "mijn-bericht.md"`,
      `content/releases/nl/2025/${nfd}.md:1:1: error: (path): file name "${nfd}.md" may hold only lowercase letters a-z, digits and hyphens; rename it to "unicode-bericht-nfd.md"`,
    ]);
  });

  it('an NFC and an NFD file of one name share a URL: both are found', () => {
    const name = 'Ünïcödé';
    const found = errors([
      { rel: `releases/nl/2025/${name.normalize('NFC')}.md`, text: release('Tekst.') },
      {
        rel: `releases/nl/2025/${name.normalize('NFD')}.md`,
        text: release('Tekst.', 'translationKey: other\n'),
      },
    ]);
    expect(found.filter((f) => f.includes('has the same URL as'))).toHaveLength(1);
  });
});

describe('D11: company website', () => {
  it('accepts http(s) only', () => {
    const company = (website: string) => [
      { rel: 'companies/noordwind-energie.yaml', text: `name: Noordwind Energie\nwebsite: "${website}"\n` },
    ];
    for (const website of ["javascript:alert('WEBSITE')", 'data:text/html,hi', 'ftp://noordwind.example']) {
      expect(errors(company(website)), website).toEqual([
        'content/companies/noordwind-energie.yaml:2:10: error: website: expected a web address starting with https:// (or http://), like https://noordwind.example',
      ]);
    }
    expect(errors(company('https://noordwind.example'))).toEqual([]);
  });
});

describe('D12: a YAML alias bomb', () => {
  it('names the file, and every other finding survives', () => {
    const levels = ['lol: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const next = String.fromCharCode(97 + i);
      levels.push(`${next}: &${next} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const found = errors([
      { rel: 'companies/lol-bomb.yaml', text: `name: Bom\n${levels.join('\n')}\n` },
      { rel: NL, text: release('Tekst.').replace('company: noordwind-energie', 'company: noordwind-enrgie') },
    ]);
    expect(found).toEqual([
      expect.stringMatching(
        /^content\/companies\/lol-bomb\.yaml:1:1: error: \(yaml\): YAML could not be read: Excessive alias count/,
      ),
      'content/releases/nl/2025/xml-breker.md:5:10: error: company: unknown company "noordwind-enrgie"; expected one of: lol-bomb, noordwind-energie',
    ]);
  });
});

describe('D17 and D19: unfinished work and notes not for publication', () => {
  it('"TODO translate:" left in a translation is an error for each field', () => {
    const text = release(
      'TODO translate: write the translated text here.',
      'subtitle: "TODO translate: Meer omzet"\nhighlights:\n  - "TODO translate: Groei"\n',
    ).replace('releases/nl', 'releases/en');
    const found = errors([{ rel: 'releases/en/2025/solar-park.md', text }]);
    expect(found.map((f) => f.split(': error: ')[1]!.split(':')[0])).toEqual([
      'subtitle',
      'highlight 1',
      '(text)',
    ]);
  });

  it('a "not for publication" note in a public release is an error, in every language', () => {
    const body = [
      '## Noot voor de redactie, niet voor publicatie',
      'Note to editors, not for publication.',
      'Hinweis an die Redaktion, nicht zur Veröffentlichung.',
      'Note aux rédactions, ne pas publier. Pas pour publication.',
    ].join('\n\n');
    const found = errors([{ rel: NL, text: release(body) }]);
    expect(found.map((f) => /says "([^"]+)"/.exec(f)?.[1])).toEqual([
      'niet voor publicatie',
      'not for publication',
      'nicht zur Veröffentlichung',
      'ne pas publier',
      'Pas pour publication',
    ]);
    expect(found[0]).toBe(
      'content/releases/nl/2025/xml-breker.md:8:27: error: (text): says "niet voor publicatie": text marked as not for publication would be published; expected it removed (a note to editors comes from content/companies/)',
    );
    expect(errors([{ rel: NL, text: release(body, 'draft: true\n') }])).toEqual([]);
  });
});

describe('every occurrence', () => {
  it('is listed even when two fields say the same', () => {
    const text = release('Tekst.', 'highlights:\n  - "TODO translate: Groei"\n  - "TODO translate: Groei"\n');
    expect(errors([{ rel: NL, text }]).map((f) => f.split(': error: ')[1]!.split(':')[0])).toEqual([
      'highlight 1',
      'highlight 2',
    ]);
  });
});
