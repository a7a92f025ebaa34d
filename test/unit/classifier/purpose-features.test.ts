/**
 * The purpose model's tokenizer, stemmer and feature weighting: the parts a
 * retrained model and the shipped one must agree on exactly.
 */
import { describe, expect, it } from 'vitest';
import { featureCounts, weigh } from '../../../src/classifier/purpose/features.js';
import { stem } from '../../../src/classifier/purpose/stem.js';
import { CITE, tokenize } from '../../../src/classifier/purpose/tokens.js';

describe('purpose tokenizer', () => {
  it('replaces the marker the source points at with one token', () => {
    const text = 'Cells were counted as in Moreau and Lind 2004 before staining.';
    const start = text.indexOf('Moreau');
    const end = text.indexOf(' before');
    expect(tokenize(text, { start, end })).toEqual([
      'cells',
      'were',
      'counted',
      'as',
      'in',
      CITE,
      'before',
      'staining',
    ]);
  });

  it('turns markers nobody pointed at into the token too, and numbers into one token', () => {
    expect(tokenize('A rate of 12.5% was seen [3, 7] and (Okafor et al., 2019) (4).')).toEqual([
      'a',
      'rate',
      'of',
      'num',
      '%',
      'was',
      'seen',
      CITE,
      'and',
      CITE,
    ]);
  });

  it('ignores a marker span that does not fit the text', () => {
    expect(tokenize('Short text', { start: 5, end: 99 })).toEqual(['short', 'text']);
  });
});

describe('purpose stemmer', () => {
  it('strips plural and verb endings from longer words only', () => {
    expect(
      ['studies', 'methods', 'reported', 'reporting', 'stopped', 'uses', 'class'].map(stem),
    ).toEqual(['study', 'method', 'report', 'report', 'stop', 'uses', 'class']);
  });
});

describe('purpose features', () => {
  it('counts words, neighbouring pairs and the section', () => {
    const counts = featureCounts(
      { text: 'the method the method', section: 'METHODS' },
      { ngrams: 2, stem: false },
    );
    expect(Object.fromEntries(counts)).toEqual({
      the: 2,
      method: 2,
      'the method': 2,
      'method the': 1,
      '§METHODS': 1,
    });
  });

  it('weighs by sublinear tf × idf, scaled to unit length over known features', () => {
    const counts = new Map([
      ['a', 1],
      ['b', Math.E], // 1 + ln e = 2
      ['unknown', 3],
    ]);
    const idf: Record<string, number> = { a: 3, b: 2 };
    const { entries, values } = weigh(counts, (f) =>
      idf[f] === undefined ? undefined : { entry: f, idf: idf[f]! },
    );
    expect(entries).toEqual(['a', 'b']);
    // raw (3, 4) → unit length (0.6, 0.8)
    expect(values[0]).toBeCloseTo(0.6, 12);
    expect(values[1]).toBeCloseTo(0.8, 12);
  });
});
