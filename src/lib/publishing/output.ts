/**
 * Where an `astro build` may write. The public folder `dist` is a link that only `npm run build`
 * switches (see swap.ts): a direct `astro build` into it would rewrite the live site in place,
 * and a staff preview there would publish drafts and embargoed releases.
 * Loaded by astro.config.mjs, so its imports stay relative (no `~/`).
 */
import { resolve, sep } from 'node:path';

/** What astro.config.mjs knows about a build about to start. */
export interface OutputFacts {
  /** The output folder, as configured. */
  outDir: string;
  /** The public folder, absolute (`<project>/dist`). */
  publicDir: string;
  /** PRESS_STAFF_PREVIEW=1: drafts and embargoed releases are built. */
  staffPreview: boolean;
  /** The output folder is a symbolic link (as `npm run build` leaves `dist`). */
  outDirIsLink: boolean;
}

/**
 * Why `astro build` may not write to this output folder, or undefined when it may.
 * @example outputProblem({ outDir: 'dist', publicDir: '/site/dist', staffPreview: true, outDirIsLink: false }) // 'PRESS_STAFF_PREVIEW=1 …'
 */
export function outputProblem(facts: OutputFacts): string | undefined {
  const out = resolve(facts.outDir);
  const isPublic =
    out === facts.publicDir ||
    out.startsWith(`${facts.publicDir}.`) ||
    out.startsWith(`${facts.publicDir}${sep}`);
  if (facts.staffPreview && isPublic) {
    return (
      `PRESS_STAFF_PREVIEW=1 builds drafts and embargoed releases, so it may not write into the ` +
      `public output ${out}. Use npm run preview:staff, which builds into dist-staff/ ` +
      '(or set PRESS_OUT_DIR to another folder).'
    );
  }
  if (facts.outDirIsLink) {
    return (
      `${out} is the live site that npm run build switches; astro build would overwrite it in ` +
      'place. Run npm run build, or set PRESS_OUT_DIR to another folder.'
    );
  }
  return undefined;
}
