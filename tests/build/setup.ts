/**
 * Global setup of the `build` project: builds the fixture site once for every build test that
 * only reads it (site, claims, exports, archive). Tests read it through tests/helpers/fixture-site.ts.
 */
import type { TestProject } from 'vitest/node';
import { buildSite, fixtureContent, removeBuild } from '../helpers/build';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built fixture site. */
    fixtureOutDir: string;
    /** Everything the fixture build printed. */
    fixtureOutput: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const build = await buildSite(fixtureContent);
  if (!build.ok) throw new Error(`fixture build failed:\n${build.output}`);
  project.provide('fixtureOutDir', build.outDir);
  project.provide('fixtureOutput', build.output);
  return () => removeBuild(build);
}
