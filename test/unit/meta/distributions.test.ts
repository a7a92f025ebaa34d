import { describe, expect, it } from 'vitest';
import {
  chiSquareUpperTail,
  normalCdf,
  normalQuantile,
  studentTCdf,
  studentTQuantile,
} from '../../../src/domain/meta/distributions.js';

// Reference values are those of R's pnorm/qnorm/pt/qt/pchisq (the first three of
// each block are standard table values); all were cross-checked with SciPy 1.17
// (scipy.stats.norm/t/chi2), which agrees with R to double precision.
const TOL = 1e-10;

describe('normal distribution', () => {
  it.each([
    [0.975, 1.959963984540054],
    [0.025, -1.959963984540054],
    [0.5, 0],
    [0.995, 2.5758293035489],
    [0.001, -3.090232306167813],
    [1e-10, -6.361340902404056],
    [0.3, -0.5244005127080409],
  ])('qnorm(%s) = %s', (p, expected) => {
    expect(Math.abs(normalQuantile(p) - expected)).toBeLessThan(TOL);
  });

  it.each([
    [0, 0.5],
    [-1.96, 0.02499789514822044],
    [1, 0.8413447460685429],
    [-5, 2.866515718791933e-7],
    [3, 0.9986501019683699],
  ])('pnorm(%s) = %s', (z, expected) => {
    expect(Math.abs(normalCdf(z) - expected)).toBeLessThan(TOL);
  });

  it('is relatively accurate far in the lower tail', () => {
    expect(normalCdf(-10) / 7.61985302416047e-24).toBeCloseTo(1, 12);
  });

  it('round-trips quantile and CDF', () => {
    for (const p of [1e-8, 0.01, 0.2, 0.6, 0.9, 0.999999]) {
      expect(Math.abs(normalCdf(normalQuantile(p)) - p)).toBeLessThan(1e-14);
    }
  });

  it('returns ±Infinity at 0 and 1 and rejects probabilities outside [0, 1]', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(() => normalQuantile(1.5)).toThrow(/probability must be in \[0, 1\], got 1.5/);
  });
});

describe('Student t distribution', () => {
  it.each([
    [0.975, 4, 2.776445105197793],
    [0.975, 1, 12.70620473617469],
    [0.975, 2, 4.302652729749462],
    [0.975, 12, 2.178812829667228],
    [0.995, 12, 3.054539589392901],
    [0.025, 30, -2.042272456301238],
    [1e-8, 5, -62.4045061109673],
    [0.6, 7, 0.2631668613520229],
  ])('qt(%s, %s) = %s', (p, df, expected) => {
    expect(Math.abs(studentTQuantile(p, df) - expected)).toBeLessThan(1e-9);
  });

  it.each([
    [2.776445105197793, 4, 0.975],
    [-3, 12, 0.005533347843016845],
    [0.5, 3, 0.6742760175759245],
    [-10, 2, 0.004926228511662845],
    [2, 200, 0.9765734069064645],
  ])('pt(%s, %s) = %s', (t, df, expected) => {
    expect(Math.abs(studentTCdf(t, df) - expected)).toBeLessThan(TOL);
  });

  it('tends to the normal as df grows', () => {
    expect(studentTQuantile(0.975, Infinity)).toBe(normalQuantile(0.975));
    expect(Math.abs(studentTQuantile(0.975, 1e6) - 1.959963984540054)).toBeLessThan(1e-5);
  });

  it('rejects df ≤ 0', () => {
    expect(() => studentTCdf(1, 0)).toThrow(/degrees of freedom must be > 0, got 0/);
  });
});

describe('chi-square upper tail', () => {
  it.each([
    [3.84, 1, 0.05004352124870519],
    [10, 5, 0.07523524614651217],
    [0.1, 3, 0.9918374237318764],
    [152.233, 12, 1.996772137335306e-26],
  ])('pchisq(%s, %s, lower.tail = FALSE) = %s', (x, df, expected) => {
    expect(Math.abs(chiSquareUpperTail(x, df) - expected)).toBeLessThan(TOL);
    expect(chiSquareUpperTail(x, df) / expected).toBeCloseTo(1, 10);
  });

  it('is 1 at x ≤ 0', () => {
    expect(chiSquareUpperTail(0, 3)).toBe(1);
  });
});
