import { describe, expect, it } from 'vitest';
import { dominantPolarity, edgeWeight } from '../../../src/domain/network/citation-edge.js';

const zero = { supporting: 0, mentioning: 0, contrasting: 0, unclassified: 0 };

describe('dominantPolarity', () => {
  it('is null when there are no statements', () => {
    expect(dominantPolarity(zero)).toBeNull();
  });

  it('picks the largest count', () => {
    expect(dominantPolarity({ ...zero, supporting: 1, mentioning: 7, contrasting: 2 })).toBe(
      'MENTIONING',
    );
    expect(dominantPolarity({ ...zero, unclassified: 1 })).toBe('UNCLASSIFIED');
  });

  it('breaks ties CONTRASTING > SUPPORTING > MENTIONING > UNCLASSIFIED', () => {
    expect(
      dominantPolarity({ supporting: 2, mentioning: 2, contrasting: 2, unclassified: 2 }),
    ).toBe('CONTRASTING');
    expect(
      dominantPolarity({ supporting: 2, mentioning: 2, contrasting: 1, unclassified: 2 }),
    ).toBe('SUPPORTING');
    expect(dominantPolarity({ ...zero, mentioning: 3, unclassified: 3 })).toBe('MENTIONING');
  });
});

describe('edgeWeight', () => {
  it('is the statement count, but at least 1', () => {
    expect([0, 1, 5].map(edgeWeight)).toEqual([1, 1, 5]);
  });
});
