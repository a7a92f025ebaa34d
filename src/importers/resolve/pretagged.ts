/**
 * Concept tags computed before resolution (src/importers/prefetch.ts tags the next file while
 * the writer writes this one). The tagger reads a record's own text and the taxonomy, nothing
 * else, so a tag computed early is the tag resolution would compute, provided the taxonomy is
 * the same: the memo holds the key of the taxonomy it was computed with, and resolution uses it
 * only when the taxonomy it reads at its own lookup has that key (`usablePretagged`); otherwise
 * it tags as if there were no memo. Records are never mutated after parsing (merged records are
 * new objects, which the memo does not hold), so a record is the memo's key.
 */
import type { ConceptRecord, PaperRecord, StatementRecord } from '../../domain/import-format.js';
import type { TaggerConcept } from '../../tagger/index.js';
import { taggerTaxonomy, type TagRow } from './tags.js';

/** Tags of a batch's records, computed with the taxonomy whose key is `key`. */
export interface Pretagged {
  key: string;
  papers: WeakMap<PaperRecord, TagRow[] | null>;
  statements: WeakMap<StatementRecord, TagRow[] | null>;
}

/**
 * What decides the matcher compiled from `taxonomy`: every concept in order, with absent and
 * empty term lists alike (compileTaxonomy reads both as none).
 */
export function taxonomyKey(taxonomy: readonly TaggerConcept[]): string {
  return JSON.stringify(
    taxonomy.map((c) => [c.id, c.kind, c.name, c.synonyms ?? [], c.instruments ?? []]),
  );
}

/** `pretagged` if it was computed with the taxonomy this batch is tagged with, else null. */
export function usablePretagged(
  pretagged: Pretagged | undefined,
  stored: readonly TaggerConcept[],
  concepts: readonly ConceptRecord[],
): Pretagged | null {
  if (!pretagged) return null;
  return pretagged.key === taxonomyKey(taggerTaxonomy(stored, concepts)) ? pretagged : null;
}

/** The memo's tags of `record`, or `compute()` when the memo does not hold it. */
export function tagsOf<R extends object>(
  memo: WeakMap<R, TagRow[] | null> | undefined,
  record: R,
  compute: () => TagRow[] | null,
): TagRow[] | null {
  return memo?.has(record) ? memo.get(record)! : compute();
}
