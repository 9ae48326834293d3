/**
 * The Hugo comparison: the same release Markdown built by Hugo with one minimal template,
 * as a yardstick for what a static generator needs for the bare text.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, readdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { cleanEnv } from '../lib/build-env';
import { measureRun, type RunMeasure } from './build';

/** Hugo's version line, or undefined when `hugo` is not on the PATH. */
export async function hugoVersion(): Promise<string | undefined> {
  try {
    const { stdout } = await promisify(execFile)('hugo', ['version']);
    return stdout.trim();
  } catch {
    return undefined;
  }
}

const CONFIG = `baseURL = 'https://polderstaal.example/'
title = 'Polderstaal (benchmark)'
# Only the release pages and their section lists: no taxonomies, feeds or sitemap.
disableKinds = ['taxonomy', 'term', 'RSS', 'sitemap', 'robotsTXT', '404']
[markup.goldmark.renderer]
unsafe = true
`;

const SINGLE = `<!doctype html>
<html lang="{{ index (split .File.Dir "/") 0 }}">
<head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body>
<h1>{{ .Title }}</h1>
<p>{{ .Params.location }}, {{ .Date.Format "2006-01-02" }}</p>
<ul>{{ range .Params.keyfigures }}<li>{{ .value }} {{ .label }}</li>{{ end }}</ul>
{{ .Content }}
</body>
</html>
`;

const LIST = `<!doctype html>
<html><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body>
</html>
`;

/** Writes a Hugo site around a copy of the corpus releases (MDX files as `.md`). */
export async function writeHugoSite(contentDir: string, site: string): Promise<void> {
  await mkdir(join(site, 'layouts/_default'), { recursive: true });
  await writeFile(join(site, 'hugo.toml'), CONFIG);
  await writeFile(join(site, 'layouts/_default/single.html'), SINGLE);
  await writeFile(join(site, 'layouts/_default/list.html'), LIST);
  await cp(join(contentDir, 'releases'), join(site, 'content'), { recursive: true });
  for (const entry of await readdir(join(site, 'content'), { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.mdx')) {
      const from = join(entry.parentPath, entry.name);
      await rename(from, from.replace(/\.mdx$/, '.md'));
    }
  }
}

/** Builds the Hugo site, measured like our build. */
export function measureHugo(site: string, logFile: string): Promise<RunMeasure> {
  return measureRun(
    'hugo',
    ['--source', site, '--destination', join(site, 'public'), '--cacheDir', join(site, 'cache')],
    {
      cwd: site,
      env: cleanEnv(),
      logFile,
    },
  );
}
