import { beforeAll, describe, expect, it } from 'vitest';
import { pngSize, sanitiseSvg, svgSize } from '~/lib/outputs/logo';

describe('logo size', () => {
  it('reads an SVG’s width and height, else its viewBox', () => {
    expect(svgSize('<svg xmlns="http://www.w3.org/2000/svg" width="240" height="80px">')).toEqual({
      width: 240,
      height: 80,
    });
    expect(svgSize('<?xml version="1.0"?>\n<svg viewBox="0 0 120 40" width="100%">')).toEqual({
      width: 120,
      height: 40,
    });
    expect(svgSize('<svg>')).toBeUndefined();
  });

  it('reads a PNG’s header', () => {
    const png = Buffer.alloc(24);
    png.write('\x89PNG\r\n\x1a\n', 0, 'latin1');
    png.write('IHDR', 12, 'latin1');
    png.writeUInt32BE(300, 16);
    png.writeUInt32BE(90, 20);
    expect(pngSize(png)).toEqual({ width: 300, height: 90 });
    expect(pngSize(Buffer.from('not a png'))).toBeUndefined();
  });
});

describe('sanitiseSvg', () => {
  // The first call loads jsdom, which takes seconds on a busy machine.
  beforeAll(() => sanitiseSvg('<svg></svg>'), 60_000);

  it('removes scripts, event handlers, javascript: links and foreign content, and says so', async () => {
    const { svg, removed } = await sanitiseSvg(
      `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(1)">` +
        `<script>alert(2)</script><a href="javascript:alert(3)"><rect width="10" height="10" fill="#8c1d2f"/></a>` +
        `<foreignObject><iframe src="https://evil.example/"></iframe></foreignObject></svg>`,
    );
    expect(svg).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><a><rect width="10" height="10" fill="#8c1d2f"></rect></a></svg>\n',
    );
    expect(removed).toEqual(expect.arrayContaining(['onload=', '<script>', 'href=', '<foreignobject>']));
  });

  it('keeps a plain logo as it is, and valid XML', async () => {
    const { svg, removed } = await sanitiseSvg(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><title>A\u00a0B</title><circle cx="2" cy="2" r="2"/></svg>',
    );
    expect(removed).toEqual([]);
    expect(svg).toContain('<title>A&#160;B</title><circle cx="2" cy="2" r="2"></circle>');
  });

  it('refuses a file that is no SVG', async () => {
    await expect(sanitiseSvg('<p>hello</p>')).rejects.toThrow(/expected an SVG/);
  });
});
