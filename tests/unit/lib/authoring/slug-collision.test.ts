import { describe, expect, it } from 'vitest';
import { collidingRelease } from '~/lib/authoring/slug';

describe('collidingRelease', () => {
  it('finds the release that would get the same URL, whatever its extension, case or Unicode form', () => {
    const folder = ['jaarcijfers.md', 'Thijs-Hoekstra-Directeur.MDX', 'U\u0308nïcödé-bericht.md', 'foto.jpg'];
    expect(collidingRelease(folder, 'jaarcijfers.mdx')).toBe('jaarcijfers.md');
    expect(collidingRelease(folder, 'thijs-hoekstra-directeur.md')).toBe('Thijs-Hoekstra-Directeur.MDX');
    expect(collidingRelease(folder, 'ünïcödé-bericht.md')).toBe('U\u0308nïcödé-bericht.md');
    expect(collidingRelease(folder, 'foto.md')).toBeUndefined();
    expect(collidingRelease(folder, 'nieuw-bericht.md')).toBeUndefined();
  });
});
