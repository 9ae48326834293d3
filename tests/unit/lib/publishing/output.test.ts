import { describe, expect, it } from 'vitest';
import { outputProblem } from '~/lib/publishing/output';

const base = { publicDir: '/site/dist', staffPreview: false, outDirIsLink: false };

describe('outputProblem', () => {
  it('keeps the staff preview out of the public folder, its kept builds and builds in progress', () => {
    for (const outDir of [
      '/site/dist',
      '/site/dist/',
      '/site/dist.builds/20261201T080000Z-1',
      '/site/dist.new-42',
    ]) {
      expect(outputProblem({ ...base, outDir, staffPreview: true }), outDir).toMatch(
        /may not write into the public output/,
      );
    }
  });

  it('lets the staff preview write anywhere else', () => {
    for (const outDir of ['/site/dist-staff', '/tmp/preview', '/site/distant']) {
      expect(outputProblem({ ...base, outDir, staffPreview: true }), outDir).toBeUndefined();
    }
  });

  it('refuses a direct build into the live link that npm run build switches', () => {
    expect(outputProblem({ ...base, outDir: '/site/dist', outDirIsLink: true })).toMatch(
      /is the live site that npm run build switches/,
    );
  });

  it('lets a public build write into a plain folder, as npm run build and the tests do', () => {
    expect(outputProblem({ ...base, outDir: '/site/dist.new-42' })).toBeUndefined();
    expect(outputProblem({ ...base, outDir: '/site/dist' })).toBeUndefined();
  });
});
