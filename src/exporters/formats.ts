/**
 * The output formats of a citation-network export and which serialiser writes each. Pure: the
 * nodes and edges come from the caller (src/services/network-export.ts reads them), so this
 * folder holds serialisers only and never reaches the database.
 */
import { csvEdges, csvNodes } from './serialisers/csv.js';
import { cytoscapeJson } from './serialisers/cytoscape.js';
import { gexf } from './serialisers/gexf.js';
import { graphml } from './serialisers/graphml.js';
import type { ExportMeta, NetworkEdge, NetworkNode } from './serialisers/model.js';

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
