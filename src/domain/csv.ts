/**
 * The one CSV field and record writer (RFC 4180, https://www.rfc-editor.org/rfc/rfc4180) that
 * every CSV output uses: the network node and edge tables, the evidence-map export and the
 * files of the offline bulk load (neo4j-admin import reads the same quoting). One rule for all:
 *
 * - a field holding a comma, a double quote, CR or LF is quoted, its quotes doubled;
 * - the empty string is quoted (`""`) and an absent value (null, undefined) is an empty field,
 *   so the two stay apart: neo4j-admin loads `""` as an empty string and an empty field as no
 *   property, and every RFC 4180 reader reads `""` back as the empty string;
 * - every record, the header included, ends in CRLF, as RFC 4180 states (readers accept it;
 *   a line break inside a quoted field is kept as it is).
 */

/** What a CSV field can hold. Numbers and booleans are written with String(). */
export type CsvValue = string | number | boolean | null | undefined;

/** End of every CSV record. */
export const CSV_EOL = '\r\n';

const NEEDS_QUOTES = /[",\r\n]/;

/** One field: absent is empty; text with a comma, quote or line break (or none) is quoted. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  if (text === '') return '""';
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record: the fields joined by commas, ended by {@link CSV_EOL}. */
export function csvRecord(values: readonly CsvValue[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) line += (i === 0 ? '' : ',') + csvField(values[i]);
  return line + CSV_EOL;
}
