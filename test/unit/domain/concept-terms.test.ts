/** The one rule for a concept's synonyms and instruments (src/domain/concept-terms.ts). */
import { describe, expect, it } from 'vitest';
import { cleanTerms, TERM_LIMITS } from '../../../src/domain/concept-terms.js';

describe('cleanTerms', () => {
  it('trims, collapses inner space, drops empty terms and repeats ignoring case, keeps order', () => {
    expect(cleanTerms('synonyms', ['  peer  worker ', '', 'Peer worker', 'peer-led'])).toEqual([
      'peer worker',
      'peer-led',
    ]);
  });

  it('refuses a term over the length limit and a list over the count limit, naming the field', () => {
    expect(() => cleanTerms('synonyms', ['x'.repeat(TERM_LIMITS.length + 1)])).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        message: expect.stringMatching(/over 200/),
      }),
    );
    const many = Array.from({ length: TERM_LIMITS.count + 1 }, (_, i) => `term ${i}`);
    expect(() => cleanTerms('instruments', many)).toThrow(/at most 100 terms, got 101/);
    expect(cleanTerms('instruments', many.slice(0, TERM_LIMITS.count))).toHaveLength(100);
  });
});
