/** Command-line options of `npm run bench`. */

export interface BenchOptions {
  /** Number of release files to generate (translations count one each). */
  releases: number;
  /** Seed of the corpus generator: the same seed gives the same corpus. */
  seed: number;
  /** Working folder for corpus, builds and report; `.bench/r<releases>-s<seed>` when left out. */
  out: string | undefined;
  /** Where to write the Markdown report; `<out>/bench-report.md` when left out. */
  report: string | undefined;
  skipHugo: boolean;
  skipDefaultMd: boolean;
  skipSearch: boolean;
  /** Leave out the rebuild with nothing changed. */
  skipUnchanged: boolean;
  /** Leave out the rebuilds around an embargo that lifts. */
  skipLift: boolean;
  help: boolean;
}

export const USAGE = `usage: npm run bench -- [--releases 10000] [--seed 1] [--out <dir>] [--report <path>]
                      [--skip-hugo] [--skip-default-md] [--skip-search]
                      [--skip-unchanged] [--skip-lift]

  --releases <n>     release files to generate (default 10000)
  --seed <n>         corpus seed (default 1)
  --out <dir>        working folder for corpus, builds and report (default .bench/r<n>-s<seed>)
  --report <path>    Markdown report (default <out>/bench-report.md)
  --skip-hugo        leave out the Hugo comparison
  --skip-default-md  leave out the build with Astro's default Markdown processor
  --skip-search      leave out the search measurement in Chromium
  --skip-unchanged   leave out the rebuild with nothing changed
  --skip-lift        leave out the rebuilds around an embargo that lifts
                     (the two skips shorten a run at 50,000 releases by an hour)`;

const FLAGS = {
  '--skip-hugo': 'skipHugo',
  '--skip-default-md': 'skipDefaultMd',
  '--skip-search': 'skipSearch',
  '--skip-unchanged': 'skipUnchanged',
  '--skip-lift': 'skipLift',
  '--help': 'help',
  '-h': 'help',
} as const;

function positiveInteger(name: string, value: string | undefined, min: number): number {
  if (value === undefined || !/^\d+$/.test(value) || Number(value) < min) {
    throw new Error(`${name}: expected a whole number from ${min}, got ${JSON.stringify(value ?? '')}`);
  }
  return Number(value);
}

/**
 * Parses the arguments after `npm run bench --`; `--name value` and `--name=value` both work.
 * @example parseArgs(['--releases', '300', '--skip-hugo']).releases // 300
 */
export function parseArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = {
    releases: 10_000,
    seed: 1,
    out: undefined,
    report: undefined,
    skipHugo: false,
    skipDefaultMd: false,
    skipSearch: false,
    skipUnchanged: false,
    skipLift: false,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
    if (name! in FLAGS) {
      if (inline !== undefined) throw new Error(`${name}: takes no value`);
      options[FLAGS[name as keyof typeof FLAGS]] = true;
      continue;
    }
    const value = inline ?? argv[++i];
    switch (name) {
      case '--releases':
        options.releases = positiveInteger(name, value, 1);
        break;
      case '--seed':
        options.seed = positiveInteger(name, value, 0);
        break;
      case '--out':
      case '--report':
        if (!value || value.startsWith('--')) throw new Error(`${name}: expected a path`);
        options[name === '--out' ? 'out' : 'report'] = value;
        break;
      default:
        throw new Error(`unknown option ${JSON.stringify(arg)}\n\n${USAGE}`);
    }
  }
  return options;
}
