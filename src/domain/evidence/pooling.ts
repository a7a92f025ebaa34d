/**
 * Pools one cell's findings, deciding first which of them may be pooled together.
 *
 * Rules, in order:
 * 1. Only findings with an effect and its precision enter (computeEffect succeeds);
 *    the others are listed with the reason.
 * 2. Double counting: a review's pooled result already contains its primary studies.
 *    When a cell has any primary-study finding (`pooled` not true), only primary-study
 *    findings are pooled and review-level results are left out. When it has only
 *    review-level results, those are pooled, and `reason` warns that reviews may
 *    include the same studies.
 * 3. One finding per paper: several findings of one paper in a cell (timepoints, or
 *    subtypes rolled up) share participants; the one on the cell's own concepts is kept,
 *    then the one with the largest n, then the first by id.
 * 4. Different measures are never pooled (checkPoolable names them), nor outcomes of
 *    opposite orientation (lower is better on one, higher on the other), which roll-up
 *    can bring together.
 * 5. k = 1 gives that finding's own estimate, `poolable: false`, reason "single ...".
 * 6. REML that does not converge (ConvergenceError) makes the cell unpoolable with the
 *    error's message rather than failing the whole map.
 */
import {
  ConvergenceError,
  pool,
  PoolingError,
  type PoolMethod,
  type PoolResult,
} from '../meta/pool.js';
import { checkPoolable } from '../meta/poolability.js';
import type { FindingEffect } from './effect.js';
import { blank, filled } from './pooled-effect.js';
import type { EvidenceFinding, PoolingBasis, PooledEffect } from './types.js';

/**
 * A finding of the cell with its effect; `exact` when it is on the cell's own concepts;
 * `lowerIsBetter` of the finding's own outcome (with roll-up it may differ from the cell's).
 */
export interface PoolEntry<F extends EvidenceFinding> {
  finding: F;
  effect: FindingEffect;
  exact: boolean;
  lowerIsBetter: boolean;
}

/** How to pool. */
export interface CellPoolOptions {
  method: PoolMethod;
  knappHartung: boolean;
}

/** The pooled effect plus, per finding id, its weight (percent) or why it was left out. */
export interface CellPool {
  pooled: PooledEffect;
  weights: Map<string, number>;
  excluded: Map<string, string>;
}

type Usable<F extends EvidenceFinding> = PoolEntry<F> & {
  effect: Extract<FindingEffect, { ok: true }>;
};

/** Applies the rules above to the entries of one cell. */
export function poolCell<F extends EvidenceFinding>(
  entries: readonly PoolEntry<F>[],
  options: CellPoolOptions,
): CellPool {
  const excluded = new Map<string, string>();
  const usable = entries.filter((e): e is Usable<F> => e.effect.ok);
  for (const e of entries) if (!e.effect.ok) excluded.set(e.finding.id, e.effect.reason);
  if (usable.length === 0) {
    const reason =
      entries.length === 0
        ? 'no findings'
        : `no finding gives an effect with its precision (${[...excluded.values()].join('; ')})`;
    return { pooled: blank(options, 'NONE', reason), weights: new Map(), excluded };
  }
  const primary = usable.filter((e) => e.finding.pooled !== true);
  const basis: PoolingBasis = primary.length > 0 ? 'PRIMARY_STUDIES' : 'REVIEW_RESULTS';
  const notes: string[] = [];
  if (basis === 'PRIMARY_STUDIES' && primary.length < usable.length) {
    for (const e of usable) {
      if (e.finding.pooled === true)
        excluded.set(e.finding.id, 'review-level result: not pooled with primary studies');
    }
    notes.push(
      `${usable.length - primary.length} review-level result(s) left out to avoid double counting`,
    );
  }
  const pool0 = basis === 'PRIMARY_STUDIES' ? primary : usable;
  const candidates = onePerPaper(pool0, excluded);
  if (candidates.length < pool0.length) {
    notes.push(
      `${pool0.length - candidates.length} further finding(s) of the same paper not pooled`,
    );
  }
  if (usable.length < entries.length) {
    notes.push(`${entries.length - usable.length} finding(s) without an effect and its precision`);
  }
  const check = checkPoolable(candidates.map((e) => ({ measure: e.effect.measure })));
  if (!check.poolable) {
    for (const e of candidates) excluded.set(e.finding.id, 'not pooled: the cell mixes measures');
    return { pooled: blank(options, basis, check.reason), weights: new Map(), excluded };
  }
  if (new Set(candidates.map((e) => e.lowerIsBetter)).size > 1) {
    for (const e of candidates)
      excluded.set(e.finding.id, 'not pooled: outcomes of opposite orientation');
    const reason =
      'findings on outcomes of opposite orientation (lower is better on some) are not pooled';
    return { pooled: blank(options, basis, reason), weights: new Map(), excluded };
  }
  const lowerIsBetter = candidates[0]?.lowerIsBetter === true;
  const studies = candidates.map((e) => ({ yi: e.effect.yi, vi: e.effect.vi }));
  let result: PoolResult;
  try {
    result = pool(studies, { method: options.method, knappHartung: options.knappHartung });
  } catch (error) {
    if (error instanceof ConvergenceError || error instanceof PoolingError) {
      for (const e of candidates) excluded.set(e.finding.id, 'not pooled: pooling failed');
      return { pooled: blank(options, basis, error.message), weights: new Map(), excluded };
    }
    throw error;
  }
  if (result.k === 1) {
    notes.unshift(
      basis === 'REVIEW_RESULTS'
        ? 'single review-level result, not pooled'
        : 'single study, not pooled',
    );
  } else if (basis === 'REVIEW_RESULTS') {
    notes.unshift(
      `pooled from ${result.k} review-level results, which may include the same studies (possible double counting)`,
    );
  }
  const w = studies.map((s) => 1 / (s.vi + result.tau2));
  const sum = w.reduce((a, b) => a + b, 0);
  const weights = new Map(candidates.map((e, i) => [e.finding.id, (100 * (w[i] ?? 0)) / sum]));
  return {
    pooled: filled(result, check.scale, basis, notes, options, lowerIsBetter),
    weights,
    excluded,
  };
}

// Rule 3: one finding per paper, preferring the cell's own concepts, then n, then id.
function onePerPaper<E extends PoolEntry<EvidenceFinding>>(
  entries: E[],
  excluded: Map<string, string>,
): E[] {
  const best = new Map<string, E>();
  const rank = (e: E) => [e.exact ? 0 : 1, -(e.finding.n ?? 0)] as const;
  for (const e of [...entries].sort((a, b) => a.finding.id.localeCompare(b.finding.id))) {
    const held = best.get(e.finding.paperId);
    if (!held) {
      best.set(e.finding.paperId, e);
      continue;
    }
    const [a0, a1] = rank(e);
    const [b0, b1] = rank(held);
    const better = a0 < b0 || (a0 === b0 && a1 < b1);
    const loser = better ? held : e;
    if (better) best.set(e.finding.paperId, e);
    excluded.set(
      loser.finding.id,
      `same paper as ${(better ? e : held).finding.id}: one finding per paper is pooled`,
    );
  }
  const kept = new Set(best.values());
  return entries.filter((e) => kept.has(e));
}
