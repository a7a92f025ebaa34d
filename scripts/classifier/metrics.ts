/**
 * How good a purpose model is: per-class precision, recall and F1, macro-F1,
 * mean negative log-likelihood, expected calibration error over 15 equal-width
 * confidence bins (with its reliability table), and the temperature that
 * minimises the negative log-likelihood on a held-out split.
 */

/** One prediction: class probabilities and the gold class index. */
export interface Scored {
  probs: Float64Array;
  label: number;
}

export interface ClassScore {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export function argmax(p: Float64Array): number {
  let best = 0;
  for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c;
  return best;
}

export function classScores(scored: Scored[], k: number): ClassScore[] {
  const tp = new Array<number>(k).fill(0);
  const predicted = new Array<number>(k).fill(0);
  const actual = new Array<number>(k).fill(0);
  for (const s of scored) {
    const p = argmax(s.probs);
    predicted[p]!++;
    actual[s.label]!++;
    if (p === s.label) tp[p]!++;
  }
  return tp.map((t, c) => {
    const precision = predicted[c] ? t / predicted[c]! : 0;
    const recall = actual[c] ? t / actual[c]! : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { precision, recall, f1, support: actual[c]! };
  });
}

export function macroF1(scored: Scored[], k: number): number {
  const s = classScores(scored, k);
  return s.reduce((a, c) => a + c.f1, 0) / k;
}

export function accuracy(scored: Scored[]): number {
  return scored.filter((s) => argmax(s.probs) === s.label).length / scored.length;
}

/** Mean negative log-likelihood of the gold class, probabilities raised to 1/t and renormalised. */
export function nll(scored: Scored[], t = 1): number {
  let total = 0;
  for (const s of scored) {
    let max = -Infinity;
    for (const p of s.probs) max = Math.max(max, safeLog(p) / t);
    let sum = 0;
    for (const p of s.probs) sum += Math.exp(safeLog(p) / t - max);
    total -= safeLog(s.probs[s.label]!) / t - max - Math.log(sum);
  }
  return total / scored.length;
}

// A probability that underflowed to 0 still has a finite (very negative) logit.
function safeLog(p: number): number {
  return Math.log(Math.max(p, 1e-300));
}

/**
 * The temperature minimising `nll` (golden-section search on ln t over
 * [ln 0.05, ln 20]: the NLL is unimodal in t for a fixed model).
 */
export function fitTemperature(scored: Scored[]): number {
  const phi = (Math.sqrt(5) - 1) / 2;
  let a = Math.log(0.05);
  let b = Math.log(20);
  let c = b - phi * (b - a);
  let d = a + phi * (b - a);
  let fc = nll(scored, Math.exp(c));
  let fd = nll(scored, Math.exp(d));
  for (let i = 0; i < 80; i++) {
    if (fc < fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - phi * (b - a);
      fc = nll(scored, Math.exp(c));
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + phi * (b - a);
      fd = nll(scored, Math.exp(d));
    }
  }
  return Math.exp((a + b) / 2);
}

export interface Bin {
  lower: number;
  upper: number;
  count: number;
  confidence: number;
  accuracy: number;
}

/** Reliability table: predictions binned by their top confidence into `bins` equal-width bins. */
export function reliability(scored: Scored[], bins = 15): Bin[] {
  const table: Bin[] = Array.from({ length: bins }, (_, i) => ({
    lower: i / bins,
    upper: (i + 1) / bins,
    count: 0,
    confidence: 0,
    accuracy: 0,
  }));
  for (const s of scored) {
    const p = argmax(s.probs);
    const conf = s.probs[p]!;
    const bin = table[Math.min(bins - 1, Math.floor(conf * bins))]!;
    bin.count++;
    bin.confidence += conf;
    bin.accuracy += p === s.label ? 1 : 0;
  }
  for (const b of table) {
    if (b.count) {
      b.confidence /= b.count;
      b.accuracy /= b.count;
    }
  }
  return table;
}

/** Expected calibration error: the count-weighted mean gap between confidence and accuracy. */
export function ece(scored: Scored[], bins = 15): number {
  return reliability(scored, bins).reduce(
    (a, b) => a + (b.count / scored.length) * Math.abs(b.accuracy - b.confidence),
    0,
  );
}
