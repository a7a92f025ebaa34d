/**
 * Effect-size findings CSV (this project's format, docs/ARCHITECTURE.md "Graph model"):
 * header `paper_doi,intervention,outcome,measure,estimate,se,variance,ci_lower,
 * ci_upper,n,timepoint,mean_i,sd_i,n_i,mean_c,sd_c,n_c,events_i,total_i,events_c,total_c`,
 * one finding per row; measure is one of MEASURES (SMD, HEDGES_G, MD, RR, OR, LOG_RR, LOG_OR).
 */
import { emptyBatch } from '../../domain/import-format.js';
import type { FindingRecord } from '../../domain/import-format.js';
import { MEASURES } from '../../domain/vocabulary.js';
import type { Cells } from './csv-cells.js';
import {
  atLeast,
  conceptId,
  integer,
  number,
  optional,
  required,
  requiredDoi,
  vocab,
} from './csv-cells.js';
import { readCsv } from './csv-input.js';
import { RecordError } from './errors.js';
import { checkFinding } from './findings-check.js';
import { checkFindingLimits } from './limits.js';
import type { ParseOptions, ParseResult } from './result.js';
import { toRejection } from './result.js';

/** The exact header of a findings file. */
export const FINDINGS_HEADER = [
  'paper_doi',
  'intervention',
  'outcome',
  'measure',
  'estimate',
  'se',
  'variance',
  'ci_lower',
  'ci_upper',
  'n',
  'timepoint',
  'mean_i',
  'sd_i',
  'n_i',
  'mean_c',
  'sd_c',
  'n_c',
  'events_i',
  'total_i',
  'events_c',
  'total_c',
] as const;

function mapRow(cells: Cells): FindingRecord {
  const measure = vocab(cells, 'measure', MEASURES);
  if (measure === undefined) throw new RecordError('measure', 'measure is required');
  const fields: FindingRecord = {
    paper: { doi: requiredDoi(cells, 'paper_doi') },
    intervention: conceptId('intervention', required(cells, 'intervention')),
    outcome: conceptId('outcome', required(cells, 'outcome')),
    measure,
    estimate: number(cells, 'estimate'),
    se: atLeast(cells, 'se', 0),
    variance: atLeast(cells, 'variance', 0),
    ciLower: number(cells, 'ci_lower'),
    ciUpper: number(cells, 'ci_upper'),
    n: integer(cells, 'n', 1),
    timepoint: optional(cells, 'timepoint'),
    meanI: number(cells, 'mean_i'),
    sdI: atLeast(cells, 'sd_i', 0),
    nI: integer(cells, 'n_i', 1),
    meanC: number(cells, 'mean_c'),
    sdC: atLeast(cells, 'sd_c', 0),
    nC: integer(cells, 'n_c', 1),
    eventsI: integer(cells, 'events_i', 0),
    totalI: integer(cells, 'total_i', 1),
    eventsC: integer(cells, 'events_c', 0),
    totalC: integer(cells, 'total_c', 1),
  };
  const finding = Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v !== undefined),
  ) as unknown as FindingRecord;
  checkFinding(finding);
  checkFindingLimits(finding);
  return finding;
}

/**
 * Parses a findings CSV into FindingRecords. Throws ParseError for an empty
 * file, a wrong header or an unclosed quote; bad rows become rejections.
 */
export function parseFindingsCsv(text: string, options: ParseOptions): ParseResult {
  const { file } = options;
  const { rows, rejects } = readCsv(text, file, FINDINGS_HEADER);
  const batch = emptyBatch();
  const read = rows.length + rejects.length;
  for (const row of rows) {
    try {
      batch.findings.push(mapRow(row.cells));
    } catch (err) {
      rejects.push(toRejection(file, { line: row.line }, err, row.cells));
    }
  }
  rejects.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { batch, rejects, read };
}
