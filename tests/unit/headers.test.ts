/**
 * The HTTP headers are part of the security model, so the README's nginx and CloudFront examples
 * must send exactly what the build's `_headers` file sends (for a newsroom without a newsletter
 * form, as in the examples); and the publishing docs must keep their promises.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { headersFile } from '~/lib/csp';

const root = join(import.meta.dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

type Headers = Map<string, string>;

/** The blocks of a `_headers` file: path pattern, then its headers. */
function parseHeaders(text: string): { pattern: string; headers: Headers }[] {
  const blocks: { pattern: string; headers: Headers }[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) blocks.push({ pattern: line.trim(), headers: new Map() });
    else {
      const [, name, value] = /^\s+([^:]+):\s*(.*)$/.exec(line)!;
      blocks.at(-1)!.headers.set(name!, value!);
    }
  }
  return blocks;
}

/** The README's fenced code blocks of one language. */
function fences(lang: string): string[] {
  return [...readme.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);
}

/** `add_header Name "value" always;` lines. */
function addHeaders(text: string): Headers {
  return new Map([...text.matchAll(/add_header\s+(\S+)\s+"([^"]*)"\s+always;/g)].map((m) => [m[1]!, m[2]!]));
}

const blocks = parseHeaders(headersFile({}));
const everywhere = blocks.find((b) => b.pattern === '/*')!.headers;
const [snippet, server] = fences('nginx');

describe('the _headers file', () => {
  it('sends HSTS, CORP and the current Permissions-Policy on every response', () => {
    expect(everywhere.get('Strict-Transport-Security')).toBe('max-age=63072000; includeSubDomains');
    expect(everywhere.get('Cross-Origin-Resource-Policy')).toBe('same-origin');
    expect(everywhere.get('Permissions-Policy')).toContain('browsing-topics=()');
    expect(everywhere.get('Permissions-Policy')).not.toContain('interest-cohort');
  });

  it('never sets one header in two rules that can match one path (hosts combine them differently)', () => {
    // Except a stricter CSP for some paths: joined (Cloudflare) it is two policies, both enforced;
    // replaced (Netlify, the later rule) it is the stricter one. Either way nothing is loosened.
    const combinable = new Set(['Content-Security-Policy']);
    for (const block of blocks.filter((b) => b.pattern !== '/*')) {
      for (const name of block.headers.keys()) {
        if (!combinable.has(name)) expect(everywhere.has(name), `${block.pattern} ${name}`).toBe(false);
      }
    }
  });

  it('lets other sites read the exports and feeds', () => {
    for (const pattern of ['/api/*', '/:lang/feed.xml', '/:lang/topics/:topic/feed.json']) {
      expect(
        blocks.find((b) => b.pattern === pattern)?.headers.get('Access-Control-Allow-Origin'),
        pattern,
      ).toBe('*');
    }
  });
});

describe('the README nginx example', () => {
  it('sends every header of the /* rule, with the same value, and no other', () => {
    expect(snippet).toContain('perskamer-headers.conf');
    expect(addHeaders(snippet!)).toEqual(everywhere);
  });

  it('sends every path rule of _headers in a location that matches its paths, with the common headers again', () => {
    const locations = [...server!.matchAll(/location\s+(~\s+)?(\S+)\s+\{([^}]*)\}/g)].map((m) => ({
      regex: Boolean(m[1]),
      pattern: m[2]!,
      body: m[3]!,
    }));
    /** nginx's choice: the first matching regex location, else the longest matching prefix. */
    const locationFor = (path: string) =>
      locations.find((l) => l.regex && new RegExp(l.pattern).test(path)) ??
      locations
        .filter((l) => !l.regex && path.startsWith(l.pattern))
        .sort((a, b) => b.pattern.length - a.pattern.length)[0];
    for (const block of blocks.filter((b) => b.pattern !== '/*')) {
      const path = block.pattern.replace(':lang', 'nl').replace(':topic', 'energy').replace('*', 'x.json');
      const location = locationFor(path);
      expect(location, `a location for ${block.pattern}`).toBeDefined();
      expect(location!.body).toContain('include snippets/perskamer-headers.conf;');
      const sent = addHeaders(location!.body);
      for (const [name, value] of block.headers)
        expect(sent.get(name), `${block.pattern} ${name}`).toBe(value);
    }
  });

  it('serves the link that npm run build switches', () => {
    expect(server).toMatch(/root \/srv\/perskamer\/dist;/);
  });
});

describe('the README CloudFront example', () => {
  it('sends every header of the /* rule, with the same value, and no other', () => {
    const policy = JSON.parse(fences('json').find((f) => f.includes('SecurityHeadersConfig'))!) as {
      SecurityHeadersConfig: {
        ContentSecurityPolicy: { ContentSecurityPolicy: string };
        ContentTypeOptions: object;
        ReferrerPolicy: { ReferrerPolicy: string };
        FrameOptions: { FrameOption: string };
        StrictTransportSecurity: {
          AccessControlMaxAgeSec: number;
          IncludeSubdomains: boolean;
          Preload: boolean;
        };
      };
      CustomHeadersConfig: { Quantity: number; Items: { Header: string; Value: string }[] };
    };
    const security = policy.SecurityHeadersConfig;
    const hsts = security.StrictTransportSecurity;
    const sent: Headers = new Map([
      ['Content-Security-Policy', security.ContentSecurityPolicy.ContentSecurityPolicy],
      ['X-Content-Type-Options', 'nosniff'],
      ['Referrer-Policy', security.ReferrerPolicy.ReferrerPolicy],
      ['X-Frame-Options', security.FrameOptions.FrameOption],
      [
        'Strict-Transport-Security',
        `max-age=${hsts.AccessControlMaxAgeSec}${hsts.IncludeSubdomains ? '; includeSubDomains' : ''}${hsts.Preload ? '; preload' : ''}`,
      ],
      ...policy.CustomHeadersConfig.Items.map((i) => [i.Header, i.Value] as [string, string]),
    ]);
    expect(policy.CustomHeadersConfig.Quantity).toBe(policy.CustomHeadersConfig.Items.length);
    expect(sent).toEqual(everywhere);
  });
});

describe('the publishing recipes', () => {
  it('stop the cron job at the first failure, before anything is published', () => {
    const cron = fences('sh').find((f) => f.includes('publish.sh'))!;
    expect(cron).toMatch(/^set -euo pipefail$/m);
    expect(cron).toMatch(/^npm run build$/m);
    expect(cron).toMatch(/PRESS_CACHE_DIR=/);
  });

  it('give a CI workflow that keeps the cache, builds with npm run build and deploys only after it', () => {
    const workflow = parse(readFileSync(join(root, 'docs/publish-github-actions.yml'), 'utf8')) as {
      on: { schedule: unknown[] };
      env: Record<string, string>;
      jobs: { publish: { steps: { uses?: string; run?: string; id?: string }[] } };
    };
    const steps = workflow.jobs.publish.steps;
    const build = steps.findIndex((s) => s.run?.includes('npm run build'));
    const deploy = steps.findIndex((s) => s.uses?.startsWith('actions/deploy-pages'));
    expect(build).toBeGreaterThan(-1);
    expect(steps[build]!.run).toMatch(/set -euo pipefail/);
    expect(deploy).toBeGreaterThan(build);
    expect(steps.some((s) => s.uses?.startsWith('actions/cache'))).toBe(true);
    expect(workflow.env['PRESS_CACHE_DIR']).toBeDefined();
    expect(workflow.env['PRESS_NOW']).toBeUndefined();
    expect(workflow.on.schedule.length).toBeGreaterThan(0);
  });
});
