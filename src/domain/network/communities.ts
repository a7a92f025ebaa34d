/**
 * Clusters of the papers of a network: Louvain community detection (graphology-communities-louvain)
 * over the citation graph taken as undirected, edges weighted by their `weight`. The explorer
 * colours nodes by these clusters (POST /explore/communities). The library's random walk is fed a
 * fixed-seed generator so one network always gets the same clusters, and clusters are numbered
 * largest first (ties: the smallest member id first) so colours do not shuffle between requests.
 */
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import type { WeightedEdge } from './pagerank.js';
import { mulberry32 } from '../random.js';

// CommonJS module (`module.exports = louvain`) typed with a default export, as pagerank.
const louvain = louvainModule as unknown as typeof louvainModule.default;

/** A cluster assignment: `community[id]` numbers 0..count-1, 0 the largest cluster. */
export interface Communities {
  community: Record<string, number>;
  count: number;
  modularity: number;
}

/**
 * Louvain communities of `nodeIds` linked by `edges` (direction ignored; an edge whose ends are
 * not both in `nodeIds` is ignored; a paper with no edge is a cluster of its own).
 */
export function communities(
  nodeIds: readonly string[],
  edges: readonly WeightedEdge[],
  resolution = 1,
): Communities {
  const graph = new UndirectedGraph({ multi: false, allowSelfLoops: false });
  for (const id of nodeIds) graph.mergeNode(id);
  for (const e of edges) {
    if (e.source === e.target || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    const key = graph.edge(e.source, e.target);
    if (key === undefined) graph.addEdge(e.source, e.target, { weight: e.weight });
    else graph.updateEdgeAttribute(key, 'weight', (w: number) => w + e.weight);
  }
  if (graph.order === 0) return { community: {}, count: 0, modularity: 0 };
  const raw =
    graph.size === 0
      ? { communities: Object.fromEntries(nodeIds.map((id, i) => [id, i])), modularity: 0 }
      : louvain.detailed(graph, { getEdgeWeight: 'weight', resolution, rng: mulberry32(1) });
  return { ...renumber(raw.communities), modularity: raw.modularity };
}

/** Numbers clusters by size, largest first, ties broken by their smallest member id. */
function renumber(raw: Record<string, number>): Omit<Communities, 'modularity'> {
  const members = new Map<number, string[]>();
  for (const [id, c] of Object.entries(raw)) {
    const list = members.get(c);
    if (list) list.push(id);
    else members.set(c, [id]);
  }
  const ordered = [...members.values()]
    .map((ids) => ids.sort())
    .sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  const community: Record<string, number> = {};
  ordered.forEach((ids, i) => ids.forEach((id) => (community[id] = i)));
  return { community, count: ordered.length };
}
