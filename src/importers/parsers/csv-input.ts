/**
 * Reading the curated CSV files (RFC 4180, UTF-8, optional BOM, header row) with
 * csv-parse. Rows keep their 1-based starting line; a row with the wrong number of
 * columns or a stray quote becomes a rejection, and an unclosed quote (which
 * swallows the rest of the file) is a ParseError naming the line it opened on.
 */
import { parse } from 'csv-parse/sync';
import type { CsvError, InfoRecord } from 'csv-parse/sync';
import type { Rejection } from '../../domain/import-format.js';
import { ParseError } from './errors.js';

/** One data row: its starting line and its cells by header name. */
export interface CsvRow {
  line: number;
  cells: Record<string, string>;
}

interface Parsed {
  record: string[];
  info: { lines: number };
  raw: string;
}

/** The line a record starts on: its end line minus the newlines inside it. */
function startLine(p: Parsed): number {
  const body = p.raw.replace(/^\n+/, '').replace(/\n$/, '');
  return p.info.lines - (body.match(/\n/g)?.length ?? 0);
}

/**
 * Parses `text` as CSV whose header must be exactly `header` (names compared
 * trimmed and case-insensitively), followed by none, some or all of `optional` in order
 * (an absent optional column reads as an empty cell). Throws ParseError for an empty file, a wrong
 * header or an unclosed quote; returns the good rows and the malformed ones.
 */
export function readCsv(
  text: string,
  file: string,
  header: readonly string[],
  optional: readonly string[] = [],
): { rows: CsvRow[]; rejects: Rejection[] } {
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (body.trim() === '') throw new ParseError(file, 'the file is empty');
  const rejects: Rejection[] = [];
  let lastEnd = 0;
  let parsed: Parsed[];
  try {
    parsed = parse(body, {
      bom: true,
      info: true,
      raw: true,
      relax_column_count: false,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_record: (record: string[], context: InfoRecord) => {
        lastEnd = context.lines;
        return record;
      },
      on_skip: (err: CsvError | undefined) => {
        if (err === undefined) return undefined;
        if (err.code === 'CSV_QUOTE_NOT_CLOSED') {
          throw new ParseError(file, 'a quoted field is never closed', lastEnd + 1);
        }
        const line = typeof err.lines === 'number' ? err.lines : lastEnd + 1;
        lastEnd = line;
        rejects.push({ file, line, reason: err.message, raw: err.record ?? null });
        return undefined;
      },
    }) as unknown as Parsed[];
  } catch (err) {
    if (err instanceof ParseError) throw err;
    throw new ParseError(file, `not a readable CSV file (${(err as Error).message})`, lastEnd + 1);
  }
  const [head, ...data] = parsed;
  const got = head?.record.map((h) => h.trim().toLowerCase()) ?? [];
  // Optional trailing columns: a file written before they existed still reads, a file may
  // name the first few of them, and each must be in its place.
  const columns = [...header, ...optional.slice(0, Math.max(0, got.length - header.length))];
  if (head === undefined || got.join(',') !== columns.join(',')) {
    const more = optional.length > 0 ? ` (optionally followed by "${optional.join(',')}")` : '';
    throw new ParseError(
      file,
      `wrong header "${got.join(',')}"; expected exactly "${header.join(',')}"${more}`,
      1,
    );
  }
  const rows = data.map((p) => ({
    line: startLine(p),
    cells: Object.fromEntries(
      [...header, ...optional].map((h, i) => [h, i < columns.length ? (p.record[i] ?? '') : '']),
    ),
  }));
  return { rows, rejects };
}
