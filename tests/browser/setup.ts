/**
 * Global setup of the `browser` project: builds the real example site once and serves it
 * on 127.0.0.1 at a random free port. Tests read `inject('baseUrl')` and `inject('outDir')`.
 * The second newsroom (German and English, its own name and colours) is built and served
 * beside it: `inject('newsroomUrl')`, `inject('newsroomDir')`.
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, removeBuild, root } from '../helpers/build';
import { serveStatic } from '../../scripts/lib/serve';
import { chromiumPath } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the static server, without a trailing slash, e.g. `http://127.0.0.1:41234`. */
    baseUrl: string;
    /** The built site that is being served. */
    outDir: string;
    /** The second newsroom (tests/fixtures/newsroom-de): its origin and its built site. */
    newsroomUrl: string;
    newsroomDir: string;
  }
}

// The same server `npm run screenshots` uses: production headers, index files, the 404 page.
export { serveStatic } from '../../scripts/lib/serve';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}: apt-get install -y chromium, or set CHROMIUM_PATH`,
    );
  }
  // Strict: the example content must mention every key figure it claims.
  const build = await buildSite(join(root, 'content'), { PRESS_STRICT: '1' });
  if (!build.ok) throw new Error(`build of the example site failed:\n${build.output}`);

  const newsroom = await buildSite(join(root, 'tests/fixtures/newsroom-de/content'));
  if (!newsroom.ok) throw new Error(`build of the second newsroom failed:\n${newsroom.output}`);

  const [server, newsroomServer] = [serveStatic(build.outDir), serveStatic(newsroom.outDir)];
  const origin = async (s: Server) => {
    await new Promise<void>((resolve, reject) => {
      s.once('error', reject);
      s.listen(0, '127.0.0.1', () => resolve());
    });
    return `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
  };

  project.provide('baseUrl', await origin(server));
  project.provide('outDir', build.outDir);
  project.provide('newsroomUrl', await origin(newsroomServer));
  project.provide('newsroomDir', newsroom.outDir);

  return async () => {
    for (const s of [server, newsroomServer]) {
      s.closeAllConnections();
      await new Promise<void>((resolve, reject) => s.close((error) => (error ? reject(error) : resolve())));
    }
    await Promise.all([removeBuild(build), removeBuild(newsroom)]);
  };
}
