/**
 * Independent readers for the four export formats, for round-trip tests: fast-xml-parser for
 * GraphML and GEXF, csv-parse for CSV, JSON.parse for Cytoscape JSON. Each gives the same
 * neutral shape: node attributes and edge attributes as text, keyed by attribute name, with
 * absent values left out and lists joined with `|`, as the text formats write them.
 */
import { XMLParser } from 'fast-xml-parser';
import { parse as parseCsv } from 'csv-parse/sync';

/** A parsed export: attributes as text by node id, and edges in document order. */
export interface ParsedNetwork {
  nodes: Map<string, Record<string, string>>;
  edges: { source: string; target: string; attrs: Record<string, string> }[];
  /** Declared attribute types, `node.year` → `int` (XML formats only). */
  types: Record<string, string>;
}

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
  isArray: (name) =>
    ['key', 'node', 'edge', 'data', 'attribute', 'attvalue', 'attributes'].includes(name),
});

const text = (v: unknown): string =>
  typeof v === 'object' && v !== null ? String((v as any)['#text'] ?? '') : String(v);

/** Reads a GraphML document. */
export function readGraphml(doc: string): ParsedNetwork {
  const root = xml.parse(doc).graphml;
  const types: Record<string, string> = {};
  for (const k of root.key) types[`${k.for}.${k['attr.name']}`] = k['attr.type'];
  const data = (el: any) => Object.fromEntries((el.data ?? []).map((d: any) => [d.key, text(d)]));
  const graph = root.graph;
  return {
    types,
    nodes: new Map((graph.node ?? []).map((n: any) => [n.id, data(n)])),
    edges: (graph.edge ?? []).map((e: any) => ({
      source: e.source,
      target: e.target,
      attrs: data(e),
    })),
  };
}

/** Reads a GEXF document; its native label and weight come back as `title` and `weight`. */
export function readGexf(doc: string): ParsedNetwork {
  const graph = xml.parse(doc).gexf.graph;
  const types: Record<string, string> = {};
  for (const group of graph.attributes) {
    for (const a of group.attribute) types[`${group.class}.${a.title}`] = a.type;
  }
  const values = (el: any) =>
    Object.fromEntries((el.attvalues?.attvalue ?? []).map((v: any) => [v.for, String(v.value)]));
  return {
    types,
    nodes: new Map(
      (graph.nodes.node ?? []).map((n: any) => [n.id, { title: String(n.label), ...values(n) }]),
    ),
    edges: (graph.edges.edge ?? []).map((e: any) => ({
      source: e.source,
      target: e.target,
      attrs: { ...values(e), ...(e.weight !== undefined ? { weight: String(e.weight) } : {}) },
    })),
  };
}

const asText = (v: unknown): string | null =>
  v === null || v === undefined ? null : Array.isArray(v) ? v.join('|') : String(v);

function compact(record: Record<string, unknown>, skip: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(record)) {
    const t = asText(v);
    if (!skip.includes(k) && t !== null) out[k] = t;
  }
  return out;
}

/** Reads a Cytoscape.js elements document. */
export function readCytoscape(doc: string): ParsedNetwork & { raw: any } {
  const raw = JSON.parse(doc);
  return {
    raw,
    types: {},
    nodes: new Map(raw.elements.nodes.map((n: any) => [n.data.id, compact(n.data, ['id'])])),
    edges: raw.elements.edges.map((e: any) => ({
      source: e.data.source,
      target: e.data.target,
      attrs: compact(e.data, ['id', 'source', 'target']),
    })),
  };
}

/** Reads the node and edge CSV tables; empty fields are absent values. */
export function readCsv(nodesCsv: string, edgesCsv: string): ParsedNetwork {
  const rows = (t: string) => parseCsv(t, { columns: true }) as Record<string, string>[];
  const drop = (r: Record<string, string>, skip: string[]) =>
    Object.fromEntries(Object.entries(r).filter(([k, v]) => v !== '' && !skip.includes(k)));
  return {
    types: {},
    nodes: new Map(rows(nodesCsv).map((r) => [r.id as string, drop(r, ['id'])])),
    edges: rows(edgesCsv).map((r) => ({
      source: r.source as string,
      target: r.target as string,
      attrs: drop(r, ['source', 'target']),
    })),
  };
}
