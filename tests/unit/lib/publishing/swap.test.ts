import { describe, expect, it } from 'vitest';
import { buildStamp, leftovers, outputPaths, planSwap } from '~/lib/publishing/swap';

const paths = outputPaths('/site/dist', 42);
const stamp = '20261201T080000Z-42';

describe('outputPaths and leftovers', () => {
  it('keeps every folder beside the public one, so renames stay on one file system', () => {
    expect(paths).toEqual({
      target: '/site/dist',
      builds: '/site/dist.builds',
      work: '/site/dist.new',
      link: '/site/dist.link-42',
    });
  });

  it('finds what killed builds left behind, and nothing else', () => {
    expect(
      leftovers('dist', [
        'dist',
        'dist.new',
        'dist.new-12',
        'dist.link-7',
        'dist.builds',
        'dist-staff',
        'dist.new-x',
        'xdist.new-1',
      ]),
    ).toEqual(['dist.new', 'dist.new-12', 'dist.link-7']);
  });

  it('names builds so that they sort by time', () => {
    expect(buildStamp(new Date('2026-12-01T08:00:00.123Z'), 42)).toBe(stamp);
    expect(buildStamp(new Date('2026-12-01T08:00:01Z'), 7) > stamp).toBe(true);
  });
});

describe('planSwap', () => {
  it('publishes a first build: into builds/, then a new link renamed into place', () => {
    const plan = planSwap({ paths, state: { kind: 'missing' }, stamp, existing: [], keep: 2 });
    expect(plan.steps).toEqual([
      { op: 'rename', from: '/site/dist.new', to: '/site/dist.builds/20261201T080000Z-42' },
      { op: 'symlink', path: '/site/dist.link-42', pointsTo: 'dist.builds/20261201T080000Z-42' },
      { op: 'rename', from: '/site/dist.link-42', to: '/site/dist' },
    ]);
    expect(plan.live).toBe('/site/dist.builds/20261201T080000Z-42');
    expect(plan.previous).toBeUndefined();
  });

  it('replaces the link in one rename, keeps the previous build and deletes older ones', () => {
    const plan = planSwap({
      paths,
      state: { kind: 'link', to: 'dist.builds/20261130T080000Z-9' },
      stamp,
      existing: ['20261129T080000Z-5', '20261130T080000Z-9', '20261128T080000Z-3'],
      keep: 2,
    });
    expect(plan.previous).toBe('/site/dist.builds/20261130T080000Z-9');
    expect(plan.steps.filter((s) => s.op === 'rename').at(-1)).toEqual({
      op: 'rename',
      from: '/site/dist.link-42',
      to: '/site/dist',
    });
    expect(plan.steps.filter((s) => s.op === 'remove')).toEqual([
      { op: 'remove', path: '/site/dist.builds/20261129T080000Z-5' },
      { op: 'remove', path: '/site/dist.builds/20261128T080000Z-3' },
    ]);
  });

  it('keeps more builds when asked, newest first, and never the live or previous one', () => {
    const plan = planSwap({
      paths,
      state: { kind: 'link', to: '/site/dist.builds/20261127T080000Z-1' },
      stamp,
      existing: ['20261127T080000Z-1', '20261129T080000Z-5', '20261128T080000Z-3'],
      keep: 3,
    });
    expect(plan.previous).toBe('/site/dist.builds/20261127T080000Z-1');
    expect(plan.steps.filter((s) => s.op === 'remove')).toEqual([
      { op: 'remove', path: '/site/dist.builds/20261128T080000Z-3' },
    ]);
  });

  it('moves a real dist/ folder (a site from before) into builds/ as the previous build', () => {
    const plan = planSwap({ paths, state: { kind: 'directory' }, stamp, existing: [], keep: 2 });
    expect(plan.previous).toBe('/site/dist.builds/20261201T080000Z-42-previous');
    expect(plan.steps.map((s) => s.op)).toEqual(['rename', 'rename', 'symlink', 'rename']);
    expect(plan.steps[1]).toEqual({ op: 'rename', from: '/site/dist', to: plan.previous });
  });

  it('leaves a link that points elsewhere alone, and deletes nothing outside builds/', () => {
    const plan = planSwap({
      paths,
      state: { kind: 'link', to: '/srv/old-site' },
      stamp,
      existing: [],
      keep: 2,
    });
    expect(plan.previous).toBeUndefined();
    expect(plan.steps.some((s) => s.op === 'remove')).toBe(false);
  });

  it('refuses to replace a file', () => {
    expect(() => planSwap({ paths, state: { kind: 'other' }, stamp, existing: [], keep: 2 })).toThrow(
      /neither a folder nor a symbolic link/,
    );
  });
});
