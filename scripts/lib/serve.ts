/** Serves a built site as a production host would: the `_headers` of every path, index files, the 404 page. */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

/**
 * The headers that `_headers` gives every path (`/*`), as a static host would send them, so that
 * pages run under the production Content-Security-Policy.
 */
export function siteWideHeaders(headersFile: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let inSiteWide = false;
  for (const line of headersFile.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      inSiteWide = line.trim() === '/*';
      continue;
    }
    const at = line.indexOf(':');
    if (inSiteWide && at > 0) headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
  }
  return headers;
}

/** A static file server for `dir`; call `listen` on it. */
export function serveStatic(dir: string): Server {
  const headers = siteWideHeaders(readFileSync(join(dir, '_headers'), 'utf8'));
  const files = sirv(dir, {
    dev: true,
    extensions: ['html'],
    setHeaders: (res) => res.setHeaders(new Map(Object.entries(headers))),
  });
  const notFound = readFileSync(join(dir, '404.html'));
  return createServer((req, res) =>
    files(req, res, () => {
      res.writeHead(404, { ...headers, 'content-type': 'text/html; charset=utf-8' }).end(notFound);
    }),
  );
}
