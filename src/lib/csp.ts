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
 * The `_headers` file (Netlify, Cloudflare Pages and other static hosts read it).
 * Pages also carry the CSP `<meta>`; browsers enforce both, so both must allow what runs.
 */
export function headersFile(input: CspInput): string {
  return `# Security headers for static hosts that read _headers (Netlify, Cloudflare Pages and others).
# Written by the build from src/lib/csp.ts; pages also carry a CSP <meta> from the same directives.
# 'wasm-unsafe-eval' lets the Pagefind search engine run its WebAssembly.
/*
  Content-Security-Policy: ${headerPolicy(input)}
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
  X-Frame-Options: DENY
  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()
  Cross-Origin-Opener-Policy: same-origin

/_astro/*
  Cache-Control: public, max-age=31536000, immutable
`;
}
