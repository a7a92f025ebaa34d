/**
 * Guessing an import file's format from its name and content: CSV headers,
 * JSON shapes (OpenAlex Work, Semantic Scholar Graph API, Crossref REST, CSL-JSON),
 * BibTeX/RIS by extension or content, JSON Lines (OpenAlex snapshot) by line,
 * full-text XML by name (`.nxml`, `.tei.xml`) or root element: JATS is an
 * `<article>` with a JATS/NLM DOCTYPE or JATS front matter, TEI a `<TEI>` root or the TEI namespace.
 */
import { FINDINGS_HEADER } from './csv-findings.js';
import { STATEMENTS_HEADER } from './csv-statements.js';
import { TAXONOMY_HEADER, TAXONOMY_OPTIONAL } from './csv-taxonomy.js';
import { ParseError } from './errors.js';
import type { Format } from './formats.js';
import { FORMATS } from './formats.js';
import { isObject } from './values.js';

const CSV_HEADERS: [Format, readonly string[]][] = [
  ['statements-csv', STATEMENTS_HEADER],
  ['findings-csv', FINDINGS_HEADER],
  ['taxonomy-csv', TAXONOMY_HEADER],
  ['taxonomy-csv', [...TAXONOMY_HEADER, TAXONOMY_OPTIONAL[0]]],
  ['taxonomy-csv', [...TAXONOMY_HEADER, ...TAXONOMY_OPTIONAL]],
];

function mentionsOpenAlex(value: unknown): boolean {
  return typeof value === 'string' && /openalex\.org\/W\d+/i.test(value);
}

/** The format of one parsed JSON value (a work, an item, a response), if recognisable. */
function jsonShape(value: unknown): Format | undefined {
  // A Semantic Scholar /paper/batch response holds null for each id it could not find.
  if (Array.isArray(value)) return jsonShape(value.find((v) => v !== null));
  if (!isObject(value)) return undefined;
  if ('message' in value || 'message-type' in value) return 'crossref';
  if ('citingPaper' in value || 'citedPaper' in value || 'paperId' in value) return 's2';
  const ids = isObject(value.ids) ? value.ids : {};
  if (mentionsOpenAlex(value.id) || mentionsOpenAlex(ids.openalex)) return 'openalex';
  if (Array.isArray(value.results)) return jsonShape(value.results);
  if (Array.isArray(value.data)) return value.data.length > 0 ? jsonShape(value.data) : 's2';
  // Crossref works carry titles as arrays; CSL-JSON items as strings.
  if (typeof value.DOI === 'string' && Array.isArray(value.title)) return 'crossref';
  if (typeof value.type === 'string' && ('title' in value || 'id' in value)) return 'csl-json';
  return undefined;
}

/** Shape of a document that does not parse (e.g. truncated): the parser then reports why. */
function sniff(text: string): Format | undefined {
  if (/"message-type"\s*:/.test(text)) return 'crossref';
  if (/"(paperId|citingPaper|citedPaper)"\s*:/.test(text)) return 's2';
  if (/openalex\.org\/W\d+/i.test(text)) return 'openalex';
  return undefined;
}

function fromJson(text: string): Format | undefined {
  try {
    return jsonShape(JSON.parse(text));
  } catch {
    const first = text.split('\n').find((l) => l.trim() !== '');
    try {
      const shape = jsonShape(JSON.parse(first ?? ''));
      return shape === 'openalex' ? shape : sniff(text);
    } catch {
      return sniff(text);
    }
  }
}

/** JATS or TEI from the start of an XML document (a truncated one included), if it is either. */
function fromXml(head: string): Format | undefined {
  const start = head.slice(0, 20_000);
  if (
    /<TEI[\s>]/.test(start) ||
    /xmlns\s*=\s*["']http:\/\/www\.tei-c\.org\/ns\/1\.0["']/.test(start)
  ) {
    return 'tei';
  }
  const doctype =
    /<!DOCTYPE\s+article\b[^>]*(JATS|NLM|Journal (Publishing|Archiving)|jats|nlm)/.test(start);
  if (/<article[\s>]/.test(start) && (doctype || /<(front|article-meta)[\s>]/.test(start)))
    return 'jats';
  return undefined;
}

/**
 * The format of `text`, read from file `fileName`. Throws ParseError listing the
 * accepted formats when none fits.
 */
export function detectFormat(fileName: string, text: string): Format {
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const head = body.trimStart();
  if (/\.nxml$/i.test(fileName)) return 'jats';
  if (/\.tei\.xml$/i.test(fileName)) return 'tei';
  if (head.startsWith('<')) {
    const xml = fromXml(head);
    if (xml) return xml;
  }
  if (/\.bib$/i.test(fileName) || /^@\s*[a-z]+\s*[{(]/im.test(head.slice(0, 2_000))) {
    return 'bibtex';
  }
  if (/\.ris$/i.test(fileName) || /^TY {2}- /m.test(head.slice(0, 2_000))) return 'ris';
  const firstLine = (head.split('\n')[0] ?? '').toLowerCase().replace(/[\s"]/g, '');
  for (const [format, header] of CSV_HEADERS) if (firstLine === header.join(',')) return format;
  if (/^[[{]/.test(head)) {
    const shape = fromJson(head);
    if (shape) return shape;
  }
  throw new ParseError(
    fileName,
    `cannot tell the format of this file; accepted formats: ${FORMATS.join(', ')}`,
  );
}
