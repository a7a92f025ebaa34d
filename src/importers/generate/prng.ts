/**
 * The draws the corpus generator needs, from one seeded stream (mulberry32,
 * src/domain/random.ts): one seed gives the same corpus everywhere.
 */
import { mulberry32 } from '../../domain/random.js';

/** Draws from one seeded stream. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** An item of `items` chosen with the given relative weights. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
}

/** A generator seeded with `seed` (any integer; only its low 32 bits count). */
export function seededRandom(seed: number): Random {
  const next = mulberry32(seed);
  return {
    next,
    int: (n) => Math.floor(next() * n),
    chance: (p) => next() < p,
    weighted(items) {
      const total = items.reduce((sum, [, w]) => sum + w, 0);
      let x = next() * total;
      for (const [item, w] of items) {
        x -= w;
        if (x < 0) return item;
      }
      return items[items.length - 1]![0];
    },
  };
}
