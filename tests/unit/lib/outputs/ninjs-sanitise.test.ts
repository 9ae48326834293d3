/** D4: the ninjs body is sanitised, because partners' systems show it without a CSP. */
import { describe, expect, it } from 'vitest';
import { sanitiseBody, toNinjs, type NinjsInput } from '~/lib/outputs/ninjs';

describe('sanitiseBody', () => {
  it('removes script, handlers, comments, meta refresh and javascript: links', () => {
    const html = [
      '<h2 id="lees-meer">Lees meer <meta http-equiv="refresh" content="0;url=https://evil.example/"></h2>',
      '<p onclick="alert(1)">Tekst <a href="javascript:alert(3)">klik</a><script>alert(2)</script></p>',
      '<!-- INTERNCOMMENT: koopsom 999 miljoen -->',
      '<iframe src="https://evil.example"></iframe><img src="x" onerror="alert(1)">',
    ].join('');
    const clean = sanitiseBody(html);
    for (const bad of [
      'meta',
      'refresh',
      'onclick',
      'javascript:',
      'script',
      'INTERNCOMMENT',
      'iframe',
      'onerror',
    ]) {
      expect(clean, bad).not.toContain(bad);
    }
    expect(clean).toBe('<h2 id="lees-meer">Lees meer </h2><p>Tekst <a>klik</a></p><img src="x">');
  });

  it('keeps what a release body is made of', () => {
    const html =
      '<p>CO<sub>2</sub>, m<sup>2</sup><br><a href="https://noordwind.example">site</a> <a href="tel:+31501234567">bel</a> <a href="mailto:pers@noordwind.example">mail</a></p><ul><li><strong>a</strong> <em>b</em></li></ul><img src="/_astro/park.webp" alt="Park" width="800" height="600">';
    expect(sanitiseBody(html)).toBe(html);
  });

  it('is what ninjs carries', () => {
    const input: NinjsInput = {
      url: 'https://press.example/nl/2025/x/',
      language: 'nl',
      title: 'Zonnepark',
      highlights: [],
      published: '2025-03-04T10:00:00+01:00',
      location: 'Groningen',
      bodyHtml: '<p>Tekst<script>alert(1)</script></p>',
      translationKey: 'x',
      companies: [],
      topics: [],
      contacts: [],
      images: [],
    };
    expect(toNinjs(input).bodies).toEqual([
      { role: 'main', contentType: 'text/html', value: '<p>Tekst</p>' },
    ]);
  });
});
