/**
 * GEXF 1.3 serialiser (http://gexf.net/1.3, schema http://gexf.net/1.3/gexf.xsd) for citation
 * networks, streamed; readable by Gephi 0.9.3+.
 *
 * GEXF has native slots for two of our fields, used instead of attributes: a node's `label` is
 * its title (whitespace collapsed, since the schema types labels as xsd:token) and an edge's
 * `weight` is its weight. Every other field is declared under `<attributes class="node">` or
 * `class="edge"` with the field name as id and title, typed integer, double, boolean or
 * string. Lists are strings joined with `|` (LIST_SEPARATOR). Absent values (null) get no
 * `<attvalue>`.
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

const GEXF_TYPE: Readonly<Record<AttributeKind, string>> = {
  string: 'string',
  int: 'integer',
  double: 'double',
  boolean: 'boolean',
  list: 'string',
};

const NODE_ATTVALUES = NODE_ATTRIBUTES.filter(([name]) => name !== 'title');
const EDGE_ATTVALUES = EDGE_ATTRIBUTES.filter(([name]) => name !== 'weight');

function attributesElement(
  target: 'node' | 'edge',
  attributes: ReadonlyArray<readonly [string, AttributeKind]>,
): string {
  let text = `    <attributes class="${target}">\n`;
  for (const [name, kind] of attributes) {
    text += `      <attribute id="${name}" title="${name}" type="${GEXF_TYPE[kind]}"/>\n`;
  }
  return text + '    </attributes>\n';
}

function header(meta: ExportMeta | undefined): string {
  const description =
    meta?.description === undefined
      ? ''
      : `    <description>${escapeXml(meta.description)}</description>\n`;
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
    ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n' +
    `  <meta>\n    <creator>Evidence Graph</creator>\n${description}  </meta>\n` +
    '  <graph defaultedgetype="directed" mode="static">\n' +
    attributesElement('node', NODE_ATTVALUES) +
    attributesElement('edge', EDGE_ATTVALUES) +
    '    <nodes>\n'
  );
}

function attvalues<T extends { [K in keyof T]?: AttributeValue }>(
  record: T,
  attributes: ReadonlyArray<readonly [keyof T & string, AttributeKind]>,
): string {
  let text = '';
  for (const [name] of attributes) {
    const value = attributeText(record[name]);
    if (value !== null) text += `          <attvalue for="${name}" value="${escapeXml(value)}"/>\n`;
  }
  return text === '' ? '' : `        <attvalues>\n${text}        </attvalues>\n`;
}

function nodeElement(node: NetworkNode): string {
  const label = node.title.replace(/[\t\n\r ]+/g, ' ').trim();
  return (
    `      <node id="${escapeXml(node.id)}" label="${escapeXml(label)}">\n` +
    attvalues(node, NODE_ATTVALUES) +
    '      </node>\n'
  );
}

function edgeElement(edge: NetworkEdge, index: number): string {
  const weight = attributeText(edge.weight);
  return (
    `      <edge id="${edgeId(index)}" source="${escapeXml(edge.source)}"` +
    ` target="${escapeXml(edge.target)}"${weight === null ? '' : ` weight="${weight}"`}>\n` +
    attvalues(edge, EDGE_ATTVALUES) +
    '      </edge>\n'
  );
}

/**
 * Streams a GEXF 1.3 document: all of `nodes` is read before `edges`, and the text is yielded
 * in chunks of about 64 KB, so memory stays flat however large the network.
 */
export async function* gexf(
  nodes: Source<NetworkNode>,
  edges: Source<NetworkEdge>,
  meta?: ExportMeta,
): AsyncGenerator<string> {
  const out = new ChunkBuffer();
  out.push(header(meta));
  for await (const node of nodes) {
    if (out.push(nodeElement(node))) yield out.take();
  }
  out.push('    </nodes>\n    <edges>\n');
  let index = 0;
  for await (const edge of edges) {
    if (out.push(edgeElement(edge, index++))) yield out.take();
  }
  out.push('    </edges>\n  </graph>\n</gexf>\n');
  yield out.take();
}
