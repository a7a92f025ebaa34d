/**
 * The writer's first stage: reads from the graph what the resolution stage
 * needs to know about a batch (stored papers by any identifier, with every
 * identifier each one holds; concept kinds; the taxonomy the concept tagger is compiled
 * from), in at most three round trips.
 */
import type { Executor, QueryStats } from '../../db/executor.js';
import * as cy from '../../db/cypher/writes.js';
import { taggerTaxonomy } from '../../db/cypher/tags.js';
import type { TaggerConcept } from '../../tagger/index.js';
import { emptyIndex, type RefKind } from '../../domain/identity.js';
import type { PaperRef, RecordBatch } from '../../domain/import-format.js';
import { identitiesToLookUp, type KnownIdentities } from '../resolve/index.js';
import type { ConceptKind } from '../resolve/known.js';

/** The stored taxonomy the concept tagger is compiled from (one small read). */
export async function lookUpTaxonomy(db: Executor, stats?: QueryStats): Promise<TaggerConcept[]> {
  return (await db.read(taggerTaxonomy, {}, stats)) as unknown as TaggerConcept[];
}

/** `tag`: read the taxonomy too, when the batch has papers or statements to tag. */
export async function lookUpIdentities(
  db: Executor,
  batch: RecordBatch,
  stats?: QueryStats,
  tag = false,
): Promise<KnownIdentities> {
  const wanted = identitiesToLookUp(batch);
  const kinds = new Map<string, ConceptKind>();
  if (wanted.conceptIds.length > 0)
    for (const r of await db.read(cy.existingConcepts, { ids: wanted.conceptIds }, stats))
      kinds.set(r.id as string, r.kind as ConceptKind);
  const papers = emptyIndex();
  const paperIds = new Set<string>();
  const paperKeys = new Map<string, PaperRef>();
  for (const r of await db.read(cy.resolvePapers, wanted.papers, stats)) {
    papers.get(r.kind as RefKind)?.set(r.v as string, r.pid as string);
    paperIds.add(r.pid as string);
    const keys = Object.entries(r.keys as Record<string, string | null>).filter(([, v]) => v);
    paperKeys.set(r.pid as string, { id: r.pid as string, ...Object.fromEntries(keys) });
  }
  const taxonomy =
    tag && (batch.papers.length > 0 || batch.statements.length > 0)
      ? await lookUpTaxonomy(db, stats)
      : undefined;
  return { papers, paperIds, paperKeys, kinds, taxonomy };
}
