/**
 * A stand-in for Astro's virtual module `astro:content` in unit tests (vitest.config.ts aliases
 * it here), so that the catalogue can be tested without a build: a test puts entries in with
 * `setCollections` and the catalogue reads them through `getCollection` as it would in a build.
 */
const collections = new Map<string, unknown[]>();

/** Replaces every collection; collections not named are empty. */
export function setCollections(entries: Record<string, unknown[]>): void {
  collections.clear();
  for (const [name, list] of Object.entries(entries)) collections.set(name, list);
}

export async function getCollection(name: string): Promise<unknown[]> {
  return collections.get(name) ?? [];
}

export async function render(): Promise<never> {
  throw new Error('render() needs a real Astro build; test it in tests/build/');
}
