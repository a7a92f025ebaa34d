/**
 * Scores of the concept tagger's evaluation (scripts/eval-tagger.ts): true and false
 * positives and negatives per concept kind, from predicted and gold concept sets.
 */

/** Counts for one kind (interventions or outcomes). */
export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  /** Concept id → how often it was predicted wrongly / missed (for tuning on dev). */
  falsePositives: Map<string, number>;
  falseNegatives: Map<string, number>;
}

export const emptyTally = (): Tally => ({
  tp: 0,
  fp: 0,
  fn: 0,
  falsePositives: new Map(),
  falseNegatives: new Map(),
});

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

/** Adds one paper's predicted and gold concepts to `t`. */
export function score(t: Tally, predicted: Iterable<string>, gold: Iterable<string>): void {
  const p = new Set(predicted);
  const g = new Set(gold);
  for (const c of p)
    if (g.has(c)) t.tp += 1;
    else {
      t.fp += 1;
      bump(t.falsePositives, c);
    }
  for (const c of g)
    if (!p.has(c)) {
      t.fn += 1;
      bump(t.falseNegatives, c);
    }
}

/** Precision and recall (null when undefined: nothing predicted, or nothing to find). */
export function rates(t: Tally): { precision: number | null; recall: number | null } {
  return {
    precision: t.tp + t.fp > 0 ? t.tp / (t.tp + t.fp) : null,
    recall: t.tp + t.fn > 0 ? t.tp / (t.tp + t.fn) : null,
  };
}

/** "0.93 (41/44)" */
export function fraction(n: number, d: number): string {
  return d === 0 ? 'n/a' : `${(n / d).toFixed(2)} (${n}/${d})`;
}

/** One line per kind: precision, recall, and the counts behind them. */
export function line(kind: string, t: Tally): string {
  return `${kind.padEnd(14)} precision ${fraction(t.tp, t.tp + t.fp).padEnd(16)} recall ${fraction(t.tp, t.tp + t.fn)}`;
}

/** The most frequent entries of a count map, "id×n". */
export function top(m: Map<string, number>, n = 8): string {
  return [...m]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([k, v]) => `${k}×${v}`)
    .join(', ');
}
