/**
 * The explorer's data routes, over the network on screen (which changes as people expand and
 * remove papers), sent as `{nodes, edges: [{source, target, weight}]}`:
 * - POST /explore/communities, `nodes: [id]`: its Louvain clusters `{community: {id: n}, count,
 *   modularity}` (src/domain/network/communities.ts) for the cluster colouring;
 * - POST /explore/layout, `nodes: [{id, x?, y?, fixed?}]`: ForceAtlas2 positions `{positions:
 *   {id: {x, y}}}` (src/domain/network/force-layout.ts) for the force layout of big maps.
 * Guarded like /graphql; bad bodies are 400 BAD_USER_INPUT in the GraphQL error shape.
 */
import express, { type RequestHandler, type Router } from 'express';
import { badInput } from '../../domain/errors.js';
import { communities } from '../../domain/network/communities.js';
import { forceLayout, type LayoutNode } from '../../domain/network/force-layout.js';
import type { WeightedEdge } from '../../domain/network/pagerank.js';
import { guarded, type RouteDeps } from '../guard.js';

/** The explorer draws at most 2,000 papers (citationNetwork's limit); expansions add a few. */
export const MAX_CLUSTER_NODES = 5000;
export const MAX_CLUSTER_EDGES = 100_000;

const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length < 500;

const isCoordinate = (v: unknown) => v === undefined || (typeof v === 'number' && isFinite(v));
const isLayoutNode = (v: unknown): v is LayoutNode => {
  const n = v as LayoutNode | null;
  return (
    typeof n === 'object' &&
    n !== null &&
    isId(n.id) &&
    isCoordinate(n.x) &&
    isCoordinate(n.y) &&
    (n.fixed === undefined || typeof n.fixed === 'boolean')
  );
};

/** Validates the posted network; the first bad part is named in the error. */
export function clusterRequest(body: unknown): { nodes: string[]; edges: WeightedEdge[] } {
  const b = (body ?? {}) as { nodes?: unknown };
  if (!Array.isArray(b.nodes) || !b.nodes.every(isId)) {
    throw badInput('nodes', 'nodes must be a list of paper ids');
  }
  if (b.nodes.length > MAX_CLUSTER_NODES) {
    throw badInput('nodes', `at most ${MAX_CLUSTER_NODES} nodes`);
  }
  return { nodes: b.nodes, edges: edgesOf(body) };
}

/** Validates a layout request: nodes with optional start positions and `fixed` flags. */
export function layoutRequest(body: unknown): { nodes: LayoutNode[]; edges: WeightedEdge[] } {
  const b = (body ?? {}) as { nodes?: unknown };
  if (!Array.isArray(b.nodes) || !b.nodes.every(isLayoutNode)) {
    throw badInput('nodes', 'nodes must be a list of {id, x?, y?, fixed?}');
  }
  if (b.nodes.length > MAX_CLUSTER_NODES) {
    throw badInput('nodes', `at most ${MAX_CLUSTER_NODES} nodes`);
  }
  return { nodes: b.nodes, edges: edgesOf(body) };
}

function edgesOf(body: unknown): WeightedEdge[] {
  const b = (body ?? {}) as { edges?: unknown };
  if (!Array.isArray(b.edges) || b.edges.length > MAX_CLUSTER_EDGES) {
    throw badInput('edges', `edges must be a list of at most ${MAX_CLUSTER_EDGES} citations`);
  }
  return b.edges.map((e: { source?: unknown; target?: unknown; weight?: unknown }) => {
    const weight = e?.weight ?? 1;
    if (!isId(e?.source) || !isId(e?.target) || typeof weight !== 'number' || !(weight > 0)) {
      throw badInput('edges', 'each edge needs a source, a target and a positive weight');
    }
    return { source: e.source, target: e.target, weight };
  });
}

/** The explorer's data routes; `json` is the app's body parser (its size limit). */
export function exploreDataRoutes(deps: RouteDeps, json: RequestHandler): Router {
  const router = express.Router();
  router.post(
    '/explore/communities',
    json,
    guarded(deps, async (_ctx, req, res) => {
      const { nodes, edges } = clusterRequest(req.body);
      res.json(communities(nodes, edges));
    }),
  );
  router.post(
    '/explore/layout',
    json,
    guarded(deps, async (_ctx, req, res) => {
      const { nodes, edges } = layoutRequest(req.body);
      res.json({ positions: forceLayout(nodes, edges, 100) });
    }),
  );
  return router;
}
