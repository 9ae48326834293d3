/**
 * `npm run validate [-- --strict]`: checks all content (drafts and embargoed releases too)
 * and prints every problem as `path:line:column: severity: field: message`.
 * Exits 1 when there are errors in the content, 2 when validate itself cannot run
 * (an unknown option, a missing content folder).
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const USAGE =
  'usage: npm run validate [-- --strict]\n  --strict  key figures not mentioned in the text, generic environmental claims and figures about\n            emissions or resources without fitting evidence are errors';

let strict = false;
try {
  const { values } = parseArgs({
    options: { strict: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  strict = values.strict;
} catch (error) {
  // A usage mistake is no content error: exit 2, like any other reason validate cannot run.
  console.error(`validate: ${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}

// Loaded here rather than imported: a broken site.yaml stops the configuration from loading,
// and that is a finding to print like any other, not a crash.
const loaded = await Promise.all([import('~/lib/config'), import('~/lib/authoring/validate')]).catch(
  (error: unknown) => {
    if (!(error instanceof Error && error.name === 'SiteConfigError')) throw error;
    console.log(error.message);
    console.log('\nFix site.yaml first: the other files are checked against its languages.');
    process.exit(1);
  },
);
const [{ buildNow, contentDir, site }, { formatFinding, readContentFiles, summarise, validateContent }] =
  loaded;

try {
  // Paths print relative to the project when the content is inside it, so editors can click them.
  const inside = relative(process.cwd(), resolve(contentDir));
  const dir = inside.startsWith('..') || isAbsolute(inside) ? resolve(contentDir) : inside || '.';
  const files = await readContentFiles(dir);
  const findings = validateContent(files, {
    dir,
    now: buildNow(),
    timeZone: site.timeZone,
    strict: strict || process.env.PRESS_STRICT === '1',
  });
  for (const finding of findings) console.log(formatFinding(finding));
  const releases = files.filter((f) => f.rel.startsWith('releases/')).length;
  console.log(
    `${findings.length > 0 ? '\n' : ''}${summarise(findings)} in ${releases} releases and ${files.length - releases} data files`,
  );
  process.exitCode = findings.some((f) => f.severity === 'error') ? 1 : 0;
} catch (error) {
  console.error(`validate: ${(error as Error).message}`);
  process.exitCode = 2;
}
