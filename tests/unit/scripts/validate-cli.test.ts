/** D12: `npm run validate` with a wrong option is a usage error (exit 2), not a content error (exit 1). */
import { describe, expect, it } from 'vitest';
import { fixtureContent } from '../../helpers/build';
import { runScript } from '../../helpers/cli';

describe('npm run validate options', () => {
  it('exits 2 with the usage text for an unknown option, without a stack trace', async () => {
    const result = await runScript('validate', ['--bogus'], { contentDir: fixtureContent });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("validate: Unknown option '--bogus'");
    expect(result.stderr).toContain('usage: npm run validate [-- --strict]');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    // tsx starts a TypeScript process: seconds on a busy machine.
  }, 60_000);
});
