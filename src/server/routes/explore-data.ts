/**
 * POST /explore/communities: the explorer's data route. The browser sends the network on
 * screen (which changes as people expand and remove papers) as `{nodes: [id], edges:
 * [{source, target, weight}]}` and gets back its Louvain clusters `{community: {id: n}, count,
 * modularity}` (src/domain/network/communities.ts) for the cluster colouring. Guarded like
 * /graphql; bad bodies are 400 BAD_USER_INPUT in the GraphQL error shape.
 */
import express, { type RequestHandler, type Router } from 'express';
import { badInput } from '../../domain/errors.js';
import { communities } from '../../domain/network/communities.js';
import type { WeightedEdge } from '../../domain/network/pagerank.js';
import { guarded, type RouteDeps } from '../guard.js';

/** The explorer draws at most 2,000 papers (citationNetwork's limit); expansions add a few. */
export const MAX_CLUSTER_NODES = 5000;
export const MAX_CLUSTER_EDGES = 100_000;

const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length < 500;

/** Validates the posted network; the first bad part is named in the error. */
export function clusterRequest(body: unknown): { nodes: string[]; edges: WeightedEdge[] } {
  const b = (body ?? {}) as { nodes?: unknown; edges?: unknown };
  if (!Array.isArray(b.nodes) || !b.nodes.every(isId)) {
    throw badInput('nodes', 'nodes must be a list of paper ids');
  }
  if (b.nodes.length > MAX_CLUSTER_NODES) {
    throw badInput('nodes', `at most ${MAX_CLUSTER_NODES} nodes`);
  }
  if (!Array.isArray(b.edges) || b.edges.length > MAX_CLUSTER_EDGES) {
    throw badInput('edges', `edges must be a list of at most ${MAX_CLUSTER_EDGES} citations`);
  }
  const edges = b.edges.map((e: { source?: unknown; target?: unknown; weight?: unknown }) => {
    const weight = e?.weight ?? 1;
    if (!isId(e?.source) || !isId(e?.target) || typeof weight !== 'number' || !(weight > 0)) {
      throw badInput('edges', 'each edge needs a source, a target and a positive weight');
    }
    return { source: e.source, target: e.target, weight };
  });
  return { nodes: b.nodes, edges };
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
  return router;
}
