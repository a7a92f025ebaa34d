/**
 * The reference census (src/importers/resolve/census.ts): what the resolution
 * stage made of a batch's citation records, and how it adds to a parser's count.
 */
import { describe, expect, it } from 'vitest';
import { resolveBatch } from '../../../src/importers/resolve/index.js';
import {
  addCensus,
  emptyCensus,
  resolvedCensus,
  SELF_CITATION_REASON,
} from '../../../src/importers/resolve/census.js';
import { batchOf, storeWith } from './resolve-fixtures.js';

const options = { file: 'f', statementsMetAgain: 'update' as const };

describe('reference census', () => {
  it('accounts for every citation record: edge, duplicate, self-citation or rejected', () => {
    const batch = batchOf({
      papers: [
        { doi: '10.5555/a', title: 'A', source: 't' },
        { doi: '10.5555/b', pmid: '123', title: 'B', source: 't' },
      ],
      citations: [
        { citing: { doi: '10.5555/a' }, cited: { doi: '10.5555/b' } },
        // The same work by another identifier: the same edge.
        { citing: { doi: '10.5555/a' }, cited: { pmid: '123' } },
        // Two identifiers of one paper: a self-citation, rejected by the stage.
        { citing: { doi: '10.5555/b' }, cited: { pmid: '123' } },
        { citing: { doi: '10.5555/a' }, cited: { doi: '10.5555/nowhere' } },
      ],
    });
    const resolved = resolveBatch(batch, storeWith(), options);
    expect(resolved.rejects.map((r) => r.reason)).toContain(SELF_CITATION_REASON);
    expect(resolvedCensus(batch, resolved)).toEqual({
      read: 4,
      edges: 1,
      duplicates: 1,
      selfCitations: 1,
      rejected: 1,
      withoutId: 0,
    });
  });

  it("adds a parser's count: its references read replace the records, its skips add up", () => {
    const total = emptyCensus();
    const resolved = { ...emptyCensus(), read: 3, edges: 2, duplicates: 1 };
    addCensus(
      total,
      { read: 7, withoutId: 2, selfCitations: 1, duplicates: 1, rejected: 0 },
      resolved,
    );
    addCensus(total, undefined, { ...emptyCensus(), read: 2, edges: 1, rejected: 1 });
    expect(total).toEqual({
      read: 9,
      edges: 3,
      duplicates: 2,
      selfCitations: 1,
      rejected: 1,
      withoutId: 2,
    });
    expect(total.read).toBe(
      total.edges + total.duplicates + total.selfCitations + total.rejected + total.withoutId,
    );
  });
});
