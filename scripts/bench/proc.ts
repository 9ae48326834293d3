/**
 * Memory of a process tree from /proc: the build is Node plus children (Pagefind's binary,
 * esbuild, sharp's threads live in-process), so peak memory is the peak of their sum.
 */
import { readdir, readFile } from 'node:fs/promises';

export interface ProcEntry {
  pid: number;
  ppid: number;
  rssKb: number;
  /** CPU time in clock ticks: own user + system, plus that of children already reaped. */
  cpuTicks: number;
}

/** Linux reports CPU times in USER_HZ, 100 per second on every mainstream architecture. */
export const TICKS_PER_SECOND = 100;

/**
 * Process id, parent id and CPU ticks (utime + stime + cutime + cstime) from `/proc/<pid>/stat`.
 * The command name is in parentheses and may itself contain spaces and parentheses, so
 * fields are counted from the last `)`.
 * @example parseStat('42 (node (x)) S 7 42 42 0 -1 0 0 0 0 0 150 50 3 2') // { pid: 42, ppid: 7, cpuTicks: 205 }
 */
export function parseStat(text: string): { pid: number; ppid: number; cpuTicks: number } | undefined {
  const close = text.lastIndexOf(')');
  const pid = Number.parseInt(text, 10);
  // Fields after the name start at field 3 (state): ppid is field 4, utime..cstime 14..17.
  const fields = text.slice(close + 2).split(' ');
  const ppid = Number(fields[1]);
  const cpuTicks = fields.slice(11, 15).reduce((sum, f) => sum + (Number(f) || 0), 0);
  return close < 0 || !Number.isInteger(pid) || !Number.isInteger(ppid) ? undefined : { pid, ppid, cpuTicks };
}

/**
 * Resident set size in kB from `/proc/<pid>/status`; 0 for processes without memory (zombies).
 * @example parseVmRssKb('Name:\tnode\nVmRSS:\t  123456 kB\n') // 123456
 */
export function parseVmRssKb(text: string): number {
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(text);
  return match ? Number(match[1]) : 0;
}

/** Sum of the RSS of `root` and all its descendants, in kB. */
export function treeRssKb(entries: readonly ProcEntry[], root: number): number {
  return treeSum(entries, root, (e) => e.rssKb);
}

/** CPU ticks used so far by `root` and its descendants (reaped ones included via cutime). */
export function treeCpuTicks(entries: readonly ProcEntry[], root: number): number {
  return treeSum(entries, root, (e) => e.cpuTicks);
}

function treeSum(entries: readonly ProcEntry[], root: number, value: (e: ProcEntry) => number): number {
  const children = new Map<number, ProcEntry[]>();
  for (const entry of entries) {
    const list = children.get(entry.ppid) ?? [];
    list.push(entry);
    children.set(entry.ppid, list);
  }
  const self = entries.find((e) => e.pid === root);
  if (!self) return 0;
  let total = 0;
  const seen = new Set<number>();
  const stack = [self];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    if (seen.has(entry.pid)) continue;
    seen.add(entry.pid);
    total += value(entry);
    stack.push(...(children.get(entry.pid) ?? []));
  }
  return total;
}

/** Every process readable in /proc right now; processes that exit while being read are skipped. */
export async function readProcs(): Promise<ProcEntry[]> {
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
  const entries = await Promise.all(
    pids.map(async (pid) => {
      try {
        const [stat, status] = await Promise.all([
          readFile(`/proc/${pid}/stat`, 'utf8'),
          readFile(`/proc/${pid}/status`, 'utf8'),
        ]);
        const ids = parseStat(stat);
        return ids ? { ...ids, rssKb: parseVmRssKb(status) } : undefined;
      } catch {
        return undefined;
      }
    }),
  );
  return entries.filter((e): e is ProcEntry => e !== undefined);
}

/**
 * Samples the tree under `root` every `intervalMs` until stopped (500 ms: each sample reads every
 * process in /proc, and at 100 ms the sampling itself took 40 % of a core beside the build); resolves to the peak memory
 * in bytes and the CPU seconds of the last sample (within one interval of the end). CPU time
 * is what other work on the machine disturbs least, unlike wall time.
 * Samples never overlap: a slow /proc scan delays the next one instead of piling up.
 */
export function sampleTree(
  root: number,
  intervalMs = 500,
): { stop: () => Promise<{ peakRssBytes: number; cpuSeconds: number }> } {
  let peakKb = 0;
  let cpuTicks = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = Date.now();
      const procs = await readProcs();
      peakKb = Math.max(peakKb, treeRssKb(procs, root));
      cpuTicks = Math.max(cpuTicks, treeCpuTicks(procs, root));
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, intervalMs - (Date.now() - started))));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return { peakRssBytes: peakKb * 1024, cpuSeconds: cpuTicks / TICKS_PER_SECOND };
    },
  };
}
