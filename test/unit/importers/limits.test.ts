import { describe, expect, it } from 'vitest';
import { LIMITS, checkPaperLimits } from '../../../src/importers/parsers/limits.js';
import { parseCslJson } from '../../../src/importers/parsers/citation-js.js';

describe('field limits', () => {
  it('accepts a title at the limit and rejects one above it', () => {
    expect(() => checkPaperLimits({ title: 'x'.repeat(LIMITS.title) })).not.toThrow();
    expect(() => checkPaperLimits({ title: 'x'.repeat(LIMITS.title + 1) })).toThrow(
      /title is 2001 characters long; the limit is 2000/,
    );
  });

  it('names the over-limit author in the rejection', () => {
    const items = [
      {
        type: 'article',
        title: 'Fixture',
        author: [{ literal: 'A' }, { literal: 'n'.repeat(501) }],
      },
      { type: 'article', title: 'Fixture', abstract: 'a'.repeat(LIMITS.abstract + 1) },
    ];
    const r = parseCslJson(JSON.stringify(items), { file: 'big.json' });
    expect(r.batch.papers).toEqual([]);
    expect(r.rejects.map((j) => [j.index, j.field])).toEqual([
      [0, 'authors[1].name'],
      [1, 'abstract'],
    ]);
  });
});
