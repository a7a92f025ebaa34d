/**
 * What the resolution stage needs to know before it decides: the stored
 * papers by identifier, the ids of the papers that exist, and the kinds of
 * the concepts that exist. The transactional writer reads them from the graph
 * (identitiesToLookUp says what to ask for); the bulk load carries them over
 * from the files it has already taken.
 */
import {
  emptyIndex,
  lookupParams,
  newPaperId,
  refKeys,
  type IdentityIndex,
  type RefKind,
} from '../../domain/identity.js';
import type { ConceptRecord, PaperRef, RecordBatch } from '../../domain/import-format.js';
import { referencedConcepts } from './concepts.js';

export type ConceptKind = ConceptRecord['kind'];

export interface KnownIdentities {
  /** Stored papers by identifier kind → value → paper id. Read only: what a batch adds is returned apart. */
  papers: IdentityIndex;
  /** Ids of the papers already stored. */
  paperIds: { has(id: string): boolean };
  /** Kinds of the concepts already stored. */
  kinds: ReadonlyMap<string, ConceptKind>;
  /** Ids of the statements already stored; read only when statements met again are rejected. */
  statementIds?: { has(id: string): boolean };
}

/** What to read from the graph before resolving `batch`. */
export function identitiesToLookUp(batch: RecordBatch): {
  conceptIds: string[];
  papers: Record<RefKind, string[]>;
} {
  const defined = new Set(batch.concepts.map((c) => c.id));
  const refs: PaperRef[] = [
    ...batch.papers,
    ...batch.citations.flatMap((c) => [c.citing, c.cited]),
    ...batch.statements.flatMap((s) => [s.citing, s.cited]),
    ...batch.findings.map((f) => f.paper),
    ...batch.tallies.map((t) => t.paper),
    ...batch.inclusions.flatMap((i) => [i.review, i.study]),
  ];
  // Papers known by title only get a title-derived id; look it up too, so a
  // re-import finds them and does not report them as created again.
  const titleIds = batch.papers
    .filter((p) => refKeys(p).length === 0)
    .map((p) => ({ id: newPaperId(p) ?? undefined }));
  return {
    conceptIds: referencedConcepts(batch).filter((id) => !defined.has(id)),
    papers: lookupParams([...refs, ...titleIds]),
  };
}

/**
 * The stored identities plus what one batch teaches. Lookups see the stored
 * ones first, and learning never overwrites, so this answers as one index
 * holding both would, while the stored index is left untouched.
 */
export class PaperIdentities {
  readonly learned: IdentityIndex = emptyIndex();

  constructor(private readonly stored: IdentityIndex) {}

  /** The paper id `ref` resolves to, or null. */
  resolve(ref: PaperRef): string | null {
    for (const [kind, value] of refKeys(ref)) {
      const found = this.stored.get(kind)?.get(value) ?? this.learned.get(kind)?.get(value);
      if (found) return found;
    }
    return null;
  }

  /** Records every identifier of `ref` not yet known as pointing at `id`. */
  remember(ref: PaperRef, id: string): void {
    for (const [kind, value] of refKeys(ref)) {
      if (this.stored.get(kind)?.has(value)) continue;
      const map = this.learned.get(kind)!;
      if (!map.has(value)) map.set(value, id);
    }
  }

  /** True when the stored index already has `kind: value` pointing at `id`. */
  storedAs(kind: RefKind, value: string, id: string): boolean {
    return this.stored.get(kind)?.get(value) === id;
  }
}
