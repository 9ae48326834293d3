/**
 * The newsroom's colours as CSS custom properties, for the generated stylesheet that the site
 * integration bundles with global.css. Loaded by astro.config.mjs: imports stay relative.
 */
import { HEX_COLOUR, SURFACES } from './contrast';

/**
 * A stylesheet that sets `--brand`, `--brand-ink` (text on the brand colour) and `--accent`.
 * Only hex colours pass, so nothing else can reach the CSS.
 * @example brandCss({ brand: '#0b5d3b' }) // ':root {\n  --brand: #0b5d3b;\n  --brand-ink: #ffffff;\n  --accent: #0b5d3b;\n}\n'
 */
export function brandCss(colors: { brand: string; accent?: string | undefined }): string {
  const accent = colors.accent ?? colors.brand;
  for (const value of [colors.brand, accent]) {
    if (!HEX_COLOUR.test(value)) throw new Error(`brand colour: expected hex like "#0b5d3b", got "${value}"`);
  }
  return `:root {\n  --brand: ${colors.brand};\n  --brand-ink: ${SURFACES.paper};\n  --accent: ${accent};\n}\n`;
}
