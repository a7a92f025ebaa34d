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
  return {
    ...row,
    dominantPolarity: dominantPolarity(row),
    weight: edgeWeight(row.statementCount),
  };
}

async function* allNodes(repo: NetworkExportRepository, size: number): AsyncGenerator<NetworkNode> {
  for (let after = ''; ;) {
    const page = await repo.nodePage(after, size);
    for (const row of page) yield toNetworkNode(row);
    const last = page[page.length - 1];
    if (page.length < size || !last) return;
    after = last.id;
  }
}

async function* allEdges(repo: NetworkExportRepository, size: number): AsyncGenerator<NetworkEdge> {
  for (let after: string | null = ''; after !== null;) {
    const page: { last: string | null; edges: ExportCitationRow[] } = await repo.edgePage(
      after,
      size,
    );
    for (const row of page.edges) yield toNetworkEdge(row);
    after = page.last;
  }
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
