/**
 * A small seeded random number generator, so that one seed always yields the same corpus:
 * the benchmark must measure the code, not a different corpus on every run.
 */

/** A source of numbers in [0, 1), like Math.random but reproducible. */
export type Random = () => number;

/**
 * mulberry32: 32-bit state, fast and good enough for test data (not for cryptography).
 * @example mulberry32(1)() // 0.6270739405881613
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * An integer from `min` to `max`, both included.
 * @example int(mulberry32(1), 1, 6) // 4
 */
export function int(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** One element of a non-empty list. */
export function pick<T>(random: Random, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick: expected a non-empty list');
  return items[Math.floor(random() * items.length)]!;
}

/** One key, drawn with probability proportional to its weight. */
export function weighted<K extends string>(random: Random, weights: Readonly<Record<K, number>>): K {
  const entries = Object.entries(weights) as [K, number][];
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let r = random() * total;
  for (const [key, weight] of entries) {
    r -= weight;
    if (r < 0) return key;
  }
  return entries[entries.length - 1]![0];
}

/** `count` distinct elements of `items`, in drawing order. */
export function sample<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) {
    out.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  }
  return out;
}
