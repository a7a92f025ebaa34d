import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/domain/errors.js';
import { MAX_SEARCH_LENGTH, toLuceneQuery } from '../../../src/domain/search-text.js';

describe('toLuceneQuery', () => {
  it('keeps words, phrases and trailing-star prefixes', () => {
    expect(toLuceneQuery('peer support')).toBe('peer support');
    expect(toLuceneQuery('"group peer support" hope')).toBe('"group peer support" hope');
    expect(toLuceneQuery('recover*')).toBe('recover*');
  });

  it('escapes every Lucene operator character', () => {
    expect(toLuceneQuery('a+b (c) [d] {e} ^f ~g ?h :i \\j /k !l && ||')).toBe(
      'a\\+b \\(c\\) \\[d\\] \\{e\\} \\^f \\~g \\?h \\:i \\\\j \\/k \\!l \\&\\& \\|\\|',
    );
    expect(toLuceneQuery('un"balanced')).toBe('unbalanced');
  });

  it('refuses empty and over-long text', () => {
    for (const text of ['', '   ', '***', '"" ?'])
      expect(() => toLuceneQuery(text)).toThrow(AppError);
    expect(() => toLuceneQuery('a'.repeat(MAX_SEARCH_LENGTH + 1))).toThrow(/at most/);
  });
});
