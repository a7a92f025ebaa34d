/**
 * Entry point of the import parsers: one pure function per format, dispatched by
 * format name. Parsers never touch the database; the writer consumes their batches.
 */
import { parseBibtex, parseCslJson, parseRis } from './citation-js.js';
import { parseCrossref } from './crossref.js';
import { parseFindingsCsv } from './csv-findings.js';
import { parseStatementsCsv } from './csv-statements.js';
import { parseTaxonomyCsv } from './csv-taxonomy.js';
import type { Format } from './formats.js';
import { parseJats, parseTei } from './fulltext/index.js';
import { parseOpenAlex } from './openalex.js';
import type { ParseOptions, ParseResult } from './result.js';
import { parseSemanticScholar } from './semantic-scholar.js';

export { detectFormat } from './detect.js';
export { ParseError } from './errors.js';
export { FORMATS, isFormat } from './formats.js';
export { DROP_REASONS, type DropReason } from './fulltext/index.js';
export type { Format } from './formats.js';
export { LIMITS } from './limits.js';
export type { ParseOptions, ParseResult } from './result.js';

const PARSERS: Record<Format, (text: string, options: ParseOptions) => ParseResult> = {
  openalex: parseOpenAlex,
  s2: parseSemanticScholar,
  crossref: parseCrossref,
  bibtex: parseBibtex,
  ris: parseRis,
  'csl-json': parseCslJson,
  'statements-csv': parseStatementsCsv,
  'findings-csv': parseFindingsCsv,
  'taxonomy-csv': parseTaxonomyCsv,
  jats: parseJats,
  tei: parseTei,
};

/**
 * Parses `text` as `format`. Bad records come back in `rejects`; ParseError is
 * thrown only when the whole file is unusable (see each parser).
 */
export function parse(format: Format, text: string, options: ParseOptions): ParseResult {
  return PARSERS[format](text, options);
}

// The single-record mappings, for the harvest (src/harvest), which reads identifiers and
// years off API objects with the same rules the import applies to them.
export { mapWork as mapOpenAlexWork, shortWorkId } from './openalex-map.js';
export { mapS2Paper } from './s2-map.js';
export { mapCrossrefWork } from './crossref-map.js';
