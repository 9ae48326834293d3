import { describe, expect, it } from 'vitest';
import { splitStoreModule } from '~/integrations/data-store-parts';

/** Runs the module's one statement and returns what it exports. */
const run = (code: string): unknown => new Function(code.replace('export default', 'return'))();

describe('splitStoreModule', () => {
  // The store as Astro writes it: devalue's flat array, with text in several languages.
  const store = JSON.stringify([
    ['Map', 1],
    'releases',
    'Één "bericht" met aanhalingstekens, een backslash \\ en CO₂',
    'Émissions évitées 🌍 (a character outside the BMP)',
  ]);
  const module = `export default JSON.parse(${JSON.stringify(store)})`;

  it('splits the one string into parts that join back to the same store, at any part size', () => {
    for (const size of [1, 2, 3, 7, 64]) {
      const split = splitStoreModule(module, size)!;
      expect(split, `part size ${size}`).toMatch(/^export default JSON\.parse\(\[".*"\]\.join\(""\)\)$/s);
      expect(run(split), `part size ${size}`).toEqual(JSON.parse(store));
    }
  });

  it('makes parts no longer than asked', () => {
    const split = splitStoreModule(module, 16)!;
    const parts = JSON.parse(
      split.slice('export default JSON.parse('.length, -'.join(""))'.length),
    ) as string[];
    expect(parts.length).toBe(Math.ceil(store.length / 16));
    expect(parts.every((p) => p.length <= 16)).toBe(true);
    expect(parts.join('')).toBe(store);
  });

  it('leaves a small store and code of any other shape as they are', () => {
    expect(splitStoreModule(module, store.length)).toBeUndefined();
    expect(splitStoreModule('export default new Map()', 1)).toBeUndefined();
    expect(splitStoreModule('export default JSON.parse(someVariable)', 1)).toBeUndefined();
    expect(splitStoreModule('export default{"releases":[(await import("x"))]}', 1)).toBeUndefined();
  });
});
