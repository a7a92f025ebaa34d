/**
 * Effect sizes from two groups' means, SDs and sizes, as metafor's escalc computes
 * them: "MD" (raw mean difference, unpooled variances) and "SMD" (Hedges' g, with
 * the exact small-sample correction and the large-sample variance, vtype = "LS").
 */

import { EffectSizeError } from './errors.js';
import { count, finite, nonNegative } from './input-checks.js';
import { lnGamma } from './special.js';

/** Summary statistics of the intervention (I) and control (C) groups. */
export interface GroupSummaries {
  meanI: number;
  sdI: number;
  nI: number;
  meanC: number;
  sdC: number;
  nC: number;
}

function checked(g: GroupSummaries): GroupSummaries {
  return {
    meanI: finite('meanI', g.meanI),
    sdI: nonNegative('sdI', g.sdI),
    nI: count('nI', g.nI, 2),
    meanC: finite('meanC', g.meanC),
    sdC: nonNegative('sdC', g.sdC),
    nC: count('nC', g.nC, 2),
  };
}

/** Raw mean difference I − C with vi = sdI²/nI + sdC²/nC. */
export function meanDifference(groups: GroupSummaries): { yi: number; vi: number } {
  const g = checked(groups);
  const vi = (g.sdI * g.sdI) / g.nI + (g.sdC * g.sdC) / g.nC;
  if (!(vi > 0))
    throw new EffectSizeError('sdI', 'both SDs are 0: the mean difference has no variance');
  return { yi: g.meanI - g.meanC, vi };
}

/**
 * Bias-correction factor c(m) for d with m = nI + nC − 2 degrees of freedom:
 * Γ(m/2) / (√(m/2)·Γ((m−1)/2)). metafor uses this exact form; the familiar
 * 1 − 3/(4m − 1) approximates it to O(1/m³).
 */
export function hedgesCorrection(m: number): number {
  return Math.exp(lnGamma(m / 2) - 0.5 * Math.log(m / 2) - lnGamma((m - 1) / 2));
}

/** Hedges' g = c(m)·(meanI − meanC)/pooled SD, vi = 1/nI + 1/nC + g²/(2(nI + nC)). */
export function standardisedMeanDifference(groups: GroupSummaries): { yi: number; vi: number } {
  const g = checked(groups);
  const m = g.nI + g.nC - 2;
  const pooledSd = Math.sqrt(((g.nI - 1) * g.sdI ** 2 + (g.nC - 1) * g.sdC ** 2) / m);
  if (!(pooledSd > 0)) throw new EffectSizeError('sdI', 'both SDs are 0: the SMD is undefined');
  const yi = (hedgesCorrection(m) * (g.meanI - g.meanC)) / pooledSd;
  const vi = 1 / g.nI + 1 / g.nC + (yi * yi) / (2 * (g.nI + g.nC));
  return { yi, vi };
}
