/** The one untitled-paper rule (src/domain/paper-title.ts), used by the API and the exports. */
import { describe, expect, it } from 'vitest';
import { displayTitle } from '../../../src/domain/paper-title.js';

describe('displayTitle', () => {
  it('keeps a title, even an empty one', () => {
    expect(displayTitle({ id: 'p1', title: 'A trial', doi: '10.1/x' })).toBe('A trial');
    expect(displayTitle({ id: 'p1', title: '' })).toBe('');
  });

  it('names an untitled paper by DOI, then OpenAlex, S2, PubMed id, then graph id', () => {
    const ids = { id: 'p1', doi: '10.1/x', openalexId: 'W1', s2Id: 'S1', pmid: '123' };
    expect(displayTitle(ids)).toBe('(untitled: 10.1/x)');
    expect(displayTitle({ ...ids, doi: null })).toBe('(untitled: W1)');
    expect(displayTitle({ ...ids, doi: null, openalexId: null })).toBe('(untitled: S1)');
    expect(displayTitle({ id: 'p1', pmid: '123', title: null })).toBe('(untitled: 123)');
    expect(displayTitle({ id: 'p1' })).toBe('(untitled: p1)');
  });
});
