/**
 * `npm run build [-- --allow-empty] [--allow-shrink] [--no-wait] [--keep <n>]`: builds the public
 * site and puts it live only when it is complete.
 *
 * 1. Takes the build lock (a second build waits for the first, or with --no-wait refuses).
 * 2. Validates all content, drafts and embargoed releases included.
 * 3. Runs `astro build` into a fresh sibling folder, `dist.new` (the same name every time, for
 *    incremental reuse: see src/lib/publishing/swap.ts), with a cache folder that is kept
 *    between builds.
 * 4. Checks the result: home page and search index present, no server chunks, public releases
 *    above zero and not far below the live site (unless allowed).
 * 5. Switches `dist` (a symbolic link) to it in one rename, keeping the previous build
 *    (see src/lib/publishing/swap.ts), and ends with one summary line.
 *
 * Exit codes: 0 published; 1 not published (content errors, failed build or check; the live
 * site is unchanged); 2 usage or environment error; 75 another build holds the lock.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { lstat, mkdir, readFile, readdir, readlink, rename, rm, symlink } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BUILD_REPORT_FILE, counted, type BuildReport } from '~/lib/model/build-report';
import { readClock } from '~/lib/model/clock';
import { checkBuild, summaryLine, type BuildFacts } from '~/lib/publishing/result';
import {
  buildStamp,
  leftovers,
  outputPaths,
  planSwap,
  type SwapStep,
  type TargetState,
} from '~/lib/publishing/swap';
import { acquireBuildLock, BuildBusyError, root } from './lib/build-env';

const USAGE = `usage: npm run build [-- options]
  --allow-empty   publish even when no release is public (also PRESS_ALLOW_EMPTY=1)
  --allow-shrink  publish even with more than 20 % fewer public releases than the live site
  --no-wait       refuse at once when another build is running, instead of waiting for it
  --keep <n>      builds to keep in <out>.builds/, the live one included (default 2, at least 2)
environment: PRESS_OUT_DIR (default dist), PRESS_CACHE_DIR (default node_modules/.astro),
  PRESS_NOW, PRESS_CONTENT_DIR, PRESS_TIME_ZONE, PRESS_SITE_URL (see README)`;

/** A reason to stop without publishing, with the exit code to stop with. */
class Stop extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

function options() {
  try {
    const { values } = parseArgs({
      allowNegative: true,
      options: {
        'allow-empty': { type: 'boolean', default: false },
        'allow-shrink': { type: 'boolean', default: false },
        wait: { type: 'boolean', default: true },
        keep: { type: 'string', default: '2' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    const keep = Number(values.keep);
    if (!Number.isInteger(keep) || keep < 2)
      throw new Error(`--keep: expected a whole number of at least 2, got "${values.keep}"`);
    return { ...values, keep };
  } catch (error) {
    throw new Stop(`${(error as Error).message}\n${USAGE}`, 2);
  }
}

/** Runs a Node script of this project as a child, its output passed through; resolves to its exit code. */
function run(script: string, args: string[], env: NodeJS.ProcessEnv, track: (c?: ChildProcess) => void) {
  return new Promise<number>((done, fail) => {
    const child = spawn(process.execPath, [join(root, script), ...args], {
      cwd: root,
      env,
      stdio: 'inherit',
    });
    track(child);
    child.once('error', fail);
    child.once('close', (code, signal) => {
      track(undefined);
      done(code ?? (signal ? 128 : 1));
    });
  });
}

/** The number of releases in a site's `api/releases.json`, or undefined without a readable one. */
async function countReleases(site: string): Promise<number | undefined> {
  try {
    const list: unknown = JSON.parse(await readFile(join(site, 'api/releases.json'), 'utf8'));
    return Array.isArray(list) ? list.length : undefined;
  } catch {
    return undefined;
  }
}

async function targetState(target: string): Promise<TargetState> {
  try {
    const stat = await lstat(target);
    if (stat.isSymbolicLink()) return { kind: 'link', to: await readlink(target) };
    return stat.isDirectory() ? { kind: 'directory' } : { kind: 'other' };
  } catch {
    return { kind: 'missing' };
  }
}

async function carryOut(step: SwapStep): Promise<void> {
  if (step.op === 'rename') await rename(step.from, step.to);
  else if (step.op === 'symlink') await symlink(step.pointsTo, step.path);
  else await rm(step.path, { recursive: true, force: true });
}

/** Paths as the person at the terminal typed them: relative to where they are, when inside. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

async function main(): Promise<number> {
  const args = options();
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  if (process.env.PRESS_STAFF_PREVIEW === '1') {
    throw new Stop(
      'PRESS_STAFF_PREVIEW=1 is set: that build holds drafts and embargoed releases and must never ' +
        'become the public site. Unset it, or use npm run preview:staff for a staff preview.',
      2,
    );
  }
  let clock;
  try {
    clock = readClock();
  } catch (error) {
    throw new Stop((error as Error).message, 2);
  }
  console.log(clock.line);
  if (clock.warning) console.error(`\n${clock.warning}\n`);

  const target = resolve(process.env.PRESS_OUT_DIR || 'dist');
  const cacheDir = resolve(process.env.PRESS_CACHE_DIR || join(root, 'node_modules/.astro'));
  const paths = outputPaths(target, process.pid);
  const allowEmpty = args['allow-empty'] || process.env.PRESS_ALLOW_EMPTY === '1';

  let compromised: Error | undefined;
  let unlock: () => Promise<void>;
  try {
    unlock = await acquireBuildLock({
      wait: args.wait,
      label: `npm run build into ${shown(target)}`,
      onWait: (holder) => console.log(`waiting for the build lock: held by ${holder}`),
      onCompromised: (error) => (compromised = error),
    });
  } catch (error) {
    if (error instanceof BuildBusyError) {
      throw new Stop(`another build is running: ${error.message}. Nothing was changed; try again later.`, 75);
    }
    throw error;
  }
  // Once only: a signal may arrive while the normal path is already releasing.
  let released: Promise<void> | undefined;
  const release = () => (released ??= unlock());

  let child: ChildProcess | undefined;
  const track = (c?: ChildProcess) => (child = c);
  // Ctrl+C or a CI timeout: stop Astro, drop the half-written folder, free the lock. The live
  // site is untouched at every point before the final rename.
  const stop = (signal: NodeJS.Signals) => {
    child?.kill(signal);
    void rm(paths.work, { recursive: true, force: true })
      .then(() => release())
      .finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  try {
    const siblings = await readdir(dirname(target)).catch(() => []);
    for (const name of leftovers(basename(target), siblings)) {
      await rm(join(dirname(target), name), { recursive: true, force: true });
    }

    if ((await run('node_modules/tsx/dist/cli.mjs', ['scripts/validate.ts'], process.env, track)) !== 0) {
      throw new Stop('the content has errors (listed above)', 1);
    }

    const previousReleases = await countReleases(target);
    const reportFile = join(cacheDir, BUILD_REPORT_FILE);
    await rm(reportFile, { force: true });
    const exitCode = await run(
      'node_modules/astro/bin/astro.mjs',
      ['build'],
      {
        ...process.env,
        PRESS_OUT_DIR: paths.work,
        PRESS_CACHE_DIR: cacheDir,
        ...(allowEmpty ? { PRESS_ALLOW_EMPTY: '1' } : {}),
      },
      track,
    );
    // Astro's server-side chunks hold every page's code and text and serve no purpose in a static site.
    await rm(join(paths.work, '.prerender'), { recursive: true, force: true });
    const facts: BuildFacts = {
      exitCode,
      hasHome: existsSync(join(paths.work, 'index.html')),
      hasSearchIndex: existsSync(join(paths.work, 'pagefind/pagefind-entry.json')),
      hasServerChunks: existsSync(join(paths.work, '.prerender')),
      publicReleases: await countReleases(paths.work),
      previousReleases,
    };
    const problems = checkBuild(facts, { empty: allowEmpty, shrink: args['allow-shrink'] });
    if (compromised) problems.push(`the build lock was lost (${compromised.message})`);
    const report = await readFile(reportFile, 'utf8').then(
      (text) => JSON.parse(text) as BuildReport,
      () => undefined,
    );
    if (exitCode === 0 && !report) problems.push(`the release loader wrote no ${BUILD_REPORT_FILE}`);
    if (problems.length > 0 || !report) throw new Stop(problems.join('; '), 1);

    await mkdir(paths.builds, { recursive: true });
    const state = await targetState(target);
    if (state.kind === 'other') {
      throw new Stop(`${shown(target)} is neither a folder nor a link; move it away`, 1);
    }
    const plan = planSwap({
      paths,
      state,
      stamp: buildStamp(new Date(), process.pid),
      existing: await readdir(paths.builds),
      keep: args.keep,
    });
    for (const step of plan.steps.filter((s) => s.op !== 'remove')) await carryOut(step);
    // The new site is live from here on: a build that cannot be pruned is only worth a warning.
    for (const step of plan.steps.filter((s) => s.op === 'remove')) {
      await carryOut(step).catch((error: Error) =>
        console.warn(`could not delete an old build: ${error.message}`),
      );
    }

    console.log(
      `\n${shown(target)} now serves ${shown(plan.live)}` +
        (plan.previous ? `; the previous build is kept in ${shown(plan.previous)}` : ''),
    );
    // On stdout like the summary, so that the summary stays the last line in any captured log.
    if (clock.warning) console.log(`\n${clock.warning}`);
    console.log(summaryLine(report, facts.publicReleases ?? 0));
    return 0;
  } catch (error) {
    await rm(paths.work, { recursive: true, force: true });
    if (error instanceof Stop) {
      const live = await countReleases(target);
      throw new Stop(
        `${error.message}\nnot published: ${shown(target)} is unchanged` +
          (live === undefined ? '' : ` (still ${counted(live, 'public release')})`),
        error.code,
      );
    }
    throw error;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await release();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    if (error instanceof Stop) {
      console.error(`\nbuild: ${error.message}`);
      process.exitCode = error.code;
    } else {
      console.error(error);
      process.exitCode = 2;
    }
  },
);
