/**
 * Safe XML reading for the full-text formats: a whole article becomes a small
 * ordered tree (elements and text, nothing else) that the JATS and TEI readers
 * walk. saxes never reads a DTD, so nothing is fetched from disk or network;
 * a document that declares entities in its DOCTYPE is refused outright (that is
 * how XXE and billion-laughs files work), and an entity the fixed table in
 * entities.ts does not know is a parse error naming file, line and column, as is
 * any malformed or truncated document. Size and depth are bounded.
 */
import { SaxesParser } from 'saxes';
import { ParseError } from '../errors.js';
import { NAMED_ENTITIES } from './entities.js';

/** One element: its qualified name as written, its attributes, its children in order. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

/** Bounds on one document, so a hostile or runaway file cannot exhaust memory. */
export const XML_LIMITS = {
  /** Characters of XML in one article. */
  chars: 64 * 1024 * 1024,
  /** Element nesting depth. */
  depth: 256,
} as const;

/** Where saxes reports its errors: "file:line:column: message". */
const SAXES_POSITION = /:(\d+):(\d+): (.*)$/s;

function toParseError(file: string, err: Error): ParseError {
  const m = SAXES_POSITION.exec(err.message);
  if (!m) return new ParseError(file, `not well-formed XML: ${err.message}`);
  return new ParseError(file, `not well-formed XML: ${m[3]}`, Number(m[1]), Number(m[2]));
}

/**
 * Parses `text` (file `file`) into its root element. Throws ParseError when the
 * document is not well-formed, declares entities, uses an unknown entity, or is
 * over the limits.
 */
export function parseXml(text: string, file: string): XmlElement {
  if (text.length > XML_LIMITS.chars) {
    throw new ParseError(
      file,
      `the document is ${text.length} characters long; the limit is ${XML_LIMITS.chars}`,
    );
  }
  const parser = new SaxesParser({ fileName: file, position: true });
  parser.ENTITIES = Object.assign(Object.create(null) as Record<string, string>, NAMED_ENTITIES);
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  parser.on('error', (err) => {
    throw toParseError(file, err);
  });
  parser.on('doctype', (doctype) => {
    if (/<!ENTITY/i.test(doctype)) {
      throw new ParseError(
        file,
        'the DOCTYPE declares entities; documents that declare entities are refused (they are how external-entity and entity-expansion attacks work)',
        parser.line,
        parser.column,
      );
    }
  });
  parser.on('opentag', (tag) => {
    if (stack.length > XML_LIMITS.depth) {
      throw new ParseError(
        file,
        `elements nest deeper than ${XML_LIMITS.depth}`,
        parser.line,
        parser.column,
      );
    }
    const el: XmlElement = {
      name: tag.name,
      attrs: tag.attributes as Record<string, string>,
      children: [],
    };
    stack[stack.length - 1]!.children.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const onText = (t: string) => {
    if (stack.length > 1) stack[stack.length - 1]!.children.push(t);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.write(text.replace(/^\uFEFF/, '')).close();
  const top = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!top) throw new ParseError(file, 'the document has no root element');
  return top;
}

/** The element's local name (without a namespace prefix). */
export function localName(el: XmlElement): string {
  const i = el.name.indexOf(':');
  return i < 0 ? el.name : el.name.slice(i + 1);
}

/** Child elements, optionally only those named `name`. */
export function elements(el: XmlElement | undefined, name?: string): XmlElement[] {
  if (!el) return [];
  const out: XmlElement[] = [];
  for (const c of el.children) if (typeof c !== 'string' && (!name || c.name === name)) out.push(c);
  return out;
}

/** The first child element named `name`. */
export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

/** The first element (depth first, `el` excluded) for which `test` holds. */
export function find(
  el: XmlElement | undefined,
  test: (e: XmlElement) => boolean,
): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (test(c)) return c;
    const deeper = find(c, test);
    if (deeper) return deeper;
  }
  return undefined;
}

/** Every descendant element for which `test` holds, in document order (not below a match). */
export function findAll(
  el: XmlElement | undefined,
  test: (e: XmlElement) => boolean,
): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (typeof c === 'string') continue;
      if (test(c)) out.push(c);
      else walk(c);
    }
  };
  if (el) walk(el);
  return out;
}

/** Number of descendant elements for which `test` holds. */
export function count(el: XmlElement | undefined, test: (e: XmlElement) => boolean): number {
  if (!el) return 0;
  let n = 0;
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (test(c)) n++;
    n += count(c, test);
  }
  return n;
}

/** All text below `el`, whitespace collapsed, trimmed; undefined when empty. */
export function textOf(el: XmlElement | undefined): string | undefined {
  if (!el) return undefined;
  const parts: string[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (typeof c === 'string') parts.push(c);
      else walk(c);
    }
  };
  walk(el);
  const s = parts.join('').replace(/\s+/g, ' ').trim();
  return s === '' ? undefined : s;
}
