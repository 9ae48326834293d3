/**
 * Content loading for releases. Unpublished releases are removed right where content is
 * loaded, so that neither their text nor their images reach the data store or `dist/`.
 */
import type { Loader } from 'astro/loaders';
import { buildNow, showsUnpublished, site } from '~/lib/config';
import { isoWithOffset } from '~/lib/locale/dates';
import { isPublic, liftTime, type Visibility } from '~/lib/model/releases';

/** Wraps a loader so that only releases public at build time stay in the store. */
export function publicReleasesOnly(inner: Loader): Loader {
  return {
    name: 'perskamer-public-releases',
    load: async (context) => {
      await inner.load(context);
      if (showsUnpublished) return;
      const now = buildNow();
      let nextLift: Date | undefined;
      for (const [id, entry] of context.store.entries()) {
        const data = entry.data as unknown as Visibility;
        if (isPublic(data, now)) continue;
        context.store.delete(id);
        const lift = liftTime(data, now);
        if (lift && (!nextLift || lift < nextLift)) nextLift = lift;
      }
      // A scheduler reads this line to know when to rebuild.
      context.logger.info(
        nextLift
          ? `next embargo lifts at ${isoWithOffset(nextLift, site.timeZone)}`
          : 'no embargoed releases waiting',
      );
    },
  };
}
