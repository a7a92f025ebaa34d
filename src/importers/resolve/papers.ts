/**
 * The paper step of the resolution stage: each paper record gets its id (a
 * stored paper's, found by any identifier, or a new derived one), records of
 * one work are merged, and each work is sorted into the write it needs. A
 * record whose identifiers lead to several papers merges them (known.ts,
 * identify.ts); `paperWrites` folds the merged-away ones into their survivor
 * and says which stored papers the writer must merge first.
 */
import { newPaperId, REF_KINDS, refKeys } from '../../domain/identity.js';
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
const STUB_KEYS = new Set<string>([...REF_KINDS, 'partial', 'source']);

/** Stored papers to fold into a survivor before the batch's rows are written. */
export interface PaperMerge {
  /** The surviving paper (stored, or created by this batch). */
  survivor: string;
  /** Stored papers merged into it, lowest id first. */
  dups: string[];
}

/** The batch's paper records by id, one per work as far as the papers alone tell (full records first). */
export function resolvePapers(
  papers: PaperRecord[],
  ids: PaperIdentities,
  kinds: ConceptKinds,
  reject: RejectSink,
): Map<string, PaperRecord> {
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
    const found = ids.identify(p);
    if (found && 'conflict' in found) {
      reject(i, 'doi', found.conflict, p);
      continue;
    }
    const id = found?.id ?? newPaperId(p);
    if (!id) {
      reject(i, 'id', NO_IDENTITY, p);
      continue;
    }
    ids.remember(p, id);
    const prior = records.get(id);
    records.set(id, prior ? mergeRecords(prior, p, 'batch') : p);
  }
  return records;
}

/**
 * One write per work, once every reference of the batch has been identified
 * (a link can merge too): records of merged-away ids join their survivor's,
 * and stored papers merged away are listed in `merges`.
 */
export function paperWrites(
  records: Map<string, PaperRecord>,
  ids: PaperIdentities,
  existing: { has(id: string): boolean },
): { papers: PaperWrite[]; merges: PaperMerge[] } {
  const folded = new Map<string, PaperRecord>();
  for (const [id, record] of records) {
    const to = ids.find(id);
    const prior = folded.get(to);
    folded.set(to, prior ? mergeRecords(prior, record, 'batch') : record);
  }
  const groups = new Map<string, string[]>();
  for (const dup of [...ids.merges.keys()].sort()) {
    if (!existing.has(dup)) continue;
    const to = ids.find(dup);
    groups.set(to, [...(groups.get(to) ?? []), dup]);
  }
  const merges = [...groups].map(([survivor, dups]) => ({ survivor, dups }));
  const adds = (id: string, record: PaperRecord) =>
    Object.keys(record).some((k) => !STUB_KEYS.has(k)) ||
    refKeys(record).some(([kind, v]) => !ids.storedAs(kind, v, id));
  const papers: PaperWrite[] = [...folded].map(([id, record]) => ({
    id,
    record,
    write: !existing.has(id)
      ? 'create'
      : !record.partial
        ? 'full'
        : adds(id, record) || groups.has(id)
          ? 'partial'
          : 'none',
  }));
  return { papers, merges };
}
