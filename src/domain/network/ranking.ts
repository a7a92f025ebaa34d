/**
 * How a network is cut to its limit: papers closer to a seed first, then the most cited
 * (citingPaperCount), then by id so the cut is deterministic. A traversal reaches papers level
 * by level, so only the last level it reaches can be cut.
 */

/** A paper reached at some level, as ranked for truncation. */
export interface Ranked {
  id: string;
  citingPaperCount?: number | null;
}

/** Orders two papers of the same level: most cited first, then by id. */
export function compareWithinLevel(a: Ranked, b: Ranked): number {
  const byCount = (b.citingPaperCount ?? 0) - (a.citingPaperCount ?? 0);
  if (byCount !== 0) return byCount;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Keeps at most `room` of one level's papers, best ranked first. `truncated` is true when
 * some were left out.
 */
export function cutLevel<T extends Ranked>(
  level: readonly T[],
  room: number,
): { kept: T[]; truncated: boolean } {
  const sorted = [...level].sort(compareWithinLevel);
  return { kept: sorted.slice(0, Math.max(0, room)), truncated: sorted.length > room };
}

/** In- and out-degree of every node within a set of edges. */
export function degrees(
  edges: readonly { source: string; target: string }[],
): Map<string, { inDegree: number; outDegree: number }> {
  const out = new Map<string, { inDegree: number; outDegree: number }>();
  const get = (id: string) => {
    let d = out.get(id);
    if (!d) out.set(id, (d = { inDegree: 0, outDegree: 0 }));
    return d;
  };
  for (const e of edges) {
    get(e.source).outDegree += 1;
    get(e.target).inDegree += 1;
  }
  return out;
}
