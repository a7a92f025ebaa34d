import { describe, expect, it } from 'vitest';
import {
  computeEffect,
  EffectSizeError,
  type EffectInput,
} from '../../../src/domain/meta/effect-size.js';
import { hedgesCorrection } from '../../../src/domain/meta/continuous.js';
import { bcgCounts, DAT_BCG } from './bcg-data.js';

function errorOf(input: EffectInput): EffectSizeError {
  try {
    computeEffect(input);
  } catch (e) {
    if (e instanceof EffectSizeError) return e;
    throw e;
  }
  throw new Error('expected an EffectSizeError');
}

describe('estimate with se, variance or 95% CI', () => {
  it('squares the se', () => {
    expect(computeEffect({ measure: 'SMD', estimate: 0.3, se: 0.1 })).toEqual({
      yi: 0.3,
      vi: expect.closeTo(0.01, 15),
      measure: 'SMD',
    });
  });

  it('takes a variance as is, preferring it to an se', () => {
    expect(computeEffect({ measure: 'MD', estimate: -2.5, variance: 0.64, se: 99 })).toEqual({
      yi: -2.5,
      vi: 0.64,
      measure: 'MD',
    });
  });

  it('derives the se from a 95% CI on the analysis scale', () => {
    // se = (0.9 − 0.1) / (2 × 1.959964) = 0.204085; vi = 0.0416508
    const e = computeEffect({ measure: 'HEDGES_G', estimate: 0.5, ciLower: 0.1, ciUpper: 0.9 });
    expect(e.measure).toBe('HEDGES_G');
    expect(e.yi).toBe(0.5);
    expect(e.vi).toBeCloseTo(0.0416508, 6);
  });

  it('logs a ratio estimate and its CI, returning LOG_RR', () => {
    // RR 0.5 (0.25 to 1.0): yi = ln 0.5 = −0.693147;
    // se = (ln 1 − ln 0.25) / (2 × 1.959964) = 1.386294 / 3.919928 = 0.353653; vi = 0.1250705
    const e = computeEffect({ measure: 'RR', estimate: 0.5, ciLower: 0.25, ciUpper: 1 });
    expect(e.measure).toBe('LOG_RR');
    expect(e.yi).toBeCloseTo(-0.693147, 6);
    expect(e.vi).toBeCloseTo(0.1250705, 6);
  });

  it('takes the se of an OR to be that of the log OR', () => {
    const e = computeEffect({ measure: 'OR', estimate: 2, se: 0.2 });
    expect(e).toEqual({ yi: Math.log(2), vi: expect.closeTo(0.04, 15), measure: 'LOG_OR' });
  });

  it('leaves LOG_OR estimates and CIs on the scale given', () => {
    const e = computeEffect({ measure: 'LOG_OR', estimate: 0.2, ciLower: -0.1, ciUpper: 0.5 });
    expect(e.yi).toBe(0.2);
    expect(e.vi).toBeCloseTo((0.6 / (2 * 1.959963984540054)) ** 2, 12);
  });
});

describe('means, SDs and ns (dat.normand1999)', () => {
  // dat.normand1999 (Normand, 1999, Stat Med 18:321-359) and metafor's escalc
  // "SMD" output for it, printed to 7 decimals in Van Lissen, "Doing Meta-Analysis
  // in R", section 4.1: https://cjvanlissa.github.io/Doing-Meta-Analysis-in-R/fixed.html
  const NORMAND: [number, number, number, number, number, number, number, number][] = [
    // n1, m1, sd1, n2, m2, sd2, yi, vi
    [155, 55, 47, 156, 75, 64, -0.3551696, 0.0130647],
    [31, 27, 7, 32, 29, 4, -0.34794, 0.0644689],
    [75, 64, 17, 71, 119, 29, -2.3175692, 0.0458121],
    [18, 66, 20, 18, 137, 48, -1.8879823, 0.1606177],
    [8, 14, 8, 13, 18, 11, -0.3839641, 0.2054333],
    [57, 19, 7, 52, 18, 4, 0.1721487, 0.0369106],
    [34, 52, 45, 33, 41, 34, 0.2720521, 0.0602671],
    [110, 21, 16, 183, 31, 27, -0.4245963, 0.014863],
    [60, 30, 27, 52, 23, 20, 0.2895562, 0.0362717],
  ];

  it.each(NORMAND)(
    'SMD for n=%i/%i… matches metafor escalc to 7 decimals',
    (nI, meanI, sdI, nC, meanC, sdC, yi, vi) => {
      const e = computeEffect({ measure: 'SMD', meanI, sdI, nI, meanC, sdC, nC });
      expect(e.measure).toBe('SMD');
      expect(e.yi).toBeCloseTo(yi, 7);
      expect(e.vi).toBeCloseTo(vi, 7);
    },
  );

  it('MD with the pooled SD reproduces Normand (1999) Table VIII', () => {
    // Expected yi/vi as asserted in metafor's tests/testthat/test_analysis_example_normand1999.r
    const vi = [40.59, 2.05, 15.28, 150.22, 20.19, 1.22, 95.38, 8.03, 20.69];
    NORMAND.forEach(([nI, meanI, sdI, nC, meanC, sdC], i) => {
      const sp = Math.sqrt(((nI - 1) * sdI ** 2 + (nC - 1) * sdC ** 2) / (nI + nC - 2));
      const e = computeEffect({ measure: 'MD', meanI, sdI: sp, nI, meanC, sdC: sp, nC });
      expect(e.yi).toBe(meanI - meanC);
      expect(e.vi).toBeCloseTo(vi[i] ?? NaN, 2);
    });
  });

  it('MD uses the unpooled variances', () => {
    // Edinburgh: 47²/155 + 64²/156 = 14.251613 + 26.256410 = 40.508023
    const e = computeEffect({
      measure: 'MD',
      meanI: 55,
      sdI: 47,
      nI: 155,
      meanC: 75,
      sdC: 64,
      nC: 156,
    });
    expect(e).toEqual({ yi: -20, vi: expect.closeTo(40.508023, 6), measure: 'MD' });
  });

  it('uses the exact small-sample correction, close to 1 − 3/(4m − 1)', () => {
    // m = 10: Γ(5)/(√5·Γ(4.5)) = 24/(2.236068 × 11.631728) = 0.922746; approximation 0.923077
    expect(hedgesCorrection(10)).toBeCloseTo(0.922746, 6);
    expect(hedgesCorrection(200)).toBeCloseTo(1 - 3 / 799, 5);
  });
});

describe('events and totals', () => {
  // log RR and its variance per trial, as printed by escalc(measure="RR") in the metafor README.
  const LOG_RR: [number, number][] = [
    [-0.8893, 0.3256],
    [-1.5854, 0.1946],
    [-1.3481, 0.4154],
    [-1.4416, 0.02],
    [-0.2175, 0.0512],
    [-0.7861, 0.0069],
    [-1.6209, 0.223],
    [0.012, 0.004],
    [-0.4694, 0.0564],
    [-1.3713, 0.073],
    [-0.3394, 0.0124],
    [0.4459, 0.5325],
    [-0.0173, 0.0714],
  ];

  it.each(DAT_BCG.map((t, i) => [t.author, t, LOG_RR[i]] as const))(
    'log RR of %s matches escalc',
    (_author, trial, expected) => {
      const e = computeEffect({ measure: 'RR', ...bcgCounts(trial) });
      expect(e.measure).toBe('LOG_RR');
      expect(e.yi).toBeCloseTo(expected?.[0] ?? NaN, 4);
      expect(e.vi).toBeCloseTo(expected?.[1] ?? NaN, 4);
    },
  );

  it('log OR matches escalc(measure="OR") for the first BCG trials', () => {
    // https://www.metafor-project.org/doku.php/analyses:vanhouwelingen2002 (same trials as dat.bcg)
    const expected = [
      [-0.9387, 0.3571],
      [-1.6662, 0.2081],
      [-1.3863, 0.4334],
      [-1.4564, 0.0203],
      [-0.2191, 0.052],
      [-0.9581, 0.0099],
      [-1.6338, 0.227],
    ];
    expected.forEach(([yi, vi], i) => {
      const trial = DAT_BCG[i];
      if (!trial) throw new Error(`no trial ${i}`);
      const e = computeEffect({ measure: 'LOG_OR', ...bcgCounts(trial) });
      expect(e.measure).toBe('LOG_OR');
      expect(e.yi).toBeCloseTo(yi ?? NaN, 4);
      expect(e.vi).toBeCloseTo(vi ?? NaN, 4);
    });
  });

  it('adds ½ to every cell of a table with a zero cell', () => {
    // 0/10 vs 5/10 → cells 0.5, 10.5, 5.5, 5.5; n1 = n2 = 11.
    // log RR = ln((0.5/11)/(5.5/11)) = ln(1/11) = −2.397895; vi = 1/0.5 − 1/11 + 1/5.5 − 1/11 = 2
    const counts = { eventsI: 0, totalI: 10, eventsC: 5, totalC: 10 };
    const rr = computeEffect({ measure: 'RR', ...counts });
    expect(rr.yi).toBeCloseTo(Math.log(1 / 11), 12);
    expect(rr.vi).toBeCloseTo(2, 12);
    // log OR = ln((0.5·5.5)/(10.5·5.5)) = ln(1/21) = −3.044522; vi = 2 + 1/10.5 + 2/5.5 = 2.458874
    const or = computeEffect({ measure: 'OR', ...counts });
    expect(or.yi).toBeCloseTo(Math.log(1 / 21), 12);
    expect(or.vi).toBeCloseTo(2.458874, 6);
  });

  it('adds nothing when no cell is zero', () => {
    // 2/10 vs 5/10: log RR = ln(0.2/0.5) = −0.916291; vi = 1/2 − 1/10 + 1/5 − 1/10 = 0.5
    const rr = computeEffect({ measure: 'RR', eventsI: 2, totalI: 10, eventsC: 5, totalC: 10 });
    expect(rr.yi).toBeCloseTo(Math.log(0.4), 12);
    expect(rr.vi).toBeCloseTo(0.5, 12);
  });

  it('prefers raw counts to a reported estimate', () => {
    const e = computeEffect({
      measure: 'RR',
      estimate: 9,
      se: 9,
      eventsI: 2,
      totalI: 10,
      eventsC: 5,
      totalC: 10,
    });
    expect(e.yi).toBeCloseTo(Math.log(0.4), 12);
  });
});

describe('errors', () => {
  it.each<[string, EffectInput, string, RegExp]>([
    ['nothing given', {}, 'estimate', /nothing usable/],
    ['no measure', { estimate: 1, se: 0.1 }, 'measure', /needs a measure/],
    ['no uncertainty', { measure: 'MD', estimate: 1 }, 'se', /variance, an se or both 95% CI/],
    ['half a CI', { measure: 'MD', estimate: 1, ciLower: 0 }, 'ciUpper', /both 95% CI bounds/],
    ['negative se', { measure: 'SMD', estimate: 0.2, se: -0.1 }, 'se', /se must be > 0, got -0.1/],
    ['zero variance', { measure: 'MD', estimate: 1, variance: 0 }, 'variance', /must be > 0/],
    [
      'reversed CI',
      { measure: 'MD', estimate: 1, ciLower: 2, ciUpper: 0 },
      'ciUpper',
      /greater than ciLower/,
    ],
    [
      'ratio ≤ 0',
      { measure: 'OR', estimate: 0, se: 0.1 },
      'estimate',
      /estimate must be > 0, got 0/,
    ],
    ['NaN estimate', { measure: 'MD', estimate: NaN, se: 1 }, 'estimate', /finite number, got NaN/],
    [
      'n < 2',
      { measure: 'SMD', meanI: 1, sdI: 1, nI: 1, meanC: 0, sdC: 1, nC: 10 },
      'nI',
      /nI must be a whole number ≥ 2, got 1/,
    ],
    [
      'negative SD',
      { measure: 'MD', meanI: 1, sdI: -1, nI: 5, meanC: 0, sdC: 1, nC: 5 },
      'sdI',
      /sdI must be ≥ 0, got -1/,
    ],
    [
      'means without a measure',
      { meanI: 1, sdI: 1, nI: 5, meanC: 0, sdC: 1, nC: 5 },
      'measure',
      /need measure MD, SMD or HEDGES_G, got none/,
    ],
    [
      'events > total',
      { measure: 'RR', eventsI: 11, totalI: 10, eventsC: 1, totalC: 10 },
      'eventsI',
      /eventsI \(11\) exceeds totalI \(10\)/,
    ],
    [
      'fractional events',
      { measure: 'OR', eventsI: 1.5, totalI: 10, eventsC: 1, totalC: 10 },
      'eventsI',
      /whole number/,
    ],
    [
      'counts with a mean measure',
      { measure: 'SMD', eventsI: 1, totalI: 10, eventsC: 1, totalC: 10 },
      'measure',
      /events\/totals need measure RR, LOG_RR, OR or LOG_OR, got SMD/,
    ],
    [
      'incomplete counts',
      { measure: 'RR', eventsI: 1, totalI: 10, eventsC: 1 },
      'totalC',
      /incomplete data: missing totalC/,
    ],
  ])('%s', (_label, input, field, message) => {
    const err = errorOf(input);
    expect(err.field).toBe(field);
    expect(err.message).toMatch(message);
    expect(err.name).toBe('EffectSizeError');
  });

  it('treats null like absent', () => {
    expect(
      computeEffect({ measure: 'MD', estimate: 1, se: null, variance: 2, ciLower: null }),
    ).toEqual({
      yi: 1,
      vi: 2,
      measure: 'MD',
    });
  });
});
