/**
 * CSV serialisers (RFC 4180, https://www.rfc-editor.org/rfc/rfc4180) for citation networks:
 * one table of nodes and one of edges, the layout Gephi's and most tools' spreadsheet import
 * expects. Streamed.
 *
 * The first row names the columns: `id` then the node attributes, or `source,target` then the
 * edge attributes (field names, see NODE_ATTRIBUTES / EDGE_ATTRIBUTES). A field is quoted only
 * when it holds a comma, a double quote or a line break; quotes inside are doubled. Records end
 * with LF rather than RFC 4180's CRLF, which every reader accepts. Absent values (null) are
 * empty fields, so a null and an empty string read back alike. Lists are joined with `|`
 * (LIST_SEPARATOR). Text is written as is: no spreadsheet formula neutralising.
 */
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

const NEEDS_QUOTES = /[",\r\n]/;

function field(value: AttributeValue): string {
  const text = attributeText(value) ?? '';
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

async function* table<T>(
  columns: readonly string[],
  rows: Source<T>,
  row: (record: T) => readonly AttributeValue[],
): AsyncGenerator<string> {
  const out = new ChunkBuffer();
  out.push(columns.join(',') + '\n');
  for await (const record of rows) {
    if (out.push(row(record).map(field).join(',') + '\n')) yield out.take();
  }
  yield out.take();
}

/** Streams the node table as RFC 4180 CSV, in chunks of about 64 KB. */
export function csvNodes(nodes: Source<NetworkNode>): AsyncGenerator<string> {
  const columns = ['id', ...NODE_ATTRIBUTES.map(([name]) => name)];
  return table(columns, nodes, (node) => [node.id, ...NODE_ATTRIBUTES.map(([name]) => node[name])]);
}

/** Streams the edge table as RFC 4180 CSV, in chunks of about 64 KB. */
export function csvEdges(edges: Source<NetworkEdge>): AsyncGenerator<string> {
  const columns = ['source', 'target', ...EDGE_ATTRIBUTES.map(([name]) => name)];
  return table(columns, edges, (edge) => [
    edge.source,
    edge.target,
    ...EDGE_ATTRIBUTES.map(([name]) => edge[name]),
  ]);
}
