/**
 * pageRankScores (src/domain/network/pagerank.ts) gives, to the last bit, the scores that
 * graphology-metrics' PageRank gave before it replaced it (same damping, weights, tolerance
 * and summation order), on seeded random networks: dense and sparse, with dangling papers,
 * self-citations, edges leaving the node set and integer-like ids (whose object-key order
 * differs from insertion order).
 */
import { DirectedGraph } from 'graphology';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import { describe, expect, it } from 'vitest';
import { pageRankScores, type WeightedEdge } from '../../src/domain/network/pagerank.js';
import { seededRandom } from '../../src/importers/generate/prng.js';

const pagerank = pagerankModule as unknown as typeof pagerankModule.default;

/** The scores as the network repository computed them with graphology. */
function graphologyScores(ids: string[], edges: WeightedEdge[]): Map<string, number> {
  const graph = new DirectedGraph({ multi: false, allowSelfLoops: true });
  for (const id of ids) graph.mergeNode(id);
  for (const e of edges) {
    if (graph.hasNode(e.source) && graph.hasNode(e.target))
      graph.mergeEdge(e.source, e.target, { weight: e.weight });
  }
  const raw = pagerank(graph, {
    getEdgeWeight: 'weight',
    alpha: 0.85,
    maxIterations: 1000,
    tolerance: 1e-9,
  });
  let sum = 0;
  for (const id of ids) sum += raw[id] ?? 0;
  return new Map(ids.map((id) => [id, (raw[id] ?? 0) / sum]));
}

describe('pageRankScores against graphology-metrics', () => {
  it('gives the same numbers on 40 seeded random networks', () => {
    const random = seededRandom(18);
    for (let k = 0; k < 40; k++) {
      const n = 1 + random.int(80);
      const name = k % 3 === 0 ? (i: number) => String(1000 - i) : (i: number) => `p-${i}`;
      const ids = Array.from({ length: n }, (_, i) => name(i));
      const density = [0.02, 0.1, 0.4][k % 3]!;
      const edges: WeightedEdge[] = [];
      for (let s = 0; s < n; s++) {
        if (random.chance(0.1)) continue; // a dangling paper
        for (let t = 0; t < n + 3; t++) {
          if (!random.chance(density)) continue;
          // t ≥ n names a paper outside the network: its edge is ignored.
          edges.push({ source: name(s), target: name(t), weight: 1 + random.int(4) });
        }
      }
      edges.sort(() => random.next() - 0.5);
      expect(pageRankScores(ids, edges), `network ${k}`).toEqual(graphologyScores(ids, edges));
    }
  });
});
