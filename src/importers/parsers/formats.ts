/**
 * The import formats the parsers accept, by the names the CLI uses.
 */

/** Every accepted format, in the order they are listed to users. */
export const FORMATS = [
  'openalex',
  's2',
  'crossref',
  'bibtex',
  'ris',
  'csl-json',
  'statements-csv',
  'findings-csv',
  'taxonomy-csv',
  'jats',
  'tei',
] as const;

/** One import format. */
export type Format = (typeof FORMATS)[number];

/** True when `value` names an import format. */
export function isFormat(value: unknown): value is Format {
  return typeof value === 'string' && (FORMATS as readonly string[]).includes(value);
}
