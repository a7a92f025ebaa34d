/**
 * The graph's totals of papers, citations and statements, read before and after a harvest
 * so that its summary says what the harvest added (in a fresh store: what the graph holds).
 */
import type { Executor } from '../db/executor.js';
import { graphTotals } from '../db/cypher/harvest.js';

/** Totals of the graph. */
export interface GraphTotals {
  papers: number;
  citations: number;
  statements: number;
}

/** The graph's totals now. */
export async function readTotals(db: Executor): Promise<GraphTotals> {
  const [row] = await db.read(graphTotals);
  return {
    papers: Number(row?.papers ?? 0),
    citations: Number(row?.citations ?? 0),
    statements: Number(row?.statements ?? 0),
  };
}
