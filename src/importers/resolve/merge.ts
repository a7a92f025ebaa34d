/**
 * How two records of one work become one: the only place that says which
 * values win. A full record describes the work; a partial one (a work seen
 * only nested in another record) may only fill gaps.
 */
import type { PaperRecord } from '../../domain/import-format.js';

/**
 * Where the two records meet. `batch`: both come from one batch, which is
 * merged before anything is written, so a full record wins over a partial one
 * and the first full record wins over a later one. `store`: `next` arrives
 * after `prior` was written (a later batch or file), so a full `next` wins as
 * its upsert overwrites, and a partial `next` only fills gaps.
 */
export type MergeScope = 'batch' | 'store';

/** True when every value `partial` carries is already in `prior` (so merging changes nothing). */
function addsNothing(prior: PaperRecord, partial: PaperRecord): boolean {
  for (const [k, v] of Object.entries(partial)) {
    if (v === undefined || k === 'partial' || k === 'source') continue;
    if ((prior as Record<string, unknown>)[k] === undefined) return false;
  }
  return true;
}

/** `over`'s defined values laid over `under`. */
function overlay(under: PaperRecord, over: PaperRecord): PaperRecord {
  const merged: PaperRecord = { ...under };
  for (const [k, v] of Object.entries(over))
    if (v !== undefined) (merged as Record<string, unknown>)[k] = v;
  return merged;
}

/**
 * `prior` and `next` as one record; see MergeScope for who wins. In the
 * `store` scope a partial record that adds nothing returns `prior` itself, so
 * a caller holding many long-lived records (the bulk load) keeps the object
 * it has and can tell that nothing changed.
 */
export function mergeRecords(
  prior: PaperRecord,
  next: PaperRecord,
  scope: MergeScope,
): PaperRecord {
  if (scope === 'store' && next.partial && addsNothing(prior, next)) return prior;
  const nextWins = next.partial ? false : prior.partial || scope === 'store';
  const merged = nextWins ? overlay(prior, next) : overlay(next, prior);
  merged.partial = Boolean(prior.partial && next.partial);
  return merged;
}
