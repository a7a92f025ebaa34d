import { describe, expect, it } from 'vitest';
import { checkPoolable } from '../../../src/domain/meta/poolability.js';

describe('checkPoolable', () => {
  it('pools findings on one measure', () => {
    expect(checkPoolable([{ measure: 'MD' }, { measure: 'MD' }])).toEqual({
      poolable: true,
      scale: 'MD',
    });
  });

  it('treats SMD and HEDGES_G as one scale', () => {
    expect(checkPoolable([{ measure: 'SMD' }, { measure: 'HEDGES_G' }])).toEqual({
      poolable: true,
      scale: 'SMD',
    });
  });

  it('treats a ratio and its log as one scale', () => {
    expect(checkPoolable([{ measure: 'RR' }, { measure: 'LOG_RR' }])).toEqual({
      poolable: true,
      scale: 'LOG_RR',
    });
  });

  it('refuses to mix measures, naming them', () => {
    expect(checkPoolable([{ measure: 'SMD' }, { measure: 'OR' }, { measure: 'HEDGES_G' }])).toEqual(
      {
        poolable: false,
        reason: 'findings use different measures that cannot be pooled together: HEDGES_G/SMD, OR',
      },
    );
    expect(checkPoolable([{ measure: 'RR' }, { measure: 'OR' }])).toMatchObject({
      poolable: false,
    });
  });

  it('refuses an empty cell and a finding without a measure', () => {
    expect(checkPoolable([])).toEqual({ poolable: false, reason: 'no findings to pool' });
    expect(checkPoolable([{ measure: 'MD' }, { measure: null }])).toEqual({
      poolable: false,
      reason: 'finding 1 has no measure',
    });
  });
});
