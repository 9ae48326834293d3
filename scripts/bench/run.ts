/**
 * `npm run bench -- --releases 10000`: generates the synthetic corpus outside `content/`,
 * builds it with the real pipeline, measures, and writes a Markdown report.
 * See the README's "Performance" section for what is measured and the budgets.
 */
import { existsSync } from 'node:fs';
import { appendFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Lang } from '~/i18n/locales';
import { parseArgs, USAGE } from './args';
import { cleanEnv, root } from '../lib/build-env';
import { measureBuild, measureRun, type BuildMeasure } from './build';
import { BENCH_NOW, countWords, generateCorpus, writeCorpus, type Corpus } from './corpus';
import { hugoVersion, measureHugo, writeHugoSite } from './hugo';
import { isSkipped, renderReport, type BenchResult, type BuildFigures, type Skipped } from './report';
import { measureSearch } from './search';
import { folderSize, pageWeight, pagefindSizes } from './weight';
import { SEARCH_QUERIES } from './words';

/** The validate budget is set for this many releases. */
const VALIDATE_RELEASES = 1000;

/** The edit of the warm rebuild: one sentence more in one release. */
const EDIT: Record<Lang, string> = {
  nl: 'Dit bericht is aangevuld met een nieuwe alinea over de vergunningsaanvraag.',
  en: 'This release has been updated with a new paragraph about the permit application.',
  de: 'Diese Meldung wurde um einen Absatz zum Genehmigungsantrag ergänzt.',
  fr: 'Ce communiqué a été complété par un paragraphe sur la demande de permis.',
};

const log = (message: string) => console.log(`[bench] ${message}`);
const figures = (b: BuildMeasure): BuildFigures => ({
  ok: b.ok,
  wallMs: b.wallMs,
  peakRssBytes: b.peakRssBytes,
  cpuSeconds: b.cpuSeconds,
  phases: b.phases,
  milestones: b.milestones,
  // Astro logs each page: `├─ /nl/ (+12ms)` when rendered, `(restored)` or `(cached)` when copied.
  rendered: b.lines.filter((l) => /[├└]─ \S+ \(\+/.test(l.text)).length,
  reused: b.lines.filter((l) => /[├└]─ \S+ \((restored|cached)\)/.test(l.text)).length,
});

/** The clock `minutes` after BENCH_NOW, as PRESS_NOW takes it. */
function benchClockPlus(minutes: number): Date {
  return new Date(new Date(BENCH_NOW).getTime() + minutes * 60_000);
}
const skipped = (reason: string): Skipped => ({ skipped: reason });
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]!;

/** The site path of a release file: `releases/nl/2023/slug.md` → `/nl/2023/slug/`. */
const releasePath = (file: string) => `/${file.replace(/^releases\//, '').replace(/\.mdx?$/, '')}/`;

function failed(build: BuildMeasure, what: string): Error {
  const tail = build.lines
    .slice(-40)
    .map((l) => l.text)
    .join('\n');
  return new Error(`${what} failed (exit ${build.exitCode}):\n${tail}`);
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const out = resolve(options.out ?? join(root, '.bench', `r${options.releases}-s${options.seed}`));
  const reportPath = resolve(options.report ?? join(out, 'bench-report.md'));
  const dir = (name: string) => join(out, name);
  // A fresh start: a leftover cache would make the "cold" build warm.
  for (const name of [
    'content',
    'dist',
    'cache',
    'dist-default-md',
    'cache-default-md',
    'hugo',
    'validate-content',
  ]) {
    await rm(dir(name), { recursive: true, force: true });
  }
  await mkdir(out, { recursive: true });
  const startedAt = new Date().toISOString();

  log(`generating ${options.releases} releases (seed ${options.seed}) in ${dir('content')}`);
  const t = performance.now();
  const corpus = generateCorpus({ releases: options.releases, seed: options.seed });
  await writeCorpus(dir('content'), corpus);
  const generateMs = Math.round(performance.now() - t);

  const build = (name: string, env: Record<string, string> = {}, cache = 'cache') =>
    measureBuild(
      { contentDir: dir('content'), outDir: dir(name), cacheDir: dir(cache), logFile: dir(`${name}.log`) },
      BENCH_NOW,
      env,
    );

  log('cold build');
  const loadBefore = loadavg()[0]!;
  const cold = await build('dist');
  if (!cold.ok) throw failed(cold, 'cold build');
  log(
    `cold build: ${cold.wallMs} ms, ${cold.cpuSeconds} s CPU, peak ${Math.round(cold.peakRssBytes / 1e6)} MB`,
  );

  const [size, pagefind] = await Promise.all([folderSize(dir('dist')), pagefindSizes(dir('dist'))]);
  const sample = corpus.releases[0]!;
  const pages = await Promise.all([
    pageWeight(dir('dist'), 'release', releasePath(sample.path)),
    pageWeight(dir('dist'), 'home', '/nl/'),
    pageWeight(dir('dist'), 'search', '/nl/search/'),
  ]);

  let search: BenchResult['search'] = skipped('--skip-search');
  if (!options.skipSearch) {
    log('search in Chromium');
    const indexed = new Set(pagefind.map((p) => p.lang));
    const queries = Object.fromEntries(Object.entries(SEARCH_QUERIES).filter(([lang]) => indexed.has(lang)));
    search = await measureSearch(dir('dist'), queries).catch((error: unknown) => skipped(reason(error)));
  }

  let unchanged: BuildMeasure | Skipped = skipped('--skip-unchanged');
  if (!options.skipUnchanged) {
    log('rebuild with nothing changed');
    unchanged = await build('dist');
    if (!unchanged.ok) throw failed(unchanged, 'unchanged rebuild');
  }

  log('warm rebuild after editing one release');
  await appendFile(join(dir('content'), sample.path), `\n${EDIT[sample.lang]}\n`);
  const warm = await build('dist');
  if (!warm.ok) throw failed(warm, 'warm rebuild');

  // An embargo that lifts: one more release gets an embargo an hour after the clock (a rebuild
  // that leaves it out), then the clock moves past it, as a scheduled rebuild at the lift would.
  let lift: BuildMeasure | Skipped = skipped('--skip-lift');
  if (!options.skipLift) {
    log('rebuild after an embargo lifts');
    const held = corpus.releases[1]!;
    const heldFile = join(dir('content'), held.path);
    const text = await readFile(heldFile, 'utf8');
    await writeFile(heldFile, text.replace(/^---\n/, `---\nembargo: ${benchClockPlus(60).toISOString()}\n`));
    const placed = await build('dist');
    if (!placed.ok) throw failed(placed, 'rebuild with a new embargo');
    lift = await build('dist', { PRESS_NOW: benchClockPlus(120).toISOString() });
    if (!lift.ok) throw failed(lift, 'rebuild after the embargo lifted');
  }

  let defaultMarkdown: BenchResult['defaultMarkdown'] = skipped('--skip-default-md');
  if (!options.skipDefaultMd) {
    log("cold build with Astro's default Markdown processor");
    const other = await build('dist-default-md', { PRESS_MARKDOWN: 'default' }, 'cache-default-md');
    defaultMarkdown = other.ok ? figures(other) : skipped(reason(failed(other, 'build')));
    await rm(dir('dist-default-md'), { recursive: true, force: true });
    await rm(dir('cache-default-md'), { recursive: true, force: true });
  }

  let hugo: BenchResult['hugo'] = skipped('--skip-hugo');
  if (!options.skipHugo) {
    const version = await hugoVersion();
    if (!version) hugo = skipped('hugo is not installed (Debian: apt-get install -y hugo)');
    else {
      log('Hugo build');
      await writeHugoSite(dir('content'), dir('hugo'));
      const run = await measureHugo(dir('hugo'), dir('hugo.log'));
      hugo = {
        ok: run.ok,
        wallMs: run.wallMs,
        peakRssBytes: run.peakRssBytes,
        cpuSeconds: run.cpuSeconds,
        version,
      };
      await rm(dir('hugo'), { recursive: true, force: true });
    }
  }

  let validate: BenchResult['validate'] = skipped('scripts/validate.ts does not exist');
  if (existsSync(join(root, 'scripts/validate.ts'))) {
    log(`npm run validate on ${VALIDATE_RELEASES} releases`);
    let contentDir = dir('content');
    if (options.releases !== VALIDATE_RELEASES) {
      contentDir = dir('validate-content');
      await writeCorpus(contentDir, generateCorpus({ releases: VALIDATE_RELEASES, seed: options.seed }));
    }
    // Through npm, as staff run it: npm's own start-up is part of what they wait for.
    const npm = process.env['npm_execpath'];
    const run = await measureRun(
      npm ? process.execPath : 'npm',
      [...(npm ? [npm] : []), 'run', '--silent', 'validate'],
      {
        cwd: root,
        env: { ...cleanEnv(), PRESS_CONTENT_DIR: contentDir, PRESS_NOW: BENCH_NOW },
        logFile: dir('validate.log'),
      },
    );
    validate = { ms: run.wallMs, releases: VALIDATE_RELEASES, ok: run.ok };
    await rm(dir('validate-content'), { recursive: true, force: true });
  }

  const result: BenchResult = {
    releases: options.releases,
    seed: options.seed,
    startedAt,
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model.trim() ?? 'unknown CPU',
      memoryBytes: totalmem(),
      loadBefore,
      node: process.version,
      astro: (
        JSON.parse(await readFile(join(root, 'node_modules/astro/package.json'), 'utf8')) as {
          version: string;
        }
      ).version,
    },
    corpus: corpusFigures(corpus, generateMs),
    cold: figures(cold),
    warm: figures(warm),
    unchanged: isSkipped(unchanged) ? unchanged : figures(unchanged),
    lift: isSkipped(lift) ? lift : figures(lift),
    output: { ...size, pagefind },
    pages,
    search,
    validate,
    hugo,
    defaultMarkdown,
  };
  const report = renderReport(result);
  await mkdir(dirname(reportPath), { recursive: true });
  await writeFile(reportPath, report);
  await writeFile(join(out, 'bench-result.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\n${report}`);
  log(`report written to ${reportPath}`);
}

function corpusFigures(corpus: Corpus, generateMs: number): BenchResult['corpus'] {
  const byLang: Record<Lang, number> = { nl: 0, en: 0, de: 0, fr: 0 };
  for (const r of corpus.releases) byLang[r.lang]++;
  return {
    byLang,
    translated: corpus.releases.filter((r) => r.translationKey).length,
    mdx: corpus.releases.filter((r) => r.mdx).length,
    words: corpus.releases.reduce((n, r) => n + countWords(r.body), 0),
    bytes: corpus.releases.reduce((n, r) => n + Buffer.byteLength(r.content), 0),
    generateMs,
  };
}

main().catch((error: unknown) => {
  console.error(`[bench] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
