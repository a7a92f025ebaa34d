/**
 * The one paper merge: folds a duplicate paper into the one that keeps its
 * place, inside the caller's write transaction. The writer calls it when a
 * record shows two stored papers to be one work (identity merging), and the
 * curator's mergePapers mutation calls it by hand; both get the same graph.
 *
 * Every relationship moves to `keep` (parallel CITES edges and other links
 * fold into one), statements between the two are dropped (they would cite
 * themselves), moved statements whose ids were derived from the duplicate's
 * id get the ids their new ends derive (a statement met twice joins the one
 * that holds the id), identifiers are unioned, values come from the fuller
 * paper, and the duplicate's id stays findable as a PaperAlias of `keep`.
 * Counters of every paper and edge touched are recounted from the graph.
 */
import type { WriteTx } from '../../db/executor.js';
import * as cy from '../../db/cypher/curation.js';
import { recountEdges, recountPapers } from '../../db/cypher/writes.js';
import { derivedId } from '../../domain/ids.js';
import { statementKey } from '../resolve/rows.js';

export interface PaperMergeOutcome {
  /** Relationships moved, by `dir:TYPE`, only those that moved any. */
  moved: Record<string, number>;
  /** Statements dropped because they joined the two papers. */
  droppedStatements: number;
  /** Statements that joined an equal one already on keep. */
  joinedStatements: number;
  /** The duplicate's relationship counts by type before the merge. */
  degrees: unknown;
}

interface StatementEnds {
  id: string;
  citing: string;
  cited: string;
  text: string;
}

/** Old id → new id of the statements whose ids were derived from the duplicate's id. */
function rekeyed(statements: StatementEnds[], keep: string, dup: string) {
  const to = (id: string) => (id === dup ? keep : id);
  return statements.flatMap((s) => {
    const key = statementKey(s.text ?? '');
    if (s.id !== derivedId('s', s.citing, s.cited, key)) return [];
    const [citing, cited] = [to(s.citing), to(s.cited)];
    if (citing === cited) return []; // dropped with the self-statements
    return [{ old: s.id, new: derivedId('s', citing, cited, key) }];
  });
}

/** Folds paper `dup` into paper `keep` in `tx`; both must exist and differ. */
export async function mergePaperInto(
  tx: WriteTx,
  keep: string,
  dup: string,
): Promise<PaperMergeOutcome> {
  const params = { keep, dup };
  const [neighbours] = await tx.run(cy.mergeNeighbours, params);
  const [own] = await tx.run(cy.mergeDupStatements, { dup });
  const rows = rekeyed((own?.statements as StatementEnds[]) ?? [], keep, dup);
  const [dropped] = await tx.run(cy.mergeDropSelfStatements, params);
  await tx.run(cy.mergeProperties, params);
  const moved: Record<string, number> = {};
  const [moves] = await tx.run(cy.mergeMoves, params);
  cy.MERGE_MOVES.forEach(({ dir, type }, i) => {
    const n = (moves?.moved as number[])[i] ?? 0;
    if (n > 0) moved[`${dir}:${type}`] = (moved[`${dir}:${type}`] ?? 0) + n;
  });
  const [tallies] = await tx.run(cy.mergeTallies, params);
  if (tallies?.moved) moved['out:HAS_EXTERNAL_TALLY'] = tallies.moved as number;
  const [deleted] = await tx.run(cy.mergeDeleteDuplicate, { dup });
  const leftover = (deleted?.leftover as string[]) ?? [];
  if (leftover.length > 0) throw new Error(`merge left ${leftover.join(', ')} on ${dup}`);
  await tx.run(cy.mergeAlias, params);
  const [joined] = rows.length > 0 ? await tx.run(cy.mergeRekeyStatements, { rows }) : [];
  const [pairs] = await tx.run(cy.mergeKeepPairs, { keep });
  await tx.run(recountEdges, { pairs: (pairs?.pairs as unknown[]) ?? [] });
  const ids = [keep, ...((neighbours?.ids as string[]) ?? [])];
  await tx.run(recountPapers, { ids: [...new Set(ids)] });
  return {
    moved,
    droppedStatements: Number(dropped?.dropped ?? 0),
    joinedStatements: Number(joined?.joined ?? 0),
    degrees: neighbours?.degrees,
  };
}
