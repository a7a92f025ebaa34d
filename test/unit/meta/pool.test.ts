import { describe, expect, it } from 'vitest';
import { computeEffect } from '../../../src/domain/meta/effect-size.js';
import { ConvergenceError, pool, PoolingError, type Study } from '../../../src/domain/meta/pool.js';
import { bcgCounts, DAT_BCG } from './bcg-data.js';
import { NORMAND } from './normand-data.js';

// Log risk ratios of dat.bcg, as escalc(measure="RR", ai=tpos, bi=tneg, ci=cpos, di=cneg).
const BCG: Study[] = DAT_BCG.map((t) => computeEffect({ measure: 'RR', ...bcgCounts(t) }));

/**
 * Published metafor outputs for dat.bcg (log RR), matched to the 4 decimals printed.
 * - FE and DL: metafor's tests/testthat/test_misc_metan_vs_rma.uni_with_dat.bcg.r,
 *   values agreeing with Stata's metan:
 *   https://github.com/wviechtb/metafor/blob/master/tests/testthat/test_misc_metan_vs_rma.uni_with_dat.bcg.r
 * - DL H²: tests/testthat/test_misc_confint.r (same repository).
 * - REML heterogeneity and Knapp–Hartung (test="knha") output: metafor README, "Example":
 *   https://github.com/wviechtb/metafor/blob/master/README.md
 * - REML z-test output of rma(yi, vi) and confint() I²/H² to 4 decimals, printed in the RoBMA
 *   vignette "Bayesian Meta-Analysis": https://fbartos.github.io/RoBMA/articles/02-bayesian-meta-analysis.html
 */
describe('dat.bcg, log risk ratios (k = 13)', () => {
  it('fixed effect (method="FE")', () => {
    const r = pool(BCG, { method: 'FE' });
    expect(r.pooled).toBe(true);
    expect(r.k).toBe(13);
    expect(r.estimate).toBeCloseTo(-0.4303, 4);
    expect(r.ciLower).toBeCloseTo(-0.5097, 4);
    expect(r.ciUpper).toBeCloseTo(-0.3509, 4);
    expect(r.z).toBeCloseTo(-10.6247, 4);
    expect(r.q).toBeCloseTo(152.233, 4);
    expect(r.qDf).toBe(12);
    // se is not printed there; (ci.ub − ci.lb)/(2 × 1.959964) = 0.1588/3.919928 = 0.0405
    expect(r.se).toBeCloseTo(0.0405, 4);
    // predict(res, transf=exp): 0.6503 (0.6007, 0.7040)
    expect(Math.exp(r.estimate)).toBeCloseTo(0.6503, 4);
    expect(Math.exp(r.ciLower)).toBeCloseTo(0.6007, 4);
    expect(Math.exp(r.ciUpper)).toBeCloseTo(0.704, 4);
    // For FE, I² = (Q − df)/Q, which equals the DL I² below by construction.
    expect(r.i2).toBeCloseTo(92.1173, 4);
    expect(r.tau2).toBe(0);
  });

  it('DerSimonian–Laird (method="DL")', () => {
    const r = pool(BCG, { method: 'DL' });
    expect(r.estimate).toBeCloseTo(-0.7141, 4);
    expect(r.ciLower).toBeCloseTo(-1.0644, 4);
    expect(r.ciUpper).toBeCloseTo(-0.3638, 4);
    expect(r.z).toBeCloseTo(-3.9952, 4);
    expect(r.tau2).toBeCloseTo(0.3088, 4);
    expect(r.i2).toBeCloseTo(92.1173, 4);
    expect(r.h2).toBeCloseTo(12.6861, 4);
    expect(Math.exp(r.estimate)).toBeCloseTo(0.4896, 4);
    expect(Math.exp(r.ciLower)).toBeCloseTo(0.3449, 4);
    expect(Math.exp(r.ciUpper)).toBeCloseTo(0.695, 4);
  });

  it('REML (method="REML", the metafor default)', () => {
    const r = pool(BCG, { method: 'REML' });
    expect(r.estimate).toBeCloseTo(-0.7145, 4);
    expect(r.se).toBeCloseTo(0.1798, 4);
    expect(r.z).toBeCloseTo(-3.9744, 4);
    expect(r.p).toBeLessThan(0.0001);
    expect(r.ciLower).toBeCloseTo(-1.0669, 4);
    expect(r.ciUpper).toBeCloseTo(-0.3622, 4);
    expect(r.tau2).toBeCloseTo(0.3132, 4);
    expect(r.tau).toBeCloseTo(0.5597, 4);
    expect(r.i2).toBeCloseTo(92.2214, 4);
    expect(r.h2).toBeCloseTo(12.8558, 4);
    expect(r.q).toBeCloseTo(152.233, 4);
    expect(r.qP).toBeLessThan(0.0001);
    expect(r.testDf).toBeNull();
  });

  it('REML with Knapp–Hartung (test="knha")', () => {
    const r = pool(BCG, { method: 'REML', knappHartung: true });
    expect(r.estimate).toBeCloseTo(-0.7145, 4);
    expect(r.se).toBeCloseTo(0.1808, 4);
    expect(r.z).toBeCloseTo(-3.9522, 4);
    expect(r.testDf).toBe(12);
    expect(r.p).toBeCloseTo(0.0019, 4);
    expect(r.ciLower).toBeCloseTo(-1.1084, 4);
    expect(r.ciUpper).toBeCloseTo(-0.3206, 4);
    expect(r.tau2).toBeCloseTo(0.3132, 4);
    // predict(res, transf=exp, digits=2): 0.49 [0.33, 0.73], prediction interval [0.14, 1.76]
    expect(Math.exp(r.estimate)).toBeCloseTo(0.49, 2);
    expect(Math.exp(r.ciLower)).toBeCloseTo(0.33, 2);
    expect(Math.exp(r.ciUpper)).toBeCloseTo(0.73, 2);
    expect(Math.exp(r.predictionLower ?? NaN)).toBeCloseTo(0.14, 2);
    expect(Math.exp(r.predictionUpper ?? NaN)).toBeCloseTo(1.76, 2);
  });

  it('computes the prediction interval as estimate ± z·√(se² + tau²) without Knapp–Hartung', () => {
    const r = pool(BCG, { method: 'REML' });
    const half = 1.959963984540054 * Math.sqrt(r.se ** 2 + r.tau2);
    expect(r.predictionLower).toBeCloseTo(r.estimate - half, 12);
    expect(r.predictionUpper).toBeCloseTo(r.estimate + half, 12);
  });

  it('throws ConvergenceError when REML may not iterate enough', () => {
    expect(() => pool(BCG, { method: 'REML', maxIter: 1 })).toThrow(ConvergenceError);
    expect(() => pool(BCG, { method: 'REML', maxIter: 1 })).toThrow(
      /did not converge after 1 iterations/,
    );
  });
});

describe('dat.normand1999 (Normand, 1999, Table IX, as asserted in metafor tests)', () => {
  // Mean differences with the pooled SD in both groups, as Normand (and the metafor test) do:
  // https://github.com/wviechtb/metafor/blob/master/tests/testthat/test_analysis_example_normand1999.r
  const studies = NORMAND.map(([nI, meanI, sdI, nC, meanC, sdC]) => {
    const sp = Math.sqrt(((nI - 1) * sdI ** 2 + (nC - 1) * sdC ** 2) / (nI + nC - 2));
    return computeEffect({ measure: 'MD', nI, meanI, sdI: sp, nC, meanC, sdC: sp });
  });

  it.each([
    ['FE', -3.49, -5.03, -1.96, 0],
    ['DL', -14.1, -24.45, -3.75, 218.72],
    ['REML', -15.12, -32.67, 2.43, 685.2],
  ] as const)('%s', (method, estimate, lower, upper, tau2) => {
    const r = pool(studies, { method });
    expect(r.estimate).toBeCloseTo(estimate, 2);
    expect(r.ciLower).toBeCloseTo(lower, 2);
    expect(r.ciUpper).toBeCloseTo(upper, 2);
    expect(r.tau2).toBeCloseTo(tau2, 2);
  });

  it('REML tau² of SMDs for studies 1–4 is 1.0090 (metafor tests/testthat/test_misc_rma_uni.r)', () => {
    const smd = NORMAND.slice(0, 4).map(([nI, meanI, sdI, nC, meanC, sdC]) =>
      computeEffect({ measure: 'SMD', nI, meanI, sdI, nC, meanC, sdC }),
    );
    expect(pool(smd, { method: 'REML' }).tau2).toBeCloseTo(1.009, 4);
  });
});

describe('edge cases', () => {
  it('k = 1 returns the study itself, unpooled, with no heterogeneity', () => {
    const r = pool([{ yi: 0.4, vi: 0.04 }], { method: 'REML', knappHartung: true });
    expect(r).toMatchObject({
      pooled: false,
      k: 1,
      estimate: 0.4,
      se: 0.2,
      tau2: 0,
      q: 0,
      qDf: 0,
      i2: 0,
    });
    expect(r.qP).toBeNull();
    expect(r.predictionLower).toBeNull();
    expect(r.knappHartung).toBe(false);
    // 0.4 ± 1.959964 × 0.2
    expect(r.ciLower).toBeCloseTo(0.008007, 6);
    expect(r.ciUpper).toBeCloseTo(0.791993, 6);
  });

  it('k = 0 is a PoolingError', () => {
    expect(() => pool([], { method: 'DL' })).toThrow(PoolingError);
    expect(() => pool([], { method: 'DL' })).toThrow(/k = 0/);
  });

  it('names the study with a bad variance', () => {
    try {
      pool(
        [
          { yi: 0, vi: 1 },
          { yi: 1, vi: 0 },
        ],
        { method: 'FE' },
      );
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PoolingError);
      expect((e as PoolingError).index).toBe(1);
      expect((e as Error).message).toBe('study 1: vi must be finite and > 0, got 0');
    }
  });

  it('rejects a level given as a percentage and an unknown method', () => {
    expect(() => pool(BCG, { method: 'DL', level: 95 })).toThrow(
      /level must be a fraction .* got 95/,
    );
    expect(() => pool(BCG, { method: 'ML' as 'DL' })).toThrow(
      /method must be one of FE, DL, REML, got ML/,
    );
  });

  it('honours the level', () => {
    const r95 = pool(BCG, { method: 'DL' });
    const r90 = pool(BCG, { method: 'DL', level: 0.9 });
    expect((r90.ciUpper - r90.estimate) / r90.se).toBeCloseTo(1.644853626951472, 12);
    expect(r90.estimate).toBe(r95.estimate);
  });

  it('REML stops at tau² = 0 for homogeneous studies', () => {
    const studies = [
      { yi: 0.2, vi: 0.01 },
      { yi: 0.2, vi: 0.04 },
      { yi: 0.2, vi: 0.09 },
    ];
    const r = pool(studies, { method: 'REML' });
    expect(r.tau2).toBe(0);
    expect(r.i2).toBe(0);
    expect(r.estimate).toBeCloseTo(0.2, 12);
  });
});
