/**
 * The evidence map as a table, one row per cell, for the CSV and JSON exports. The CSV is
 * written by the one CSV writer (src/domain/csv.ts): a header record, RFC 4180 quoting, CRLF.
 */
import { csvRecord } from '../csv.js';
import type { ConceptNode, EvidenceCell, EvidenceFinding, EvidencePaper } from './types.js';

/** One flat row; keys are the CSV header, in this order. */
export type CellRow = Record<(typeof CELL_COLUMNS)[number], string | number | boolean | null>;

/** Column names of the export, in order. */
export const CELL_COLUMNS = [
  'interventionId',
  'interventionName',
  'outcomeId',
  'outcomeName',
  'outcomeDomain',
  'lowerIsBetter',
  'papers',
  'studies',
  'reviews',
  'findings',
  'favoursIntervention',
  'favoursControl',
  'noDifference',
  'unknown',
  'supporting',
  'mentioning',
  'contrasting',
  'unclassified',
  'measure',
  'method',
  'knappHartung',
  'basis',
  'poolable',
  'k',
  'estimate',
  'se',
  'ciLower',
  'ciUpper',
  'z',
  'p',
  'tau2',
  'i2',
  'q',
  'qDf',
  'qP',
  'predictionLower',
  'predictionUpper',
  'pooledDirection',
  'reason',
] as const;

/** Flattens a cell into a row of CELL_COLUMNS. */
export function cellRow(cell: EvidenceCell<EvidencePaper, EvidenceFinding, ConceptNode>): CellRow {
  const { pooled: p, direction: d, statements: s } = cell;
  return {
    interventionId: cell.intervention.id,
    interventionName: cell.intervention.name,
    outcomeId: cell.outcome.id,
    outcomeName: cell.outcome.name,
    outcomeDomain: cell.outcome.domain ?? null,
    lowerIsBetter: cell.lowerIsBetter,
    papers: cell.papers.length,
    studies: cell.studies,
    reviews: cell.reviews,
    findings: cell.findings.length,
    ...d,
    ...s,
    measure: p.measure,
    method: p.method,
    knappHartung: p.knappHartung,
    basis: p.basis,
    poolable: p.poolable,
    k: p.k,
    estimate: p.estimate,
    se: p.se,
    ciLower: p.ciLower,
    ciUpper: p.ciUpper,
    z: p.z,
    p: p.p,
    tau2: p.tau2,
    i2: p.i2,
    q: p.q,
    qDf: p.qDf,
    qP: p.qP,
    predictionLower: p.predictionLower,
    predictionUpper: p.predictionUpper,
    pooledDirection: p.direction,
    reason: p.reason,
  };
}

/** The rows as CSV (src/domain/csv.ts) with a header record. */
export function toCsv(rows: readonly CellRow[]): string {
  let text = csvRecord(CELL_COLUMNS);
  for (const row of rows) text += csvRecord(CELL_COLUMNS.map((c) => row[c]));
  return text;
}
