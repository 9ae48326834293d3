/** The fixture site, built once per test run by tests/build/setup.ts, and its pages read once each. */
import { load, type CheerioAPI } from 'cheerio';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inject } from 'vitest';
import { readPage, type BuildResult } from './build';

/** Paths of the fixture's releases that several tests read. */
export const ORIGIN = 'https://perskamer.example.org';
export const NL = '/nl/2023/jaarcijfers/';
export const NL_ONLY = '/nl/2024/alleen-nederlands/';
export const EN = '/en/2023/annual-results/';
export const EN_MDX = '/en/2024/mdx-release/';
export const FR = '/fr/2023/resultats-annuels/';

/** The shared fixture build. */
export function fixtureBuild(): BuildResult {
  return { ok: true, outDir: inject('fixtureOutDir'), output: inject('fixtureOutput') };
}

const pages = new Map<string, CheerioAPI>();
/** A built page of any build, parsed once. */
export async function pageOf(build: BuildResult, path: string): Promise<CheerioAPI> {
  const key = `${build.outDir}${path}`;
  if (!pages.has(key)) pages.set(key, load(await readPage(build.outDir, path)));
  return pages.get(key)!;
}

/** A file of a build, as text. */
export function fileOf(build: BuildResult, path: string): Promise<string> {
  return readFile(join(build.outDir, path), 'utf8');
}
