/**
 * mulberry32 (public domain, by Tommy Ettinger): a small seeded pseudo-random generator, the
 * one every reproducible draw in the project uses (the corpus generator, Louvain's node order,
 * the fuzz tests). 32-bit integer arithmetic only, so a seed gives the same stream on every
 * platform.
 */

/** Uniform draws in [0, 1) from `seed` (any integer; only its low 32 bits count). */
export function mulberry32(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
