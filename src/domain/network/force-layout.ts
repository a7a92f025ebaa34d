/**
 * Force-directed positions for big explorer maps: ForceAtlas2 (graphology-layout-forceatlas2)
 * with the Barnes–Hut approximation, O(n log n) a step where the browser's CoSE is O(n²) and
 * froze the page for tens of seconds at 2,000 papers (bench/explorer-render.ts). Edges pull by
 * their weight; a `fixed` node (the pinned seed, the papers already placed when one is
 * expanded) keeps its position. Deterministic: nodes without a position start on a circle in
 * input order.
 */
import { UndirectedGraph } from 'graphology';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import type { WeightedEdge } from './pagerank.js';

// CommonJS module typed with a default export, as pagerank.
const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;

/** A node to place: where it starts (optional) and whether it must stay there. */
export interface LayoutNode {
  id: string;
  x?: number;
  y?: number;
  fixed?: boolean;
}

/** Positions of `nodes` after `iterations` ForceAtlas2 steps. */
export function forceLayout(
  nodes: readonly LayoutNode[],
  edges: readonly WeightedEdge[],
  iterations = 100,
): Record<string, { x: number; y: number }> {
  const graph = new UndirectedGraph({ multi: false, allowSelfLoops: false });
  const radius = 10 * Math.sqrt(nodes.length + 1);
  nodes.forEach((n, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, nodes.length);
    graph.mergeNode(n.id, {
      x: n.x ?? radius * Math.cos(a),
      y: n.y ?? radius * Math.sin(a),
      fixed: n.fixed === true,
    });
  });
  for (const e of edges) {
    if (e.source === e.target || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    const key = graph.edge(e.source, e.target);
    if (key === undefined) graph.addEdge(e.source, e.target, { weight: e.weight });
    else graph.updateEdgeAttribute(key, 'weight', (w: number) => w + e.weight);
  }
  if (graph.order === 0) return {};
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: graph.order > 300,
    edgeWeightInfluence: 1,
  };
  return forceAtlas2(graph, { iterations, settings, getEdgeWeight: 'weight' });
}
