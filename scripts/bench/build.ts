/**
 * Runs a real `astro build` (or any command) as a child process while sampling the memory
 * of its process tree and stamping every log line with the time it arrived.
 */
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { cleanEnv, root, withBuildLock } from '../lib/build-env';
import { derivePhases, milestones, stripAnsi, type LogLine, type Phases } from './phases';
import { sampleTree } from './proc';

export interface RunMeasure {
  ok: boolean;
  exitCode: number | null;
  wallMs: number;
  peakRssBytes: number;
  /** User + system CPU time of the process tree. */
  cpuSeconds: number;
  lines: LogLine[];
}

export interface BuildMeasure extends RunMeasure {
  phases: Phases;
  /** Phase boundary lines with their arrival times: the raw data behind `phases`. */
  milestones: LogLine[];
}

/**
 * Runs `command` and measures it. Output is kept line by line; `logFile` receives it with
 * each line's arrival time, so a slow phase can be looked up afterwards.
 */
export async function measureRun(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string },
): Promise<RunMeasure> {
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const sampler = sampleTree(child.pid!);
  const lines: LogLine[] = [];
  const collect = (stream: NodeJS.ReadableStream) =>
    new Promise<void>((done) => {
      const reader = createInterface({ input: stream, crlfDelay: Infinity });
      reader.on('line', (text) =>
        lines.push({ ms: Math.round(performance.now() - started), text: stripAnsi(text) }),
      );
      reader.on('close', done);
    });
  const exited = new Promise<number | null>((done, fail) => {
    child.once('error', fail);
    child.once('close', (code) => done(code));
  });
  const [exitCode] = await Promise.all([exited, collect(child.stdout!), collect(child.stderr!)]);
  const wallMs = Math.round(performance.now() - started);
  const { peakRssBytes, cpuSeconds } = await sampler.stop();
  await writeFile(
    options.logFile,
    lines.map((l) => `${String(l.ms).padStart(8)} ms  ${l.text}`).join('\n') + '\n',
  );
  return { ok: exitCode === 0, exitCode, wallMs, peakRssBytes, cpuSeconds, lines };
}

export interface BuildDirs {
  contentDir: string;
  outDir: string;
  cacheDir: string;
  logFile: string;
}

/** One `astro build` of `contentDir` with the real pipeline, measured; waits for the build lock first. */
export function measureBuild(
  dirs: BuildDirs,
  now: string,
  env: Record<string, string> = {},
): Promise<BuildMeasure> {
  return withBuildLock(async () => {
    const run = await measureRun(
      process.execPath,
      [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'],
      {
        cwd: root,
        logFile: dirs.logFile,
        env: {
          ...cleanEnv(),
          ASTRO_TELEMETRY_DISABLED: '1',
          PRESS_NOW: now,
          PRESS_CONTENT_DIR: dirs.contentDir,
          PRESS_OUT_DIR: dirs.outDir,
          PRESS_CACHE_DIR: dirs.cacheDir,
          ...env,
        },
      },
    );
    return { ...run, phases: derivePhases(run.lines, run.wallMs), milestones: milestones(run.lines) };
  });
}
