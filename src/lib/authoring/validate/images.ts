/**
 * Images a release points at, in its front-matter or its text: a raster file inside the
 * content folder, whose bytes really are an image. The build fails on anything else with a
 * message that does not name the release; an SVG would even be published as a document that
 * can run script.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { imageSize } from 'image-size';

/** The bytes of a file under the content folder, or undefined when there is none. */
export type FileReader = (path: string) => Uint8Array | undefined;

/** Reads files under `dir` from disk. */
export function diskReader(dir: string): FileReader {
  return (path) => {
    try {
      return readFileSync(join(dir, path));
    } catch {
      return undefined;
    }
  };
}

/** File names of the raster formats the build's image pipeline reads. */
const RASTER_NAME = /\.(avif|gif|jpe?g|png|tiff?|webp)$/i;
/** The same formats as image-size names them when it reads the bytes. */
const RASTER_TYPES = new Set(['avif', 'gif', 'jpg', 'png', 'tiff', 'webp']);
const EXPECTED = 'expected a .jpg, .png, .webp, .avif, .gif or .tiff file';

/**
 * Checks images, remembering each file's verdict: many releases share one image.
 * @example new ImageChecker(diskReader('content'), (p) => `content/${p}`).problem('../../../images/logo.svg', 'releases/nl/2023/x.md') // '"../../../images/logo.svg" is an SVG; …'
 */
export class ImageChecker {
  private readonly verdicts = new Map<string, string | undefined>();

  constructor(
    private readonly read: FileReader,
    /** A path under the content folder as the author sees it (`content/images/x.jpg`). */
    private readonly display: (path: string) => string,
  ) {}

  /** What is wrong with image `src` of the release at `releaseRel` (both as written), or undefined. */
  problem(src: string, releaseRel: string): string | undefined {
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) {
      return `expected an image file in the content folder, got the address "${src}"; save the image in content/images/ and give its path relative to the release file`;
    }
    if (src.startsWith('/')) {
      return `expected a path relative to the release file (like ../../../images/photo.jpg), got "${src}"`;
    }
    if (/\.svgz?$/i.test(src)) {
      return `"${src}" is an SVG, which can carry script; expected a raster image: export it as PNG`;
    }
    if (!RASTER_NAME.test(src)) return `${EXPECTED}, got "${src}"`;
    const path = posix.normalize(posix.join(posix.dirname(releaseRel), src));
    if (path.startsWith('../')) {
      return `"${src}" points outside the content folder; expected an image in content/images/`;
    }
    if (!this.verdicts.has(path)) this.verdicts.set(path, this.inspect(path));
    const verdict = this.verdicts.get(path);
    return verdict?.replaceAll('\u0000', src);
  }

  /** The verdict on one file's bytes; `\u0000` stands for the `src` it was named by. */
  private inspect(path: string): string | undefined {
    const bytes = this.read(path);
    if (!bytes) {
      return `image not found: "\u0000" (looked for ${this.display(path)}); expected a path relative to the release file`;
    }
    const type = imageType(bytes);
    if (type === 'svg')
      return `"\u0000" holds an SVG, which can carry script; expected a raster image: export it as PNG`;
    if (!type || !RASTER_TYPES.has(type)) {
      return `"\u0000" is not an image that the site can publish (${type ? `a ${type.toUpperCase()} file` : 'its bytes are no known image format'}); ${EXPECTED}`;
    }
    return undefined;
  }
}

/**
 * The format of a file from its first bytes (its magic number), not its name; undefined when no
 * known image format matches. An SVG without a size is still recognised as one.
 */
export function imageType(bytes: Uint8Array): string | undefined {
  try {
    return imageSize(bytes).type;
  } catch {
    // image-size gives up on an SVG it cannot measure; its markup still gives it away.
    const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096));
    return /<svg[\s>]/i.test(head) ? 'svg' : undefined;
  }
}
