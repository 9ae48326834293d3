/**
 * What a release is made of on disk and once rendered: the original files of its images, and
 * its body as HTML (Markdown and MDX alike). The press kit and the page's download sizes read
 * them here.
 */
import { render } from 'astro:content';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import mdxRenderer from '@astrojs/mdx/server.js';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Release, ReleaseEntry } from '~/lib/model/catalogue';

type ReleaseImage = ReleaseEntry['data']['images'][number];

/** An image's original file, as the author added it. */
export interface OriginalImage {
  /** Absolute path of the source file. */
  path: string;
  /** A file name unique within the release: the source's own, numbered when two share one. */
  fileName: string;
}

/**
 * File names unique within one release: the second `foto.jpg` becomes `foto-2.jpg`.
 * @example uniqueFileNames(['/a/foto.jpg', '/b/foto.jpg']) // ['foto.jpg', 'foto-2.jpg']
 */
export function uniqueFileNames(paths: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return paths.map((path) => {
    const name = basename(path);
    const count = (seen.get(name.toLowerCase()) ?? 0) + 1;
    seen.set(name.toLowerCase(), count);
    if (count === 1) return name;
    const ext = extname(name);
    return `${name.slice(0, name.length - ext.length)}-${count}${ext}`;
  });
}

/**
 * The source file behind an image of the release. Astro's image metadata carries it as
 * `fsPath` on the server (not in its public type); without it no original can be offered.
 */
function sourcePath(image: ReleaseImage, release: Release): string {
  const path = (image.src as { fsPath?: unknown }).fsPath;
  if (typeof path !== 'string') {
    throw new Error(
      `${release.entry.filePath ?? release.id}: images: Astro gave no source file for ${image.src.src}; the press kit and download sizes need it (src/lib/model/files.ts)`,
    );
  }
  return path;
}

/** The original files of a release's images, in front-matter order. */
export function originalImages(release: Release): OriginalImage[] {
  const paths = release.entry.data.images.map((image) => sourcePath(image, release));
  const names = uniqueFileNames(paths);
  return paths.map((path, i) => ({ path, fileName: names[i]! }));
}

/** The byte size of each original image, in front-matter order. */
export function originalSizes(images: readonly OriginalImage[]): Promise<number[]> {
  return Promise.all(images.map(async (image) => (await stat(image.path)).size));
}

/** The bytes of an original image. */
export function originalBytes(image: OriginalImage): Promise<Uint8Array> {
  return readFile(image.path);
}

let container: Promise<AstroContainer> | undefined;

/**
 * A release's body as HTML, as its page shows it. Markdown is rendered when the collection
 * loads; MDX only renders inside a page, so it is rendered here through Astro's container.
 */
export async function bodyHtml(release: Release): Promise<string> {
  const rendered = release.entry.rendered?.html;
  if (rendered !== undefined) return rendered;
  container ??= AstroContainer.create().then((c) => {
    c.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
    return c;
  });
  const { Content } = await render(release.entry);
  return (await container).renderToString(Content);
}
