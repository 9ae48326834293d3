/**
 * The Content-Security-Policy, once for both places that carry it: the `<meta>` tag Astro writes
 * into every page and the `_headers` file for static hosts. Loaded by astro.config.mjs: no `~/`.
 */

/** A directive of the meta policy, typed the way Astro's `security.csp.directives` takes it. */
export type MetaDirective =
  `${'default-src' | 'img-src' | 'connect-src' | 'object-src' | 'base-uri' | 'form-action'} ${string}`;

/** What the policy depends on: the newsletter form's address, when the newsroom has one. */
export interface CspInput {
  subscribeAction?: string | undefined;
}

/**
 * `form-action`: this site's own search form, plus the newsletter service's origin and nothing more.
 * @example formAction({ subscribeAction: 'https://lists.example/join?list=1' }) // "form-action 'self' https://lists.example"
 */
export function formAction({ subscribeAction }: CspInput): `form-action ${string}` {
  return subscribeAction ? `form-action 'self' ${new URL(subscribeAction).origin}` : "form-action 'self'";
}

/** Directives both policies share; Astro adds script-src and style-src to the meta tag itself. */
export function sharedDirectives(input: CspInput): MetaDirective[] {
  return [
    "default-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    formAction(input),
  ];
}

/** Pagefind's search engine is WebAssembly. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];

/** The full policy for the `_headers` file (frame-ancestors works only as a header, not in a meta tag). */
export function headerPolicy(input: CspInput): string {
  return [
    ...sharedDirectives(input),
    `script-src ${SCRIPT_SOURCES.join(' ')}`,
    "style-src 'self'",
    "font-src 'self'",
    "frame-ancestors 'none'",
    'upgrade-insecure-requests',
  ].join('; ');
}

/**
 * The `_headers` file (Netlify, Cloudflare Pages and other static hosts read it). They are part
 * of the site's security model: on a host that ignores it, configure the same headers there
 * (README, "Publishing": nginx and CloudFront; a unit test keeps them equal).
 * Pages also carry the CSP `<meta>`; browsers enforce both, so both must allow what runs.
 */
export function headersFile(input: CspInput): string {
  return `# Security headers for static hosts that read _headers (Netlify, Cloudflare Pages and others).
# Written by the build from src/lib/csp.ts; pages also carry a CSP <meta> from the same directives.
# 'wasm-unsafe-eval' lets the Pagefind search engine run its WebAssembly.
# Hosts differ in how they combine one header set by two matching rules (Netlify: the later
# wins; Cloudflare: joined with a comma), so no header below is set by two rules that overlap,
# but for the stricter policy on SVGs, which is safe either way.
/*
  Content-Security-Policy: ${headerPolicy(input)}
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
  X-Frame-Options: DENY
  Permissions-Policy: camera=(), microphone=(), geolocation=(), browsing-topics=()
  Cross-Origin-Opener-Policy: same-origin
  Cross-Origin-Resource-Policy: same-origin
  Strict-Transport-Security: max-age=63072000; includeSubDomains

# Exports and feeds are meant for other newsrooms' and readers' scripts: readable from any origin.
# (Cross-Origin-Resource-Policy governs only no-cors loads such as <img>, so it does not stop them.)
/api/*
  Access-Control-Allow-Origin: *
/:lang/feed.xml
  Access-Control-Allow-Origin: *
/:lang/atom.xml
  Access-Control-Allow-Origin: *
/:lang/feed.json
  Access-Control-Allow-Origin: *
/:lang/topics/:topic/feed.xml
  Access-Control-Allow-Origin: *
/:lang/topics/:topic/atom.xml
  Access-Control-Allow-Origin: *
/:lang/topics/:topic/feed.json
  Access-Control-Allow-Origin: *

/_astro/*
  Cache-Control: public, max-age=31536000, immutable

# An SVG opened on its own is a document that can run script; this policy keeps it inert where the
# host reads _headers. Releases may not use SVG images at all (npm run validate refuses them).
/_astro/*.svg
  Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; sandbox
`;
}
