/**
 * Curated citation statements CSV (this project's format, docs in
 * docs/ARCHITECTURE.md "Graph model"): header exactly
 * `citing_doi,cited_doi,text,section,polarity,purpose,confidence,about`, one
 * statement per row; `about` lists concept ids separated by ";".
 */
import { emptyBatch } from '../../domain/import-format.js';
import type { StatementRecord } from '../../domain/import-format.js';
import { POLARITIES, PURPOSES, SECTIONS } from '../../domain/vocabulary.js';
import type { Cells } from './csv-cells.js';
import { conceptId, number, optional, required, requiredDoi, vocab } from './csv-cells.js';
import { readCsv } from './csv-input.js';
import { RecordError } from './errors.js';
import { checkStatementLimits } from './limits.js';
import type { ParseOptions, ParseResult } from './result.js';
import { toRejection } from './result.js';

/** The exact header of a statements file. */
export const STATEMENTS_HEADER = [
  'citing_doi',
  'cited_doi',
  'text',
  'section',
  'polarity',
  'purpose',
  'confidence',
  'about',
] as const;

function mapRow(cells: Cells): StatementRecord {
  const confidence = number(cells, 'confidence') ?? null;
  if (confidence !== null && (confidence < 0 || confidence > 1)) {
    throw new RecordError('confidence', `confidence must be within 0..1, got ${confidence}`);
  }
  const section = vocab(cells, 'section', SECTIONS);
  if (section === undefined) throw new RecordError('section', 'section is required');
  const polarity = vocab(cells, 'polarity', POLARITIES);
  if (polarity === undefined) throw new RecordError('polarity', 'polarity is required');
  const about = (optional(cells, 'about') ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((id) => conceptId('about', id));
  const statement: StatementRecord = {
    citing: { doi: requiredDoi(cells, 'citing_doi') },
    cited: { doi: requiredDoi(cells, 'cited_doi') },
    text: required(cells, 'text'),
    section,
    polarity,
    purpose: vocab(cells, 'purpose', PURPOSES) ?? null,
    confidence,
    about: [...new Set(about)],
    source: 'curated',
  };
  checkStatementLimits(statement);
  return statement;
}

/**
 * Parses a curated statements CSV into StatementRecords (source 'curated').
 * Throws ParseError for an empty file, a wrong header or an unclosed quote.
 */
export function parseStatementsCsv(text: string, options: ParseOptions): ParseResult {
  const { file } = options;
  const { rows, rejects } = readCsv(text, file, STATEMENTS_HEADER);
  const batch = emptyBatch();
  const read = rows.length + rejects.length;
  for (const row of rows) {
    try {
      batch.statements.push(mapRow(row.cells));
    } catch (err) {
      rejects.push(toRejection(file, { line: row.line }, err, row.cells));
    }
  }
  rejects.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { batch, rejects, read };
}
