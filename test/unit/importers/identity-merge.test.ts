/**
 * The pure decisions of identity merging (no database): which paper survives,
 * when identifiers name two works, how two paper records fold into one, and
 * what the resolution stage asks the writer to merge, across stored papers,
 * within one batch and through a link's ends.
 */
import { describe, expect, it } from 'vitest';
import type { PaperRecord } from '../../../src/domain/import-format.js';
import {
  doiConflict,
  foldPaperRecord,
  strength,
  survivor,
} from '../../../src/importers/resolve/identify.js';
import { resolveBatch, type KnownIdentities } from '../../../src/importers/resolve/index.js';
import { batchOf, storeWith } from './resolve-fixtures.js';

const upsert = { file: 'in.json', statementsMetAgain: 'update' } as const;

/** A store of `papers` that also knows each one's identifiers, as the writer's lookup does. */
function store(papers: (PaperRecord & { id: string })[]): KnownIdentities {
  return { ...storeWith(papers), paperKeys: new Map(papers.map((p) => [p.id, p])) };
}

describe('survivor', () => {
  it('ranks a DOI over a PMID over a PMCID over an OpenAlex id over an S2 id, then the lowest id', () => {
    expect(strength({ doi: 'd', s2Id: 's' })).toBe(0);
    expect(strength({ pmid: '1' })).toBe(1);
    expect(strength({ s2Id: 's' })).toBe(4);
    expect(strength({ id: 'only-an-id' })).toBe(5);
    const of = (...cs: [string, object][]) => survivor(cs.map(([id, keys]) => ({ id, keys }))).id;
    expect(of(['a', { openalexId: 'W1' }], ['z', { doi: '10.1/x' }])).toBe('z');
    expect(of(['a', { s2Id: 'S' }], ['b', { pmid: '9' }])).toBe('b');
    expect(of(['p2', { openalexId: 'W2' }], ['p1', { openalexId: 'W1' }])).toBe('p1');
    // The order candidates are met in does not matter.
    expect(of(['p1', { openalexId: 'W1' }], ['p2', { openalexId: 'W2' }])).toBe('p1');
  });

  it('names both DOIs when the candidates are two works', () => {
    const reason = doiConflict({ doi: '10.1/a', openalexId: 'W2' }, [
      { id: 'p1', keys: { doi: '10.1/a' } },
      { id: 'p2', keys: { doi: '10.1/b', openalexId: 'W2' } },
    ]);
    expect(reason).toContain('10.1/a');
    expect(reason).toContain('10.1/b');
    expect(
      doiConflict({}, [
        { id: 'p1', keys: { doi: '10.1/a' } },
        { id: 'p2', keys: {} },
      ]),
    ).toBe(null);
  });
});

describe('foldPaperRecord', () => {
  it('unions identifiers and concepts, and takes values from the fuller paper', () => {
    const stub: PaperRecord = { openalexId: 'W1', title: 'Stub title', partial: true };
    const fuller: PaperRecord = { doi: '10.1/a', title: 'Full title', year: 2020, outcomes: ['o'] };
    expect(foldPaperRecord(stub, fuller)).toMatchObject({
      doi: '10.1/a',
      openalexId: 'W1',
      title: 'Full title',
      year: 2020,
      outcomes: ['o'],
      partial: false,
    });
    const keep: PaperRecord = { doi: '10.1/a', title: 'Kept', interventions: ['i1'] };
    expect(
      foldPaperRecord(keep, { s2Id: 'S', title: 'Other', abstract: 'A', interventions: ['i2'] }),
    ).toMatchObject({
      doi: '10.1/a',
      s2Id: 'S',
      title: 'Kept',
      abstract: 'A',
      interventions: ['i1', 'i2'],
    });
  });

  it('takes each string list (types, keywords, topics) whole from the fuller paper that has one, never an empty one', () => {
    const keep: PaperRecord = { doi: '10.1/a', keywords: ['hope'], publicationTypes: ['review'] };
    const dup: PaperRecord = { s2Id: 'S', keywords: ['despair'], topics: ['Depression'] };
    const folded = foldPaperRecord(keep, dup);
    expect(folded.keywords).toEqual(['hope']);
    expect(folded.topics).toEqual(['Depression']);
    expect(folded.publicationTypes).toEqual(['review']);
    // A stub keeps its lists only where the full duplicate has none.
    const stub: PaperRecord = {
      openalexId: 'W1',
      keywords: ['old'],
      topics: ['Kept'],
      partial: true,
    };
    const full = foldPaperRecord(stub, { doi: '10.1/b', keywords: ['new'] });
    expect([full.keywords, full.topics]).toEqual([['new'], ['Kept']]);
    const none = foldPaperRecord({ doi: '10.1/c' }, { s2Id: 'T', keywords: [] });
    expect(none).not.toHaveProperty('keywords');
    expect(none).not.toHaveProperty('topics');
  });
});

describe('resolveBatch merges', () => {
  const p1 = { id: 'p1', doi: '10.1/x', title: 'One' };
  const p2 = { id: 'p2', openalexId: 'W2', partial: true };

  it('asks to merge two stored papers a record shows to be one work, into the stronger', () => {
    const r = resolveBatch(
      batchOf({ papers: [{ openalexId: 'W2', doi: '10.1/x', title: 'One' }] }),
      store([p2, p1]),
      upsert,
    );
    expect(r.rejects).toEqual([]);
    expect(r.merges).toEqual([{ survivor: 'p1', dups: ['p2'] }]);
    expect(r.papers.map((p) => [p.id, p.write])).toEqual([['p1', 'full']]);
  });

  it('points links at the survivor, whichever identifier they use', () => {
    const r = resolveBatch(
      batchOf({
        papers: [
          { openalexId: 'W2', doi: '10.1/x', title: 'One' },
          { doi: '10.1/c', title: 'C' },
        ],
        citations: [{ citing: { doi: '10.1/c' }, cited: { openalexId: 'W2' } }],
      }),
      store([p1, p2]),
      upsert,
    );
    expect(r.citations.map((c) => c.cited)).toEqual(['p1']);
  });

  it('merges through a link whose end carries both identifiers', () => {
    const r = resolveBatch(
      batchOf({
        papers: [{ doi: '10.1/c', title: 'C' }],
        citations: [{ citing: { doi: '10.1/c' }, cited: { openalexId: 'W2', doi: '10.1/x' } }],
      }),
      store([p1, p2]),
      upsert,
    );
    expect(r.merges).toEqual([{ survivor: 'p1', dups: ['p2'] }]);
    expect(r.citations.map((c) => c.cited)).toEqual(['p1']);
  });

  it("gives one work for a record that links two of the batch's own earlier records", () => {
    const r = resolveBatch(
      batchOf({
        papers: [
          { openalexId: 'W5', title: 'Five' },
          { s2Id: 'S5', partial: true },
          { openalexId: 'W5', s2Id: 'S5', doi: '10.1/five', partial: true },
        ],
      }),
      store([]),
      upsert,
    );
    expect(r.merges).toEqual([]); // nothing stored to merge: the records fold in memory
    expect(r.papers).toHaveLength(1);
    expect(r.papers[0]!.record).toMatchObject({
      openalexId: 'W5',
      s2Id: 'S5',
      doi: '10.1/five',
      title: 'Five',
    });
  });

  it('rejects a record naming two works with different DOIs, and its links, merging nothing', () => {
    const other = { id: 'p3', doi: '10.1/y', openalexId: 'W3' };
    const r = resolveBatch(
      batchOf({
        papers: [{ doi: '10.1/x', openalexId: 'W3', title: 'Mixed' }],
        citations: [{ citing: { doi: '10.1/x', openalexId: 'W3' }, cited: { openalexId: 'W2' } }],
      }),
      store([p1, p2, other]),
      upsert,
    );
    expect(r.merges).toEqual([]);
    expect(r.papers).toEqual([]);
    expect(r.rejects.map((x) => x.field)).toEqual(['doi', 'citing']);
    for (const x of r.rejects) expect(x.reason).toMatch(/10\.1\/x.*10\.1\/y|10\.1\/y.*10\.1\/x/);
  });
});
