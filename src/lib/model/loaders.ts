/**
 * Content loading for releases. Unpublished releases are removed right where content is
 * loaded, so that neither their text nor their images reach the data store or `dist/`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import type { Loader } from 'astro/loaders';
import { showsUnpublished, site } from '~/lib/config';
import { BUILD_REPORT_FILE, buildReport } from '~/lib/model/build-report';
import { clockNote } from '~/lib/model/clock';
import { isPublic, visibilityCounts, type Visibility } from '~/lib/model/releases';

/** Wraps a loader so that only releases public at build time stay in the store. */
export function publicReleasesOnly(inner: Loader): Loader {
  return {
    name: 'perskamer-public-releases',
    load: async (context) => {
      await inner.load(context);
      const clock = clockNote();
      context.logger.info(clock.line);
      if (clock.warning) context.logger.warn(clock.warning);

      const entries = [...context.store.entries()].map(([id, entry]) => ({
        id,
        data: entry.data as unknown as Visibility,
      }));
      const report = buildReport(
        visibilityCounts(
          entries.map((e) => e.data),
          clock.now,
        ),
        clock,
        { timeZone: site.timeZone, staffPreview: showsUnpublished },
      );
      // Read by src/integrations/publish-guard.ts and scripts/build.ts: they count what the loader decided.
      await mkdir(context.config.cacheDir, { recursive: true });
      await writeFile(new URL(BUILD_REPORT_FILE, context.config.cacheDir), `${JSON.stringify(report)}\n`);
      if (showsUnpublished) return;

      for (const { id, data } of entries) {
        if (!isPublic(data, clock.now)) context.store.delete(id);
      }
      // A scheduler reads this line to know when to rebuild.
      context.logger.info(
        report.nextLift ? `next embargo lifts at ${report.nextLift}` : 'no embargoed releases waiting',
      );
    },
  };
}
