/**
 * The evidence map as a table, one row per cell, for the CSV and JSON exports.
 * CSV follows RFC 4180: CRLF line ends, a header row, fields holding a comma, a double
 * quote, CR or LF are quoted and their double quotes doubled; null is an empty field.
 */
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

/** One RFC 4180 field. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows as RFC 4180 CSV with a header line; every line ends in CRLF. */
export function toCsv(rows: readonly CellRow[]): string {
  const lines = [CELL_COLUMNS.join(',')];
  for (const row of rows) lines.push(CELL_COLUMNS.map((c) => csvField(row[c])).join(','));
  return lines.map((l) => `${l}\r\n`).join('');
}
