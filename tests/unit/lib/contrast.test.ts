import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio, formatRatio, poorContrast, relativeLuminance, SURFACES } from '~/lib/contrast';

describe('relative luminance and contrast (WCAG 2.x)', () => {
  it('spans 0 to 1 and 1:1 to 21:1', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#fff')).toBe(1);
    expect(contrastRatio('#000', '#ffffff')).toBe(21);
    expect(contrastRatio('#0b4f7c', '#0b4f7c')).toBe(1);
  });

  it('matches published reference values, in either order', () => {
    // #767676 is the lightest grey that passes AA on white; #777777 just fails it.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#ffffff', '#777777')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#ff0000', '#ffffff')).toBeCloseTo(4.0, 2);
  });

  it('rounds a ratio down, so a colour just under 4.5 never reads as passing', () => {
    expect(formatRatio(4.4999)).toBe('4.49:1');
    expect(formatRatio(21)).toBe('21.00:1');
  });
});

describe('poorContrast', () => {
  it('accepts dark brand colours', () => {
    expect(poorContrast('#0b4f7c')).toBeUndefined();
    expect(poorContrast('#8c1d2f')).toBeUndefined();
  });

  it('names the lowest ratio and what it was measured against', () => {
    expect(poorContrast('#7fb4e0')).toEqual({
      ratio: expect.closeTo(2.04, 2) as number,
      against: 'the tinted background #f3f6f8',
    });
    // Passes on white (4.54) but not on the tint: links on tinted panels would fail.
    expect(poorContrast('#767676')?.ratio).toBeLessThan(4.5);
  });

  it('measures against the surfaces the stylesheet really has', () => {
    const css = readFileSync(join(import.meta.dirname, '../../../src/styles/global.css'), 'utf8');
    expect(css).toContain(`--paper: ${SURFACES.paper};`);
    expect(css).toContain(`--tint: ${SURFACES.tint};`);
  });
});
