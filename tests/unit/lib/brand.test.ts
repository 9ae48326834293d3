import { describe, expect, it } from 'vitest';
import { brandCss } from '~/lib/brand';

describe('brandCss', () => {
  it('sets the brand, the text on it and the accent as custom properties', () => {
    expect(brandCss({ brand: '#8c1d2f', accent: '#1d5c3a' })).toBe(
      ':root {\n  --brand: #8c1d2f;\n  --brand-ink: #ffffff;\n  --accent: #1d5c3a;\n}\n',
    );
  });

  it('uses the brand colour as accent when there is none', () => {
    expect(brandCss({ brand: '#0b5d3b' })).toContain('--accent: #0b5d3b;');
  });

  it('lets nothing but a hex colour into the stylesheet', () => {
    expect(() => brandCss({ brand: 'red; } body { display: none' })).toThrow(/expected hex/);
  });
});
