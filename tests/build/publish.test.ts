/**
 * `npm run build` (scripts/build.ts) on a tiny site, one public release, one embargoed, one
 * draft: a good build switches the live link and keeps the previous build; a build that fails
 * (bad content, no public release) leaves the live site exactly as it was; two builds at once
 * take turns, and one that will not wait is refused.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { lstat, readdir, readFile, readlink, realpath, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, LOCK_OWNER_FILE } from '../../scripts/lib/build-env';
import { FIXTURE_NOW, copyFixture, root } from '../helpers/build';
import { allFiles } from '../helpers/sentinel';

interface Run {
  /** stdout and stderr together, as they arrived. */
  output: () => string;
  done: Promise<{ code: number; output: string }>;
}

let content: string;
let target: string;

/** Starts `npm run build` (what it runs: scripts/build.ts through tsx) on the tiny site. */
function build(args: string[] = [], env: Record<string, string> = {}): Run {
  const child = spawn(
    process.execPath,
    [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/build.ts'), ...args],
    {
      cwd: root,
      env: {
        ...cleanEnv(),
        ASTRO_TELEMETRY_DISABLED: '1',
        // CI sets CI=true, which turns colours on in Astro's logger; the test reads plain text.
        NO_COLOR: '1',
        PRESS_NOW: FIXTURE_NOW,
        PRESS_CONTENT_DIR: content,
        PRESS_OUT_DIR: target,
        PRESS_CACHE_DIR: join(dirname(content), 'cache'),
        ...env,
      },
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return {
    output: () => output,
    done: new Promise((resolve, reject) => {
      child.once('error', reject);
      child.once('close', (code) => resolve({ code: code ?? -1, output }));
    }),
  };
}

/** Waits until `check` holds, polling. */
async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let waited = 0; !(await check()); waited += 200) {
    if (waited > 240_000) throw new Error(`gave up waiting for ${what}`);
    await sleep(200);
  }
}

/** Every file of the live site with its size and modification time: what a failed build must not touch. */
async function snapshot(): Promise<string[]> {
  const live = await realpath(target);
  const files = await allFiles(live);
  return Promise.all(
    files.map(async (f) => {
      const s = await stat(f);
      return `${relative(live, f)} ${s.size} ${s.mtimeMs}`;
    }),
  ).then((list) => list.sort());
}

/** Folders beside the target that only a build in progress may own. */
async function leftovers(): Promise<string[]> {
  return (await readdir(dirname(target))).filter((n) => /\.(new|link)-\d+$/.test(n));
}

function lastLine(output: string): string {
  return output.trimEnd().split('\n').at(-1)!;
}

beforeAll(async () => {
  content = await copyFixture();
  target = join(dirname(content), 'site', 'dist');
  for (const file of [
    'releases/en/2023/annual-results.md',
    'releases/en/2024/mdx-release.mdx',
    'releases/fr/2023/resultats-annuels.md',
    'releases/nl/2023/jaarcijfers.md',
  ]) {
    await rm(join(content, file));
  }
});
afterAll(async () => {
  if (content) await rm(dirname(content), { recursive: true, force: true });
});

describe('npm run build', { timeout: 600_000 }, () => {
  let first: string;

  it('builds into a new folder, switches dist to it and ends with the summary line', async () => {
    const { code, output } = await build().done;
    expect(code, output).toBe(0);
    expect(output.split('\n')[0]).toBe('build clock: 2026-12-01T09:00:00+01:00 (from PRESS_NOW)');
    expect(lastLine(output)).toBe(
      'published 1 release · 1 held back (next lift 2030-01-01T08:00:00+01:00) · 1 draft · build clock 2026-12-01T09:00:00+01:00 (from PRESS_NOW)',
    );

    expect((await lstat(target)).isSymbolicLink()).toBe(true);
    first = await readlink(target);
    expect(first).toMatch(/^dist\.builds\/\d{8}T\d{6}Z-\d+$/);
    expect(existsSync(join(target, 'index.html'))).toBe(true);
    expect(existsSync(join(target, 'pagefind/pagefind-entry.json'))).toBe(true);
    expect(existsSync(join(target, '.prerender'))).toBe(false);
    expect(JSON.parse(await readFile(join(target, 'api/releases.json'), 'utf8'))).toHaveLength(1);
    expect(await leftovers()).toEqual([]);
  });

  it('leaves the live site untouched when the content has an error, even in an embargoed release', async () => {
    const before = await snapshot();
    const file = join(content, 'releases/de/2023/embargo.md');
    const good = await readFile(file, 'utf8');
    await writeFile(file, good.replace('company: testco', 'company: tesco'));
    try {
      const { code, output } = await build().done;
      expect(code, output).toBe(1);
      expect(output).toMatch(
        /releases\/de\/2023\/embargo\.md:\d+:\d+: error: company: unknown company "tesco"/,
      );
      expect(lastLine(output)).toMatch(/^not published: .*dist is unchanged \(still 1 public release\)$/);
    } finally {
      await writeFile(file, good);
    }
    expect(await readlink(target)).toBe(first);
    expect(await snapshot()).toEqual(before);
    expect(await leftovers()).toEqual([]);
  });

  it('refuses a site without public releases, saying why, and leaves the live site untouched', async () => {
    const before = await snapshot();
    const { code, output } = await build([], { PRESS_NOW: '2020-01-01T00:00:00+01:00' }).done;
    expect(code, output).toBe(1);
    expect(output).toMatch(/WARNING: PRESS_NOW \([^)]*\) is [\d.]+ days behind the real time/);
    expect(output).toMatch(
      /no release is public at the build clock 2020-01-01T00:00:00\+01:00 \(from PRESS_NOW\): 2 held back, 1 draft/,
    );
    expect(await readlink(target)).toBe(first);
    expect(await snapshot()).toEqual(before);
    expect(await leftovers()).toEqual([]);
  });

  it('runs two builds at once one after the other, refuses one that will not wait, keeps the previous build', async () => {
    // An empty site, explicitly allowed, and a normal one, started while the first holds the lock.
    const empty = build(['--allow-empty'], { PRESS_NOW: '2020-01-01T00:00:00+01:00' });
    await until(
      async () => (await readFile(LOCK_OWNER_FILE, 'utf8').catch(() => '')).includes(`into ${target} `),
      'the first build to take the lock',
    );
    const normal = build();
    await until(() => normal.output().includes('waiting for the build lock'), 'the second build to wait');
    const impatient = await build(['--no-wait']).done;
    expect(impatient.code, impatient.output).toBe(75);
    expect(lastLine(impatient.output)).toMatch(/another build is running: .*Nothing was changed/);

    const [a, b] = await Promise.all([empty.done, normal.done]);
    expect(a.code, a.output).toBe(0);
    expect(b.code, b.output).toBe(0);
    expect(b.output).toMatch(/waiting for the build lock: held by npm run build into .*\(pid \d+, since/);
    expect(lastLine(a.output)).toMatch(/^published 0 releases · 2 held back/);
    expect(lastLine(b.output)).toMatch(/^published 1 release · 1 held back/);

    // The second build is live, the first kept as the previous one, the oldest pruned.
    const live = await readlink(target);
    const builds = (await readdir(join(dirname(target), 'dist.builds'))).sort();
    expect(builds).toHaveLength(2);
    expect(`dist.builds/${builds[1]}`).toBe(live);
    expect(`dist.builds/${builds[0]}`).not.toBe(first);
    const previous = join(dirname(target), 'dist.builds', builds[0]!);
    expect(existsSync(join(previous, 'index.html'))).toBe(true);
    expect(JSON.parse(await readFile(join(previous, 'api/releases.json'), 'utf8'))).toHaveLength(0);
    expect(JSON.parse(await readFile(join(target, 'api/releases.json'), 'utf8'))).toHaveLength(1);
    expect(await leftovers()).toEqual([]);
  });
});
