import { describe, expect, it } from 'vitest';
import { formAction, headerPolicy, headersFile, sharedDirectives } from '~/lib/csp';

describe('Content-Security-Policy', () => {
  it('lets forms post to this site only, without a newsletter form', () => {
    expect(formAction({})).toBe("form-action 'self'");
    expect(headerPolicy({})).toContain("form-action 'self';");
  });

  it('adds the newsletter service’s origin and nothing more (no path, no query)', () => {
    const input = { subscribeAction: 'https://newsletter.talwerk.example/anmelden?liste=presse' };
    expect(formAction(input)).toBe("form-action 'self' https://newsletter.talwerk.example");
    expect(sharedDirectives(input)).toContain("form-action 'self' https://newsletter.talwerk.example");
    expect(headerPolicy(input)).toContain("form-action 'self' https://newsletter.talwerk.example;");
  });

  it('writes the header policy with what only a header can say', () => {
    const policy = headerPolicy({});
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(headersFile({})).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'self';/m);
    expect(headersFile({})).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
  });
});
