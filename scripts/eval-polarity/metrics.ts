/**
 * The figures the polarity evaluation publishes: per-class precision and recall,
 * a reliability table (confidence bins against accuracy), and the smoothed
 * per-rule precisions that become the rules' confidences (calibration.ts).
 */

export const CLASSES = ['SUPPORTING', 'CONTRASTING', 'MENTIONING'] as const;
export type Label = (typeof CLASSES)[number];

export interface Scored {
  gold: Label;
  predicted: Label;
  confidence: number;
  rule: string | null;
}

export interface ClassFigures {
  label: Label;
  support: number;
  predicted: number;
  correct: number;
  precision: number | null;
  recall: number | null;
}

export function perClass(rows: Scored[]): ClassFigures[] {
  return CLASSES.map((label) => {
    const support = rows.filter((r) => r.gold === label).length;
    const predicted = rows.filter((r) => r.predicted === label).length;
    const correct = rows.filter((r) => r.gold === label && r.predicted === label).length;
    return {
      label,
      support,
      predicted,
      correct,
      precision: predicted ? correct / predicted : null,
      recall: support ? correct / support : null,
    };
  });
}

export interface Bin {
  from: number;
  to: number;
  n: number;
  meanConfidence: number | null;
  accuracy: number | null;
}

/** Equal-width bins over [lo, 1]; the last bin includes 1. */
export function reliability(rows: Scored[], edges = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1]): Bin[] {
  return edges.slice(0, -1).map((from, i) => {
    const to = edges[i + 1] ?? 1;
    const inBin = rows.filter(
      (r) => r.confidence >= from && (r.confidence < to || (to === 1 && r.confidence === 1)),
    );
    const n = inBin.length;
    return {
      from,
      to,
      n,
      meanConfidence: n ? inBin.reduce((s, r) => s + r.confidence, 0) / n : null,
      accuracy: n ? inBin.filter((r) => r.gold === r.predicted).length / n : null,
    };
  });
}

/** Expected calibration error over the bins. */
export function ece(bins: Bin[], total: number): number {
  return bins.reduce(
    (s, b) => (b.n ? s + (b.n / total) * Math.abs((b.accuracy ?? 0) - (b.meanConfidence ?? 0)) : s),
    0,
  );
}

/**
 * Per-rule precision, smoothed towards its class: (correct + m·p) / (fired + m)
 * with p the class's Laplace-smoothed precision and m = 2 pseudo-observations.
 */
export function ruleConfidences(rows: Scored[]): {
  rules: Record<string, number>;
  classes: Record<Label, number>;
} {
  const classes = {} as Record<Label, number>;
  for (const c of perClass(rows)) classes[c.label] = (c.correct + 1) / (c.predicted + 2);
  const rules: Record<string, number> = {};
  const byRule = new Map<string, Scored[]>();
  for (const r of rows) if (r.rule) byRule.set(r.rule, [...(byRule.get(r.rule) ?? []), r]);
  for (const [rule, rs] of [...byRule].sort(([a], [b]) => a.localeCompare(b))) {
    const p = classes[rs[0]!.predicted];
    const correct = rs.filter((r) => r.gold === r.predicted).length;
    rules[rule] = (correct + 2 * p) / (rs.length + 2);
  }
  return { rules, classes };
}
