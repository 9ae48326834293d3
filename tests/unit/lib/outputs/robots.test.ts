import { describe, expect, it } from 'vitest';
import { robotsTxt } from '~/lib/outputs/sitemap';

describe('robotsTxt for a build with unpublished work', () => {
  it('turns every crawler away and names no sitemap', () => {
    expect(robotsTxt('https://press.example/sitemap.xml', { unpublished: true })).toBe(
      'User-agent: *\nDisallow: /\n',
    );
  });
});
