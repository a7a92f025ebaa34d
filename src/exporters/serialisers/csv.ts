/**
 * CSV serialisers for citation networks: one table of nodes and one of edges, the layout
 * Gephi's and most tools' spreadsheet import expects. Streamed.
 *
 * The first row names the columns: `id` then the node attributes, or `source,target` then the
 * edge attributes (field names, see NODE_ATTRIBUTES / EDGE_ATTRIBUTES). Fields and records are
 * written by the one CSV writer (src/domain/csv.ts: RFC 4180 quoting, CRLF record ends, absent
 * values as empty fields). Lists are joined with `|` (LIST_SEPARATOR). Text is written as is:
 * no spreadsheet formula neutralising.
 */
import { csvRecord } from '../../domain/csv.js';
import { ChunkBuffer } from './chunks.js';
import {
  EDGE_ATTRIBUTES,
  NODE_ATTRIBUTES,
  attributeText,
  type AttributeValue,
  type NetworkEdge,
  type NetworkNode,
  type Source,
} from './model.js';

async function* table<T>(
  columns: readonly string[],
  rows: Source<T>,
  row: (record: T) => readonly AttributeValue[],
): AsyncGenerator<string> {
  const out = new ChunkBuffer();
  out.push(csvRecord(columns));
  for await (const record of rows) {
    if (out.push(csvRecord(row(record).map(attributeText)))) yield out.take();
  }
  yield out.take();
}

/** Streams the node table as CSV, in chunks of about 64 KB. */
export function csvNodes(nodes: Source<NetworkNode>): AsyncGenerator<string> {
  const columns = ['id', ...NODE_ATTRIBUTES.map(([name]) => name)];
  return table(columns, nodes, (node) => [node.id, ...NODE_ATTRIBUTES.map(([name]) => node[name])]);
}

/** Streams the edge table as CSV, in chunks of about 64 KB. */
export function csvEdges(edges: Source<NetworkEdge>): AsyncGenerator<string> {
  const columns = ['source', 'target', ...EDGE_ATTRIBUTES.map(([name]) => name)];
  return table(columns, edges, (edge) => [
    edge.source,
    edge.target,
    ...EDGE_ATTRIBUTES.map(([name]) => edge[name]),
  ]);
}
