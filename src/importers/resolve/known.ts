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
import type { TaggerConcept } from '../../tagger/index.js';
import { referencedConcepts } from './concepts.js';
import { doiConflict, survivor, unionKeys, type Candidate } from './identify.js';

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
  /** The identifiers each stored paper holds (to pick a merge's survivor and spot DOI conflicts). */
  paperKeys?: { get(id: string): PaperRef | undefined };
  /**
   * The stored interventions and outcomes with their terms, for the concept tagger; absent:
   * nothing is tagged (the writer reads it only when the batch has papers or statements).
   */
  taxonomy?: readonly TaggerConcept[];
  /** Stored merged-away id → the id it went into (the bulk load; the writer's lookup answers survivors). */
  aliases?: { get(id: string): string | undefined };
}

/** What identifying a reference found: a paper, none, or papers that cannot be one work. */
export type Identified = { id: string } | { conflict: string } | null;

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
 * holding both would, while the stored index is left untouched. When one
 * reference leads to several papers they are one work: `identify` merges them
 * here (see identify.ts for the survivor) and every later lookup answers the
 * survivor; `merges` says which ids went where.
 */
export class PaperIdentities {
  readonly learned: IdentityIndex = emptyIndex();
  /** Merged-away id → the id it went into, decided in this batch. */
  readonly merges = new Map<string, string>();
  /** Identifiers the batch gave each paper id. */
  private readonly keys = new Map<string, PaperRef>();

  constructor(
    private readonly stored: IdentityIndex,
    private readonly storedKeys?: KnownIdentities['paperKeys'],
    private readonly aliases?: KnownIdentities['aliases'],
  ) {}

  /** The id `id` now lives under (itself unless it was merged away). */
  find(id: string): string {
    let current = id;
    for (let hops = 0; hops < 1000; hops++) {
      const next = this.merges.get(current) ?? this.aliases?.get(current);
      if (!next || next === current) return current;
      current = next;
    }
    throw new Error(`merge chain from ${id} does not end`);
  }

  private lookup(kind: RefKind, value: string): string | undefined {
    const found = this.stored.get(kind)?.get(value) ?? this.learned.get(kind)?.get(value);
    return found === undefined ? undefined : this.find(found);
  }

  /** The identifiers paper `id` holds, stored and learned. */
  keysOf(id: string): PaperRef {
    return unionKeys(this.storedKeys?.get(id) ?? {}, this.keys.get(id) ?? {});
  }

  /** The paper id `ref` resolves to (its strongest identifier's), or null; never merges. */
  resolve(ref: PaperRef): string | null {
    for (const [kind, value] of refKeys(ref)) {
      const found = this.lookup(kind, value);
      if (found) return found;
    }
    return null;
  }

  /**
   * The paper `ref` names. When its identifiers lead to several papers they
   * are merged into the survivor, unless they carry different DOIs: then the
   * conflict is returned and nothing is merged.
   */
  identify(ref: PaperRef): Identified {
    const ids: string[] = [];
    for (const [kind, value] of refKeys(ref)) {
      const found = this.lookup(kind, value);
      if (found && !ids.includes(found)) ids.push(found);
    }
    if (ids.length === 0) return null;
    if (ids.length === 1) return { id: ids[0]! };
    const candidates: Candidate[] = ids.map((id) => ({ id, keys: this.keysOf(id) }));
    const conflict = doiConflict(ref, candidates);
    if (conflict) return { conflict };
    const keep = survivor(candidates);
    let keys = keep.keys;
    for (const c of candidates) {
      if (c.id === keep.id) continue;
      this.merges.set(c.id, keep.id);
      keys = unionKeys(keys, c.keys);
    }
    this.keys.set(keep.id, keys);
    return { id: keep.id };
  }

  /** Records every identifier of `ref` not yet known as pointing at `id`. */
  remember(ref: PaperRef, id: string): void {
    for (const [kind, value] of refKeys(ref)) {
      if (this.stored.get(kind)?.has(value)) continue;
      const map = this.learned.get(kind)!;
      if (!map.has(value)) map.set(value, id);
    }
    this.keys.set(id, unionKeys(this.keys.get(id) ?? {}, ref));
  }

  /** True when the stored index already has `kind: value` pointing at `id`. */
  storedAs(kind: RefKind, value: string, id: string): boolean {
    return this.stored.get(kind)?.get(value) === id;
  }
}
