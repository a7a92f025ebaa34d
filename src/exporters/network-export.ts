/**
 * Citation-network exports: where the nodes and edges come from (a seeded network, or the
 * whole graph paged by id) and which serialiser writes them. Everything is an async generator
 * of text chunks, pulled by the consumer (an HTTP response, a file), so a whole-graph export
 * holds one page of papers or citations in memory at a time, however large the graph.
 */
import type { NetworkRequest } from '../domain/network/options.js';
import type { NetworkRepository } from '../repositories/network.js';
import type {
  ExportCitationRow,
  ExportPaperRow,
  NetworkExportRepository,
} from '../repositories/network-export.js';
import { csvEdges, csvNodes } from './serialisers/csv.js';
import { cytoscapeJson } from './serialisers/cytoscape.js';
import { gexf } from './serialisers/gexf.js';
import { graphml } from './serialisers/graphml.js';
import type { ExportMeta, NetworkEdge, NetworkNode } from './serialisers/model.js';
import { dominantPolarity, edgeWeight } from './serialisers/polarity.js';

/** Output formats; CSV comes as two documents, the node table and the edge table. */
export const EXPORT_FORMATS = [
  'graphml',
  'gexf',
  'cytoscape-json',
  'csv-nodes',
  'csv-edges',
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The nodes and edges of an export, each read once, nodes first. */
export interface ExportSource {
  nodes: AsyncIterable<NetworkNode>;
  edges: AsyncIterable<NetworkEdge>;
}

/** Papers (and citing papers) per page of a whole-graph export. */
export const EXPORT_PAGE_SIZE = 1000;

/** The export node of a paper row; a stub without title shows its identifier, as the API does. */
export function toNetworkNode(row: ExportPaperRow): NetworkNode {
  return { ...row, title: row.title ?? `(untitled: ${row.doi ?? row.id})` };
}

/** The export edge of a citation row, with its dominant polarity and weight. */
export function toNetworkEdge(row: ExportCitationRow): NetworkEdge {
  // An explicit literal, not a spread: a whole-graph export builds ten million of these.
  return {
    source: row.source,
    target: row.target,
    statementCount: row.statementCount,
    supporting: row.supporting,
    mentioning: row.mentioning,
    contrasting: row.contrasting,
    unclassified: row.unclassified,
    dominantPolarity: row.statementCount === 0 ? null : dominantPolarity(row),
    weight: edgeWeight(row.statementCount),
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
    return { items: page.edges.map(toNetworkEdge), next: page.last };
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

/** The text chunks of `source` in `format`. */
export function serialise(
  format: ExportFormat,
  source: ExportSource,
  meta?: ExportMeta,
): AsyncGenerator<string> {
  switch (format) {
    case 'graphml':
      return graphml(source.nodes, source.edges, meta);
    case 'gexf':
      return gexf(source.nodes, source.edges, meta);
    case 'cytoscape-json':
      return cytoscapeJson(source.nodes, source.edges, meta);
    case 'csv-nodes':
      return csvNodes(source.nodes);
    case 'csv-edges':
      return csvEdges(source.edges);
  }
}
