/**
 * The set of works a harvest reaches: one entry per work whatever identifiers its sources
 * give, two entries found to be one work folded into the earlier (and the caller told),
 * the paper cap, and the year range (seeds always kept).
 */
import { describe, expect, it } from 'vitest';
import { Reached } from '../../../src/harvest/reached.js';

describe('Reached', () => {
  it('merges by any shared identifier, folding a later entry into the earlier one', () => {
    const r = new Reached(10);
    const folds: [unknown, unknown][] = [];
    r.onMerge = (from, into) => void folds.push([from, into]);
    const a = r.add({ openalexId: 'W1' }, 1);
    const b = r.add({ doi: '10.5555/x' }, 1);
    expect(r.works).toHaveLength(2);
    const one = r.add({ openalexId: 'W1', doi: '10.5555/x', s2Id: 'a'.repeat(40) }, 1, 2020);
    expect(one).toBe(a);
    expect(r.works).toEqual([
      { ids: { openalexId: 'W1', doi: '10.5555/x', s2Id: 'a'.repeat(40) }, depth: 1, year: 2020 },
    ]);
    expect(folds).toHaveLength(1);
    expect(folds[0]![0]).toBe(b);
    expect(folds[0]![1]).toBe(a);
    expect(r.find({ doi: '10.5555/x' })).toBe(a);
    expect(r.add({}, 1)).toBeUndefined();
  });

  it('stops at the cap but still merges what it already holds', () => {
    const r = new Reached(2);
    r.add({ doi: '10.5555/1' }, 0);
    r.add({ doi: '10.5555/2' }, 1);
    expect(r.add({ doi: '10.5555/3' }, 1)).toBeUndefined();
    expect(r.add({ doi: '10.5555/2', openalexId: 'W2' }, 1)?.ids.openalexId).toBe('W2');
    expect(r.works).toHaveLength(2);
  });

  it('keeps out a work whose year is known to be outside the range, and excludes the rest once known', () => {
    const r = new Reached(10, { from: 2020, to: 2022 });
    expect(r.add({ doi: '10.5555/old' }, 1, 2010)).toBeUndefined();
    const seed = r.add({ doi: '10.5555/seed' }, 0, 1999)!;
    const late = r.add({ openalexId: 'W9' }, 1)!;
    const kept = r.add({ openalexId: 'W8' }, 1)!;
    late.year = 2024;
    kept.year = 2021;
    r.applyYears();
    expect([seed.excluded, late.excluded, kept.excluded]).toEqual([undefined, true, undefined]);
    expect(r.included).toEqual([seed, kept]);
    expect(r.includes({ openalexId: 'W9' })).toBe(false);
  });
});
