/**
 * Reads what the release loader decided (src/lib/model/build-report.ts) and acts on it in every
 * `astro build`, also one run without `npm run build`: a public build in which no release is
 * public stops before Astro writes anything, and a staff preview ends with a loud line.
 * Loaded by astro.config.mjs, so its imports stay relative (no `~/`).
 */
import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { allowEmpty } from '../lib/config';
import {
  BUILD_REPORT_FILE,
  emptySiteProblem,
  staffPreviewNotice,
  type BuildReport,
} from '../lib/model/build-report';

async function readReport(cacheDir: URL | undefined): Promise<BuildReport | undefined> {
  if (!cacheDir) return undefined;
  try {
    return JSON.parse(await readFile(new URL(BUILD_REPORT_FILE, cacheDir), 'utf8')) as BuildReport;
  } catch {
    return undefined;
  }
}

export default function publishGuard(): AstroIntegration {
  let cacheDir: URL | undefined;
  return {
    name: 'perskamer-publish-guard',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = config.cacheDir;
      },
      // After the content is loaded, before Astro empties the output folder.
      'astro:build:start': async () => {
        const report = await readReport(cacheDir);
        const problem = report && emptySiteProblem(report, allowEmpty);
        if (problem) throw new Error(problem);
      },
      'astro:build:done': async ({ logger }) => {
        const report = await readReport(cacheDir);
        const notice = report && staffPreviewNotice(report);
        if (notice) logger.warn(notice);
      },
    },
  };
}
