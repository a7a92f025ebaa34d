/**
 * The citation-network export use case, shared by the HTTP route and the CLI: where the nodes
 * and edges come from (a seeded network, or the whole graph paged by id); the serialisers of
 * src/exporters then write them. Everything is pulled by the consumer (an HTTP response, a
 * file), so a whole-graph export holds one page of papers or citations in memory at a time,
 * however large the graph.
 */
import { citationEdge } from '../domain/network/citation-edge.js';
import type { NetworkRequest } from '../domain/network/options.js';
import { displayTitle } from '../domain/paper-title.js';
import type { ExportSource } from '../exporters/formats.js';
import type { NetworkEdge, NetworkNode } from '../exporters/serialisers/model.js';
import type { ExportPaperRow, NetworkExportRepository } from '../repositories/network/export.js';
import type { NetworkRepository } from '../repositories/network/traversal.js';

// The route and the CLI reach the formats through this use case.
export {
  EXPORT_FORMATS,
  serialise,
  type ExportFormat,
  type ExportSource,
} from '../exporters/formats.js';

/** Papers (and citing papers) per page of a whole-graph export. */
export const EXPORT_PAGE_SIZE = 1000;

/** The export node of a paper row; a stub without title shows its identifier, as the API does. */
export function toNetworkNode(row: ExportPaperRow): NetworkNode {
  return {
    id: row.id,
    doi: row.doi,
    title: displayTitle(row),
    year: row.year,
    venue: row.venue,
    publicationTypes: row.publicationTypes,
    citingPaperCount: row.citingPaperCount,
    interventions: row.interventions,
    outcomes: row.outcomes,
  };
}

/**
 * Pages of a keyset scan with the next page already requested while the current one is
 * being serialised, so the database and the serialiser work at the same time. `fetch(after)`
 * returns a page's items and the key to continue after (null at the end).
 */
async function* prefetched<T>(
  fetch: (after: string) => Promise<{ items: T[]; next: string | null }>,
): AsyncGenerator<T> {
  let pending: Promise<{ items: T[]; next: string | null }> | null = fetch('');
  try {
    while (pending) {
      const page: { items: T[]; next: string | null } = await pending;
      pending = page.next === null ? null : fetch(page.next);
      yield* page.items;
    }
  } finally {
    // A consumer that stops early (a client hanging up) leaves one page in flight: let it
    // finish or fail quietly rather than as an unhandled rejection.
    pending?.catch(() => undefined);
  }
}

function allNodes(repo: NetworkExportRepository, size: number): AsyncGenerator<NetworkNode> {
  return prefetched(async (after) => {
    const page = await repo.nodePage(after, size);
    const last = page[page.length - 1];
    return {
      items: page.map(toNetworkNode),
      next: page.length < size || !last ? null : last.id,
    };
  });
}

function allEdges(repo: NetworkExportRepository, size: number): AsyncGenerator<NetworkEdge> {
  return prefetched(async (after) => {
    const page = await repo.edgePage(after, size);
    return { items: page.edges.map(citationEdge), next: page.last };
  });
}

/** Every paper and every citation of the graph, paged by id; nothing is read until pulled. */
export function wholeGraph(
  repo: NetworkExportRepository,
  pageSize = EXPORT_PAGE_SIZE,
): ExportSource {
  return { nodes: allNodes(repo, pageSize), edges: allEdges(repo, pageSize) };
}

/** The network of `request` (as citationNetwork computes it), with export attributes. */
export async function seededNetwork(
  networks: NetworkRepository,
  repo: NetworkExportRepository,
  request: NetworkRequest,
): Promise<ExportSource> {
  const network = await networks.network(request);
  const rows = await repo.nodesByIds(network.nodes.map((n) => n.paper.id));
  const nodes: NetworkNode[] = [];
  for (const n of network.nodes) {
    const row = rows.get(n.paper.id);
    if (row) nodes.push({ ...toNetworkNode(row), depth: n.depth, score: n.score });
  }
  return { nodes: fromArray(nodes), edges: fromArray(network.edges) };
}

async function* fromArray<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}
