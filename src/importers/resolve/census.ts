/**
 * The reference census of an import: every reference a source lists is
 * accounted for, so nothing is lost silently. The parsers count the references
 * they read and the ones they did not turn into citation records (no usable
 * identifier, the citing work itself, listed twice, in a rejected entry); this
 * module adds what the resolution stage made of the citation records:
 *
 *   read = edges + duplicates + selfCitations + rejected + withoutId
 *
 * `edges` are the distinct citing → cited pairs written (new or already there);
 * `duplicates` the references that name a pair another one of the same batch
 * already names (one work under two DOIs, say); `rejected` the references in
 * the rejects, self-citations apart (which are counted in `selfCitations`, and
 * are in the rejects too when the writer refuses them).
 */
import type { RecordBatch, Rejection } from '../../domain/import-format.js';
import type { ReferenceCount } from '../parsers/result.js';

/** The reason the resolution stage gives a citation whose two ends are one paper. */
export const SELF_CITATION_REASON = 'a paper cannot cite itself';

/** An import's references, by what became of them. */
export interface ReferenceCensus {
  read: number;
  edges: number;
  duplicates: number;
  selfCitations: number;
  rejected: number;
  withoutId: number;
}

/** A census of nothing. */
export function emptyCensus(): ReferenceCensus {
  return { read: 0, edges: 0, duplicates: 0, selfCitations: 0, rejected: 0, withoutId: 0 };
}

/** What the resolution stage made of a batch's citation records. */
export function resolvedCensus(
  batch: RecordBatch,
  resolved: { citations: readonly unknown[]; rejects: readonly Rejection[] },
): ReferenceCensus {
  const records = new Set<unknown>(batch.citations);
  const refused = resolved.rejects.filter((r) => records.has(r.raw));
  const self = refused.filter((r) => r.reason === SELF_CITATION_REASON).length;
  const linked = batch.citations.length - refused.length;
  return {
    read: batch.citations.length,
    edges: resolved.citations.length,
    duplicates: linked - resolved.citations.length,
    selfCitations: self,
    rejected: refused.length - self,
    withoutId: 0,
  };
}

/**
 * Adds one source to `total`: the parser's count (when its format lists
 * references; else every citation record is one reference) and the resolution's.
 */
export function addCensus(
  total: ReferenceCensus,
  parsed: ReferenceCount | undefined,
  resolved: ReferenceCensus | undefined,
): void {
  const r = resolved ?? emptyCensus();
  total.read += parsed ? parsed.read : r.read;
  total.edges += r.edges;
  total.duplicates += r.duplicates + (parsed?.duplicates ?? 0);
  total.selfCitations += r.selfCitations + (parsed?.selfCitations ?? 0);
  total.rejected += r.rejected + (parsed?.rejected ?? 0);
  total.withoutId += parsed?.withoutId ?? 0;
}
