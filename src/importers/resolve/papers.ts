/**
 * The paper step of the resolution stage: each paper record gets its id (a
 * stored paper's, found by any identifier, or a new derived one), records of
 * one work are merged, and each work is sorted into the write it needs.
 */
import { newPaperId, refKeys } from '../../domain/identity.js';
import type { PaperRecord } from '../../domain/import-format.js';
import { paperConceptProblem, type ConceptKinds } from './concepts.js';
import type { PaperIdentities } from './known.js';
import { mergeRecords } from './merge.js';
import type { RejectSink } from './rejects.js';

/**
 * The write a work needs: `create` (not stored yet), `full` (a stored paper
 * a full record updates), `partial` (a stored paper a partial record may fill)
 * or `none` (a stub that only repeats identifiers stored for that paper).
 */
export type PaperWriteKind = 'create' | 'full' | 'partial' | 'none';

export interface PaperWrite {
  id: string;
  /** The batch's records of this work, merged. */
  record: PaperRecord;
  write: PaperWriteKind;
}

const NO_IDENTITY =
  'a paper needs a title or an identifier (DOI, PMID, PMCID, OpenAlex or Semantic Scholar id)';

/** Fields of a stub that carry no information beyond its identity. */
const STUB_KEYS = new Set([
  'id',
  'doi',
  'pmid',
  'pmcid',
  'openalexId',
  's2Id',
  'partial',
  'source',
]);

/** The batch's papers, one per work, in the order their ids were first met (full records first). */
export function resolvePapers(
  papers: PaperRecord[],
  ids: PaperIdentities,
  existing: { has(id: string): boolean },
  kinds: ConceptKinds,
  reject: RejectSink,
): PaperWrite[] {
  const records = new Map<string, PaperRecord>();
  // Full records first, so a work's identifiers point where its full record resolves.
  const ordered = papers
    .map((p, i) => ({ p, i }))
    .sort((a, b) => Number(Boolean(a.p.partial)) - Number(Boolean(b.p.partial)));
  for (const { p, i } of ordered) {
    const conceptIssue = paperConceptProblem(kinds, p);
    if (conceptIssue) {
      reject(i, 'concepts', conceptIssue, p);
      continue;
    }
    const id = ids.resolve(p) ?? newPaperId(p);
    if (!id) {
      reject(i, 'id', NO_IDENTITY, p);
      continue;
    }
    ids.remember(p, id);
    const prior = records.get(id);
    records.set(id, prior ? mergeRecords(prior, p, 'batch') : p);
  }
  const adds = (id: string, record: PaperRecord) =>
    Object.keys(record).some((k) => !STUB_KEYS.has(k)) ||
    refKeys(record).some(([kind, v]) => !ids.storedAs(kind, v, id));
  return [...records].map(([id, record]) => ({
    id,
    record,
    write: !existing.has(id)
      ? 'create'
      : !record.partial
        ? 'full'
        : adds(id, record)
          ? 'partial'
          : 'none',
  }));
}
