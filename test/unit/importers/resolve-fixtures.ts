/**
 * Small builders for the resolution stage's unit tests: a batch from a few
 * lists, an empty store, and a store holding given papers and concepts.
 */
import { emptyIndex, refKeys } from '../../../src/domain/identity.js';
import {
  emptyBatch,
  type ConceptRecord,
  type PaperRecord,
  type RecordBatch,
  type StatementRecord,
} from '../../../src/domain/import-format.js';
import type { KnownIdentities } from '../../../src/importers/resolve/index.js';

export function batchOf(parts: Partial<RecordBatch>): RecordBatch {
  return { ...emptyBatch(), ...parts };
}

/** A store that holds `papers` (each with its id) and `concepts`. */
export function storeWith(
  papers: (PaperRecord & { id: string })[] = [],
  concepts: Pick<ConceptRecord, 'id' | 'kind'>[] = [],
  statementIds: string[] = [],
): KnownIdentities {
  const index = emptyIndex();
  for (const p of papers) for (const [kind, v] of refKeys(p)) index.get(kind)!.set(v, p.id);
  return {
    papers: index,
    paperIds: new Set(papers.map((p) => p.id)),
    kinds: new Map(concepts.map((c) => [c.id, c.kind])),
    statementIds: new Set(statementIds),
  };
}

export const concept = (
  id: string,
  kind: ConceptRecord['kind'],
  parent?: string,
): ConceptRecord => ({ id, kind, name: id, ...(parent ? { parent } : {}) });

export function statement(
  citing: string,
  cited: string,
  text: string,
  polarity: StatementRecord['polarity'] = 'SUPPORTING',
  about: string[] = [],
): StatementRecord {
  return {
    citing: { doi: citing },
    cited: { doi: cited },
    text,
    section: 'DISCUSSION',
    polarity,
    purpose: null,
    confidence: null,
    about,
    source: 'test',
  };
}
