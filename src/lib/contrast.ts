/**
 * WCAG 2.x contrast between two sRGB colours, for the brand colours of `content/site.yaml`.
 * Pure and dependency-free: the site configuration (and so astro.config.mjs) loads it.
 */

/** A colour as `#rgb` or `#rrggbb`. */
export const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** WCAG AA for normal text (success criterion 1.4.3). */
export const AA_TEXT = 4.5;

/**
 * The colours the site puts brand-coloured text on and white text on brand colours:
 * the page (`--paper`) and the tinted panels (`--tint`) of src/styles/global.css.
 * A unit test keeps these equal to the stylesheet.
 */
export const SURFACES = { paper: '#ffffff', tint: '#f3f6f8' } as const;

/** `#rgb` or `#rrggbb` as 0–255 channels. */
function channels(hex: string): [number, number, number] {
  const digits = hex.slice(1);
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

/**
 * Relative luminance as WCAG defines it (0 for black, 1 for white).
 * @example relativeLuminance('#ffffff') // 1
 */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The contrast ratio of two colours, from 1 (none) to 21 (black on white).
 * @example contrastRatio('#777777', '#ffffff') // 4.478…
 */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * A ratio as people read it, rounded down so that a colour just under the bar never reads as
 * passing it.
 * @example formatRatio(4.4999) // '4.49:1'
 */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}

/**
 * The lowest contrast of `colour` with white text on it and as text on the site's surfaces,
 * or undefined when it meets WCAG AA everywhere.
 * @example poorContrast('#0b4f7c') // undefined
 * @example poorContrast('#7fb4e0') // { ratio: 2.08…, against: 'white text' }
 */
export function poorContrast(colour: string): { ratio: number; against: string } | undefined {
  const checks = [
    { against: 'white text', ratio: contrastRatio(colour, SURFACES.paper) },
    { against: `the tinted background ${SURFACES.tint}`, ratio: contrastRatio(colour, SURFACES.tint) },
  ];
  const worst = checks.reduce((a, b) => (b.ratio < a.ratio ? b : a));
  return worst.ratio < AA_TEXT ? worst : undefined;
}
