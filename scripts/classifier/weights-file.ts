/**
 * Writes the purpose model's weights file byte-for-byte the same from the same
 * fit: every number rounded to 6 significant digits, keys in a fixed order, one
 * feature per line (so a retrained model's diff is readable), laid out as
 * prettier lays out JSON so `npm run format:check` leaves it alone. Also compares a
 * retrained file with the shipped one for `train:purpose --check`.
 */
import type { PurposeWeights } from '../../src/classifier/purpose/model.js';

export const DIGITS = 6;

export function round(v: number): number {
  const r = Number(v.toPrecision(DIGITS));
  return Object.is(r, -0) ? 0 : r;
}

export function serialise(w: PurposeWeights): string {
  const nums = (a: number[]) => `[${a.map((v) => JSON.stringify(round(v))).join(', ')}]`;
  const s = w.settings;
  const settings = [
    `"ngrams": ${s.ngrams}`,
    `"stem": ${s.stem}`,
    `"minCount": ${s.minCount}`,
    `"maxFeatures": ${s.maxFeatures}`,
    `"c": ${round(s.c)}`,
  ].join(', ');
  const lines = [
    '{',
    `  "version": ${JSON.stringify(w.version)},`,
    `  "classes": [${w.classes.map((c) => JSON.stringify(c)).join(', ')}],`,
    `  "settings": { ${settings} },`,
    `  "temperature": ${JSON.stringify(round(w.temperature))},`,
    `  "bias": ${nums(w.bias)},`,
    '  "features": {',
  ];
  const keys = Object.keys(w.features).sort();
  keys.forEach((k, i) => {
    lines.push(
      `    ${JSON.stringify(k)}: ${nums(w.features[k]!)}${i < keys.length - 1 ? ',' : ''}`,
    );
  });
  lines.push('  }', '}', '');
  return lines.join('\n');
}

/**
 * How far two weights files are apart: identical bytes, or the largest absolute
 * difference of any number (Infinity when their shapes differ).
 */
export function compare(a: string, b: string): { identical: boolean; maxDiff: number } {
  if (a === b) return { identical: true, maxDiff: 0 };
  const x = JSON.parse(a) as PurposeWeights;
  const y = JSON.parse(b) as PurposeWeights;
  const same =
    x.version === y.version &&
    JSON.stringify(x.classes) === JSON.stringify(y.classes) &&
    JSON.stringify(x.settings) === JSON.stringify(y.settings) &&
    JSON.stringify(Object.keys(x.features).sort()) ===
      JSON.stringify(Object.keys(y.features).sort());
  if (!same) return { identical: false, maxDiff: Infinity };
  let max = Math.abs(x.temperature - y.temperature);
  const diff = (p: number[], q: number[]) => {
    if (p.length !== q.length) max = Infinity;
    else p.forEach((v, i) => (max = Math.max(max, Math.abs(v - q[i]!))));
  };
  diff(x.bias, y.bias);
  for (const k of Object.keys(x.features)) diff(x.features[k]!, y.features[k]!);
  return { identical: false, maxDiff: max };
}
