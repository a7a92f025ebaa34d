/**
 * The writer's merge stage: stored papers that a batch shows to be one work
 * (resolution stage, ../resolve/identify.ts) are folded into their survivor
 * before the batch's other rows are written. Each survivor's merges and its
 * own paper row are one transaction, so a killed import leaves either the
 * merged paper with its record or neither; a re-run finds the survivor by
 * every identifier and converges.
 */
import type { Row, WriteTx } from '../../db/executor.js';
import type { PaperMerge, PaperWrite, Resolution } from '../resolve/index.js';
import type { ChunkWriter } from './chunks.js';
import { mergePaperInto } from './merge-papers.js';

/** Writes one paper row in `tx` (the paper stage's query for its write kind). */
export type PaperRowWriter = (tx: WriteTx, paper: PaperWrite) => Promise<Row[]>;

/**
 * Runs every merge of `r`, each with its survivor's paper row: a new survivor
 * is created first (the merge needs it), a stored one is merged into first and
 * then takes the record as any later arrival would. Returns the survivors
 * whose rows it wrote, for the paper stage to skip.
 */
export async function writeMerges(
  w: ChunkWriter,
  r: Resolution,
  writeRow: PaperRowWriter,
): Promise<Set<string>> {
  const papers = new Map(r.papers.map((p) => [p.id, p]));
  await w.run(r.merges, async (tx, groups: PaperMerge[]) => {
    const out: Row[] = [];
    for (const { survivor, dups } of groups) {
      const paper = papers.get(survivor);
      if (paper?.write === 'create') out.push(...(await writeRow(tx, paper)));
      for (const dup of dups) await mergePaperInto(tx, survivor, dup);
      if (paper && paper.write !== 'create' && paper.write !== 'none')
        out.push(...(await writeRow(tx, paper)));
    }
    return out;
  });
  w.summary.merged += r.merges.reduce((n, m) => n + m.dups.length, 0);
  return new Set(r.merges.map((m) => m.survivor));
}
