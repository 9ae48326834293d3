/** The build fingerprint: what starts a cold build, and what (the build clock) does not. */
import { describe, expect, it } from 'vitest';
import { coldReason, fingerprintOf, type FingerprintInput } from '~/lib/model/fingerprint';

const bytes = (text: string) => new TextEncoder().encode(text);
const base: FingerprintInput = {
  files: [
    { path: 'src/markdown/remark-typography.ts', bytes: bytes('export default 1;') },
    { path: 'content:site.yaml', bytes: bytes('name: Testco') },
  ],
  env: { PRESS_SITE_URL: 'https://pers.example', PRESS_NOW: '2026-12-01T09:00:00+01:00' },
  runtime: { node: '24.21.0', icu: '77.1' },
  contentDir: '/sites/testco/content',
};
const fp = (change: Partial<FingerprintInput>) => fingerprintOf({ ...base, ...change });

describe('fingerprintOf', () => {
  it('is stable, and independent of the order files are listed in', () => {
    expect(fp({})).toBe(fingerprintOf(base));
    expect(fp({ files: [...base.files].reverse() })).toBe(fp({}));
  });

  it('changes with code (also code only the config imports), site.yaml, env, runtime and content folder', () => {
    const changed = [
      fp({ files: [{ ...base.files[0]!, bytes: bytes('export default 2;') }, base.files[1]!] }),
      fp({ files: [base.files[0]!, { ...base.files[1]!, bytes: bytes('name: Testco NV') }] }),
      fp({ env: { ...base.env, PRESS_TIME_ZONE: 'America/New_York' } }),
      fp({ env: { ...base.env, PRESS_STAFF_PREVIEW: '1' } }),
      fp({ runtime: { node: '24.22.0', icu: '77.1' } }),
      fp({ runtime: { node: '24.21.0', icu: '78.1' } }),
      fp({ contentDir: '/sites/other/content' }),
    ];
    expect(new Set([fp({}), ...changed]).size).toBe(changed.length + 1);
  });

  it('leaves out the build clock: page keys hold visibility, so a later clock is not a cold build', () => {
    expect(fp({ env: { ...base.env, PRESS_NOW: '2026-12-02T09:00:00+01:00' } })).toBe(fp({}));
  });
});

describe('coldReason', () => {
  const fingerprint = fp({});
  it('reuses the cache only after a finished build with the same fingerprint', () => {
    expect(coldReason({ fingerprint, complete: true }, fingerprint)).toBeUndefined();
    expect(coldReason(undefined, fingerprint)).toMatch(/no previous build/);
    expect(coldReason({ fingerprint: 'other', complete: true }, fingerprint)).toMatch(/changed/);
    expect(coldReason({ fingerprint, complete: false }, fingerprint)).toMatch(/did not finish/);
  });
});
