/**
 * Influence score of the papers of a network: PageRank (damping 0.85) computed in process by
 * graphology-metrics over the directed citation graph, citing → cited, with edges weighted by
 * their `weight`. Scores are normalised to sum to 1 over the network.
 */
import { DirectedGraph } from 'graphology';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';

// The module is CommonJS (`module.exports = pagerank`) while its typings declare a default
// export, so under NodeNext the runtime default import is the function its `default` types.
const pagerank = pagerankModule as unknown as typeof pagerankModule.default;

/** Minimal edge shape the score needs. */
export interface WeightedEdge {
  source: string;
  target: string;
  weight: number;
}

/**
 * PageRank of every node in `nodeIds` over `edges` (edges whose ends are not both in
 * `nodeIds` are ignored). An empty network gives an empty map.
 */
export function pageRankScores(
  nodeIds: readonly string[],
  edges: readonly WeightedEdge[],
): Map<string, number> {
  if (nodeIds.length === 0) return new Map();
  const graph = new DirectedGraph({ multi: false, allowSelfLoops: true });
  for (const id of nodeIds) graph.mergeNode(id);
  for (const e of edges) {
    if (graph.hasNode(e.source) && graph.hasNode(e.target)) {
      graph.mergeEdge(e.source, e.target, { weight: e.weight });
    }
  }
  const raw = pagerank(graph, {
    getEdgeWeight: 'weight',
    alpha: 0.85,
    maxIterations: 1000,
    tolerance: 1e-9,
  });
  let sum = 0;
  for (const id of nodeIds) sum += raw[id] ?? 0;
  const scores = new Map<string, number>();
  for (const id of nodeIds) scores.set(id, sum > 0 ? (raw[id] ?? 0) / sum : 1 / nodeIds.length);
  return scores;
}
