/**
 * GraphML 1.0 serialiser (http://graphml.graphdrawing.org/xmlns, schema
 * http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd) for citation networks, streamed.
 *
 * Every attribute is declared once as a typed `<key>` whose id and `attr.name` are the field
 * name (see NODE_ATTRIBUTES / EDGE_ATTRIBUTES); `attr.type` is int, double, boolean or
 * string. Lists are strings joined with `|` (LIST_SEPARATOR). Absent values (null) get no
 * `<data>` element.
 * Edges are directed, citing → cited, with synthetic ids e0, e1, …
 */
import { ChunkBuffer } from './chunks.js';
import {
  EDGE_ATTRIBUTES,
  NODE_ATTRIBUTES,
  attributeText,
  edgeId,
  type AttributeKind,
  type AttributeValue,
  type ExportMeta,
  type NetworkEdge,
  type NetworkNode,
  type Source,
} from './model.js';
import { escapeXml } from './xml.js';

const GRAPHML_TYPE: Readonly<Record<AttributeKind, string>> = {
  string: 'string',
  int: 'int',
  double: 'double',
  boolean: 'boolean',
  list: 'string',
};

function keyElement(name: string, kind: AttributeKind, target: 'node' | 'edge'): string {
  return `  <key id="${name}" for="${target}" attr.name="${name}" attr.type="${GRAPHML_TYPE[kind]}"/>\n`;
}

function header(meta: ExportMeta | undefined): string {
  let text =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns' +
    ' http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  for (const [name, kind] of NODE_ATTRIBUTES) text += keyElement(name, kind, 'node');
  for (const [name, kind] of EDGE_ATTRIBUTES) text += keyElement(name, kind, 'edge');
  text += '  <graph id="G" edgedefault="directed">\n';
  if (meta?.description !== undefined) text += `    <desc>${escapeXml(meta.description)}</desc>\n`;
  return text;
}

// One element per line and no indentation inside it: a whole-graph export is mostly edge
// elements, and whitespace is a fifth of their bytes. Numbers need no escaping.
function dataElements<T extends { [K in keyof T]?: AttributeValue }>(
  record: T,
  attributes: ReadonlyArray<readonly [keyof T & string, AttributeKind]>,
): string {
  let text = '';
  for (const [name, kind] of attributes) {
    const value = attributeText(record[name]);
    if (value === null) continue;
    const safe = kind === 'string' || kind === 'list' ? escapeXml(value) : value;
    text += `<data key="${name}">${safe}</data>`;
  }
  return text;
}

function nodeElement(node: NetworkNode): string {
  return `    <node id="${escapeXml(node.id)}">${dataElements(node, NODE_ATTRIBUTES)}</node>\n`;
}

function edgeElement(edge: NetworkEdge, index: number): string {
  return (
    `    <edge id="${edgeId(index)}" source="${escapeXml(edge.source)}"` +
    ` target="${escapeXml(edge.target)}">${dataElements(edge, EDGE_ATTRIBUTES)}</edge>\n`
  );
}

/**
 * Streams a GraphML 1.0 document: all of `nodes` is read before `edges`, and the text is
 * yielded in chunks of about 64 KB, so memory stays flat however large the network.
 */
export async function* graphml(
  nodes: Source<NetworkNode>,
  edges: Source<NetworkEdge>,
  meta?: ExportMeta,
): AsyncGenerator<string> {
  const out = new ChunkBuffer();
  out.push(header(meta));
  for await (const node of nodes) {
    if (out.push(nodeElement(node))) yield out.take();
  }
  let index = 0;
  for await (const edge of edges) {
    if (out.push(edgeElement(edge, index++))) yield out.take();
  }
  out.push('  </graph>\n</graphml>\n');
  yield out.take();
}
