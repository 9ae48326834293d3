/**
 * `npm run validate [-- --strict]`: checks all content (drafts and embargoed releases too)
 * and prints every problem as `path:line:column: severity: field: message`.
 * Exits non-zero when there are errors.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { strict: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
});
if (values.help) {
  console.log(
    'usage: npm run validate [-- --strict]\n  --strict  key figures not mentioned in the text are errors',
  );
  process.exit(0);
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
    strict: values.strict || process.env.PRESS_STRICT === '1',
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
