/**
 * The build fingerprint: everything other than content that decides what a page looks like.
 *
 * Astro's incremental build hashes each page's module graph, its config (as JSON) and the
 * lockfile, but not code the config alone imports (the remark plugins, the loaders, the
 * schemas), not the environment our config reads, not the Node or ICU version that formats
 * dates and numbers, and not the content folder a cache came from. When the fingerprint differs
 * from the one stored with the cache, or the build that stored it did not finish, the build
 * starts cold (src/integrations/build-fingerprint.ts). The build clock (PRESS_NOW) is left out
 * on purpose: visibility is part of each page's key (lib/model/digest.ts), so a later clock
 * re-renders exactly the pages an embargo that lifted changes.
 */
import { createHash } from 'node:crypto';

/** Bump when the fingerprint's inputs change meaning. */
export const FINGERPRINT_VERSION = 1;

/** The environment that changes output (read by lib/config.ts and astro.config.mjs). */
export const FINGERPRINT_ENV = [
  'PRESS_SITE_URL',
  'PRESS_TIME_ZONE',
  'PRESS_STAFF_PREVIEW',
  'PRESS_MARKDOWN',
  'PRESS_STRICT',
] as const;

/** What the fingerprint is made of. */
export interface FingerprintInput {
  /** Code and configuration files (src/**, astro.config.mjs, package-lock.json…) and the
   * content folder's own configuration (site.yaml, the logo), relative path and bytes. */
  files: readonly { path: string; bytes: Uint8Array }[];
  env: Readonly<Record<string, string | undefined>>;
  /** `process.versions.node` and `.icu`: Intl output differs between them. */
  runtime: { node: string; icu?: string | undefined };
  /** The content folder, resolved: a cache is never shared between two newsrooms. */
  contentDir: string;
}

/**
 * A digest of the build's code, configuration, environment and content folder.
 * @example fingerprintOf({ files: [], env: {}, runtime: { node: '24.21.0' }, contentDir: '/site/content' })
 */
export function fingerprintOf(input: FingerprintInput): string {
  const hash = createHash('sha256');
  const add = (text: string) => hash.update(`${text.length}:${text}`);
  add(`v${FINGERPRINT_VERSION}`);
  for (const name of FINGERPRINT_ENV) add(`${name}=${input.env[name]?.trim() ?? ''}`);
  add(`node=${input.runtime.node};icu=${input.runtime.icu ?? ''}`);
  add(`content=${input.contentDir}`);
  for (const file of [...input.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    add(file.path);
    hash.update(createHash('sha256').update(file.bytes).digest());
  }
  return hash.digest('base64url');
}

/** What the cache folder records about the build that last used it. */
export interface FingerprintRecord {
  fingerprint: string;
  /** False from the start of a build until its last step: a build that broke off leaves it false. */
  complete: boolean;
}

/**
 * Why the cache may not be reused, or undefined when it may: no record, another fingerprint, or
 * a previous build that did not finish (its cached pages may not match its manifest).
 */
export function coldReason(previous: unknown, fingerprint: string): string | undefined {
  if (typeof previous !== 'object' || previous === null) return 'no previous build in this cache';
  const record = previous as Partial<FingerprintRecord>;
  if (record.fingerprint !== fingerprint) {
    return 'code, configuration, environment or content folder changed since the cached build';
  }
  if (record.complete !== true) return 'the previous build with this cache did not finish';
  return undefined;
}
