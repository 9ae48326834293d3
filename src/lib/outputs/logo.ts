/**
 * The newsroom's logo as published: `/brand/logo-<hash>.<svg|png>`, an SVG sanitised first.
 * An SVG opened on its own runs its scripts on this site's origin, so nothing active may stay in it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DOMPurify } from 'dompurify';
import { contentDir, site } from '~/lib/config';

export interface LogoAsset {
  /** The file in the content folder. */
  source: string;
  /** Site-relative URL; the hash changes with the file, so it can be cached for good. */
  url: string;
  /** The file name under `/brand/`. */
  name: string;
  type: 'image/svg+xml' | 'image/png';
  /** Intrinsic size when the file states it, for width and height attributes (no layout shift). */
  size: { width: number; height: number } | undefined;
}

let cached: LogoAsset | undefined | null = null;

/** The configured logo, or undefined when the newsroom has none. */
export function logoAsset(): LogoAsset | undefined {
  if (cached !== null) return cached;
  const logo = site.logo;
  if (!logo) return (cached = undefined);
  const source = join(contentDir, logo.src);
  const bytes = readFileSync(source);
  const svg = /\.svg$/i.test(logo.src);
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 10);
  const name = `logo-${hash}.${svg ? 'svg' : 'png'}`;
  cached = {
    source,
    url: `/brand/${name}`,
    name,
    type: svg ? 'image/svg+xml' : 'image/png',
    size: svg ? svgSize(bytes.toString('utf8')) : pngSize(bytes),
  };
  return cached;
}

/**
 * Width and height from a PNG's header.
 * @example pngSize(readFileSync('logo.png')) // { width: 240, height: 80 }
 */
export function pngSize(bytes: Uint8Array): LogoAsset['size'] {
  const view = Buffer.from(bytes);
  if (view.length < 24 || view.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: view.readUInt32BE(16), height: view.readUInt32BE(20) };
}

/**
 * Width and height of an SVG: its `width` and `height` in px (or unitless), else its viewBox.
 * @example svgSize('<svg viewBox="0 0 120 40">') // { width: 120, height: 40 }
 */
export function svgSize(text: string): LogoAsset['size'] {
  const root = /<svg\b[^>]*>/i.exec(text)?.[0];
  if (!root) return undefined;
  const attr = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(root)?.[1];
  const px = (value: string | undefined) =>
    value && /^\s*\d+(\.\d+)?\s*(px)?\s*$/.test(value) ? parseFloat(value) : undefined;
  const width = px(attr('width'));
  const height = px(attr('height'));
  if (width && height) return { width: Math.round(width), height: Math.round(height) };
  const box = attr('viewBox')
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  if (box?.length === 4 && box[2]! > 0 && box[3]! > 0) {
    return { width: Math.round(box[2]!), height: Math.round(box[3]!) };
  }
  return undefined;
}

/**
 * Removes whatever could run or load from an SVG (scripts, event handlers, `javascript:` links,
 * foreign objects, external references, style sheets) with DOMPurify's SVG profile.
 * Returns the clean SVG and what was taken out, so the build can say so.
 */
export async function sanitiseSvg(text: string): Promise<{ svg: string; removed: string[] }> {
  purifier ??= loadPurifier();
  const purify = await purifier;
  const clean = purify.sanitize(text, { USE_PROFILES: { svg: true, svgFilters: true } });
  const removed = purify.removed
    .map((item) =>
      'element' in item ? `<${item.element.nodeName.toLowerCase()}>` : `${item.attribute?.name ?? '?'}=`,
    )
    // The HTML parser's own wrapper elements, not part of the file.
    .filter((name) => !['<html>', '<head>', '<body>'].includes(name));
  if (!/^<svg[\s>]/.test(clean)) throw new Error('expected an SVG file with an <svg> element');
  // HTML serialisation writes &nbsp;, which XML (an .svg file) does not know.
  return { svg: `${clean.replaceAll('&nbsp;', '&#160;')}\n`, removed: [...new Set(removed)] };
}

let purifier: Promise<DOMPurify> | undefined;

/** DOMPurify on a jsdom window, loaded only when a newsroom has an SVG logo: jsdom is large. */
async function loadPurifier(): Promise<DOMPurify> {
  const [{ JSDOM }, { default: createDOMPurify }] = await Promise.all([import('jsdom'), import('dompurify')]);
  return createDOMPurify(new JSDOM('').window);
}

/** The bytes to publish: the PNG as it is, the SVG sanitised (with a warning naming what went). */
export async function logoBytes(asset: LogoAsset, warn: (message: string) => void): Promise<Uint8Array> {
  const bytes = readFileSync(asset.source);
  if (asset.type !== 'image/svg+xml') return bytes;
  const { svg, removed } = await sanitiseSvg(bytes.toString('utf8'));
  if (removed.length > 0) {
    warn(
      `warning: ${asset.source}: logo: removed ${removed.join(', ')} when sanitising; expected a plain SVG (shapes with presentation attributes)`,
    );
  }
  return new TextEncoder().encode(svg);
}
