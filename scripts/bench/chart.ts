/**
 * `npm run bench:growth -- <bench-result.json>...`: draws how the build grows with the number
 * of releases from several benchmark runs. Writes `docs/bench/growth.svg` and
 * `docs/bench/growth.md` (or `--out <dir>`), and prints the table.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { root } from '../lib/build-env';
import { bySize, growthSvg, growthTable } from './growth';
import type { BenchResult } from './report';

const USAGE = 'usage: npm run bench:growth -- [--out <dir>] <bench-result.json> [<bench-result.json> ...]';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let out = join(root, 'docs/bench');
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--out') out = resolve(args[++i] ?? '');
    else if (args[i]!.startsWith('--')) throw new Error(`unknown option ${args[i]}\n${USAGE}`);
    else files.push(resolve(args[i]!));
  }
  if (files.length < 2) throw new Error(`give the results of at least two runs of different sizes\n${USAGE}`);
  const results: BenchResult[] = [];
  for (const file of files) {
    try {
      results.push(JSON.parse(await readFile(file, 'utf8')) as BenchResult);
    } catch (error) {
      throw new Error(
        `${file}: not a benchmark result (${error instanceof Error ? error.message : String(error)})`,
      );
    }
  }
  if (bySize(results).length < 2)
    throw new Error('the results are all of one size: growth needs two sizes or more');
  const table = growthTable(results);
  await mkdir(out, { recursive: true });
  await writeFile(join(out, 'growth.svg'), growthSvg(results));
  await writeFile(
    join(out, 'growth.md'),
    `# Build growth\n\nFrom ${files.length} runs of \`npm run bench\`; times are wall clock, CPU is user + system of the process tree.\n\n${table}\n\n![Build time and peak memory by number of releases](growth.svg)\n`,
  );
  console.log(table);
  console.log(`\n[bench] wrote ${join(out, 'growth.svg')} and growth.md`);
}

main().catch((error: unknown) => {
  console.error(`[bench] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
