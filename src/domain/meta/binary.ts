/**
 * Log risk ratios and log odds ratios from 2×2 tables, as metafor's escalc
 * computes them with its defaults (add = 1/2, to = "only0", drop00 = FALSE):
 * ½ is added to all four cells of a table only when one of its cells is 0.
 */

import { EffectSizeError } from './errors.js';
import { count } from './input-checks.js';

/** Events and group sizes of the intervention (I) and control (C) arms. */
export interface TwoByTwo {
  eventsI: number;
  totalI: number;
  eventsC: number;
  totalC: number;
}

/** The four cells after the continuity correction, and whether it was applied. */
export interface Cells {
  a: number;
  b: number;
  c: number;
  d: number;
  corrected: boolean;
}

/** Validates the counts and returns the cells, with ½ added to each when any cell is 0. */
export function cells(table: TwoByTwo): Cells {
  const totalI = count('totalI', table.totalI, 1);
  const totalC = count('totalC', table.totalC, 1);
  const eventsI = count('eventsI', table.eventsI, 0);
  const eventsC = count('eventsC', table.eventsC, 0);
  if (eventsI > totalI) {
    throw new EffectSizeError('eventsI', `eventsI (${eventsI}) exceeds totalI (${totalI})`);
  }
  if (eventsC > totalC) {
    throw new EffectSizeError('eventsC', `eventsC (${eventsC}) exceeds totalC (${totalC})`);
  }
  const raw = [eventsI, totalI - eventsI, eventsC, totalC - eventsC] as const;
  const corrected = raw.includes(0);
  const add = corrected ? 0.5 : 0;
  return { a: raw[0] + add, b: raw[1] + add, c: raw[2] + add, d: raw[3] + add, corrected };
}

/** log(RR) = log((a/n1)/(c/n2)), vi = 1/a − 1/n1 + 1/c − 1/n2. */
export function logRiskRatio(table: TwoByTwo): { yi: number; vi: number; corrected: boolean } {
  const { a, b, c, d, corrected } = cells(table);
  const n1 = a + b;
  const n2 = c + d;
  return {
    yi: Math.log(a / n1) - Math.log(c / n2),
    vi: 1 / a - 1 / n1 + 1 / c - 1 / n2,
    corrected,
  };
}

/** log(OR) = log((a·d)/(b·c)), vi = 1/a + 1/b + 1/c + 1/d. */
export function logOddsRatio(table: TwoByTwo): { yi: number; vi: number; corrected: boolean } {
  const { a, b, c, d, corrected } = cells(table);
  return {
    yi: Math.log(a) + Math.log(d) - Math.log(b) - Math.log(c),
    vi: 1 / a + 1 / b + 1 / c + 1 / d,
    corrected,
  };
}
