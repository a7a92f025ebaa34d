/**
 * The resolution stage on its own (no database): how records of one work
 * merge, what partial records and stubs write, and every reject with its
 * field and reason. The writer and the bulk load both rely on these rules.
 */
import { describe, expect, it } from 'vitest';
import { derivedId } from '../../../src/domain/ids.js';
import type { PaperRecord } from '../../../src/domain/import-format.js';
import { resolveBatch, type Resolution } from '../../../src/importers/resolve/index.js';
import { mergeRecords } from '../../../src/importers/resolve/merge.js';
import { batchOf, concept, statement, storeWith } from './resolve-fixtures.js';

const DANGLING = 'refers to a paper that is neither in the graph nor in this import';
const upsert = { file: 'in.json', statementsMetAgain: 'update' } as const;

const full: PaperRecord = { doi: '10.1/a', title: 'Full title', year: 2020 };
const partial: PaperRecord = {
  doi: '10.1/a',
  title: 'Partial title',
  abstract: 'Only the stub has it',
  partial: true,
};

const writes = (r: Resolution) => r.papers.map((p) => [p.id, p.write]);
const rejectsOf = (r: Resolution) =>
  r.rejects.map(({ file, index, field, reason }) => ({ file, index, field, reason }));

describe('mergeRecords', () => {
  it('in one batch, a full record wins over a partial one, in either order', () => {
    for (const [a, b] of [
      [full, partial],
      [partial, full],
    ] as const) {
      expect(mergeRecords(a, b, 'batch')).toEqual({
        doi: '10.1/a',
        title: 'Full title',
        year: 2020,
        abstract: 'Only the stub has it',
        partial: false,
      });
    }
  });

  it('in one batch, the first full record wins over a later one', () => {
    const later = { doi: '10.1/a', title: 'Later title', url: 'https://x' };
    expect(mergeRecords(full, later, 'batch')).toEqual({
      doi: '10.1/a',
      title: 'Full title',
      year: 2020,
      url: 'https://x',
      partial: false,
    });
  });

  it('across batches, a later full record wins and a later partial one only fills gaps', () => {
    const later = { doi: '10.1/a', title: 'Later title' };
    expect(mergeRecords(full, later, 'store')).toMatchObject({ title: 'Later title', year: 2020 });
    expect(mergeRecords(full, partial, 'store')).toEqual({
      ...full,
      abstract: 'Only the stub has it',
      partial: false,
    });
    // A full record after a stored stub replaces the stub's values and makes it full.
    expect(mergeRecords(partial, full, 'store')).toEqual({
      doi: '10.1/a',
      title: 'Full title',
      year: 2020,
      abstract: 'Only the stub has it',
      partial: false,
    });
  });

  it('two partial records stay partial', () => {
    const other = { doi: '10.1/a', year: 1999, partial: true };
    expect(mergeRecords(partial, other, 'batch').partial).toBe(true);
    expect(mergeRecords(partial, other, 'store')).toMatchObject({ partial: true, year: 1999 });
  });

  it('across batches, a partial record that adds nothing returns the stored record itself', () => {
    const stub = { doi: '10.1/a', title: 'Other', partial: true, source: 'openalex' };
    expect(mergeRecords(full, stub, 'store')).toBe(full);
    expect(mergeRecords(full, stub, 'batch')).not.toBe(full);
  });
});

describe('resolveBatch: papers', () => {
  it('merges a full and a partial record of one work met in one batch, in either order', () => {
    for (const papers of [
      [full, partial],
      [partial, full],
    ]) {
      const r = resolveBatch(batchOf({ papers }), storeWith(), upsert);
      const id = derivedId('p', 'doi', '10.1/a');
      expect(r.papers).toEqual([
        {
          id,
          write: 'create',
          record: { ...full, abstract: 'Only the stub has it', partial: false },
        },
      ]);
      expect(r.learned.get('doi')!.get('10.1/a')).toBe(id);
    }
  });

  it('finds a stored paper by any identifier and sends a full record as a full upsert', () => {
    const stored = { id: 'p-stored', doi: '10.1/a', pmid: '123' };
    const r = resolveBatch(
      batchOf({ papers: [{ pmid: '123', title: 'By PMID', pmcid: 'PMC9' }] }),
      storeWith([stored]),
      upsert,
    );
    expect(writes(r)).toEqual([['p-stored', 'full']]);
    // The new identifier is learned; the stored ones are not repeated.
    expect(r.learned.get('pmcid')!.get('PMC9')).toBe('p-stored');
    expect(r.learned.get('pmid')!.size).toBe(0);
  });

  it('sends a partial record of a stored paper as a partial upsert when it may add something', () => {
    const r = resolveBatch(
      batchOf({ papers: [partial] }),
      storeWith([{ id: 'p1', doi: '10.1/a' }]),
      upsert,
    );
    expect(writes(r)).toEqual([['p1', 'partial']]);
  });

  it('writes nothing for a stub that only repeats identifiers stored for its paper', () => {
    const stub = { doi: '10.1/a', partial: true, source: 'crossref' };
    const store = storeWith([{ id: 'p1', doi: '10.1/a', pmid: '5' }]);
    expect(writes(resolveBatch(batchOf({ papers: [stub] }), store, upsert))).toEqual([
      ['p1', 'none'],
    ]);
    // A stub that brings a new identifier for the stored paper still has something to add.
    const more = { ...stub, pmcid: 'PMC1' };
    expect(writes(resolveBatch(batchOf({ papers: [more] }), store, upsert))).toEqual([
      ['p1', 'partial'],
    ]);
  });

  it('creates a stub of a new work as a partial record', () => {
    const stub = { openalexId: 'W1', partial: true };
    const r = resolveBatch(batchOf({ papers: [stub] }), storeWith(), upsert);
    expect(r.papers).toEqual([
      { id: derivedId('p', 'openalexId', 'W1'), write: 'create', record: stub },
    ]);
  });

  it('gives a title-only paper an id from its title and year, the same on every import', () => {
    const titled = { title: '  Peer Support: a Trial! ', year: 2001 };
    const id = derivedId('p', 'title', 'peer support a trial', 2001);
    const first = resolveBatch(batchOf({ papers: [titled] }), storeWith(), upsert);
    expect(writes(first)).toEqual([[id, 'create']]);
    // Once stored (the writer looks the title id up), the same record is an upsert, not a creation.
    const again = resolveBatch(batchOf({ papers: [titled] }), storeWith([{ id }]), upsert);
    expect(writes(again)).toEqual([[id, 'full']]);
  });

  it('keeps a paper record that names its own id', () => {
    const r = resolveBatch(
      batchOf({ papers: [{ id: 'seed-1', title: 'T' }] }),
      storeWith(),
      upsert,
    );
    expect(writes(r)).toEqual([['seed-1', 'create']]);
  });
});

describe('resolveBatch: rejects', () => {
  it('rejects a paper with neither a title nor an identifier, and one tagged with a bad concept', () => {
    const r = resolveBatch(
      batchOf({
        papers: [
          { year: 2000 },
          { doi: '10.1/b', interventions: ['nope'] },
          { doi: '10.1/c', outcomes: ['peer'] },
          { doi: '10.1/d', interventions: ['peer'], outcomes: ['hope'] },
        ],
      }),
      storeWith([], [concept('peer', 'intervention'), concept('hope', 'outcome')]),
      upsert,
    );
    expect(rejectsOf(r)).toEqual([
      {
        file: 'in.json',
        index: 0,
        field: 'id',
        reason:
          'a paper needs a title or an identifier (DOI, PMID, PMCID, OpenAlex or Semantic Scholar id)',
      },
      {
        file: 'in.json',
        index: 1,
        field: 'concepts',
        reason: 'unknown concept "nope" (define it in a taxonomy import first)',
      },
      {
        file: 'in.json',
        index: 2,
        field: 'concepts',
        reason: 'concept "peer" is a intervention, expected outcome',
      },
    ]);
    expect(r.papers.map((p) => p.record.doi)).toEqual(['10.1/d']);
    expect(r.rejects[0]!.raw).toEqual({ year: 2000 });
  });

  it('rejects a concept whose parent is unknown or of another kind; the batch defines kinds', () => {
    const r = resolveBatch(
      batchOf({
        concepts: [
          concept('child', 'intervention', 'root'),
          concept('root', 'intervention'),
          concept('stray', 'outcome', 'root'),
          concept('orphan', 'setting', 'missing'),
        ],
      }),
      storeWith(),
      upsert,
    );
    // Parents first: root, child, stray, orphan.
    expect(r.concepts.map((c) => c.id)).toEqual(['root', 'child']);
    expect(rejectsOf(r)).toEqual([
      {
        file: 'in.json',
        index: 2,
        field: 'parent',
        reason: 'concept "root" is a intervention, expected outcome',
      },
      {
        file: 'in.json',
        index: 3,
        field: 'parent',
        reason: 'unknown concept "missing" (define it in a taxonomy import first)',
      },
    ]);
    expect(r.kinds.get('stray')).toBe('outcome');
  });

  it('rejects citations with a dangling end (naming that end) and self-citations', () => {
    const store = storeWith([{ id: 'pa', doi: '10.1/a' }]);
    const r = resolveBatch(
      batchOf({
        papers: [{ doi: '10.1/b', title: 'B' }],
        citations: [
          { citing: { doi: '10.1/x' }, cited: { doi: '10.1/a' } },
          { citing: { doi: '10.1/a' }, cited: { doi: '10.1/x' } },
          { citing: { doi: '10.1/x' }, cited: { doi: '10.1/y' } },
          { citing: { doi: '10.1/a' }, cited: { id: 'pa' } },
          { citing: { doi: '10.1/b' }, cited: { doi: '10.1/a' } },
          { citing: { doi: '10.1/b' }, cited: { doi: '10.1/a' } },
        ],
      }),
      store,
      upsert,
    );
    expect(rejectsOf(r)).toEqual([
      { file: 'in.json', index: 0, field: 'citing', reason: DANGLING },
      { file: 'in.json', index: 1, field: 'cited', reason: DANGLING },
      { file: 'in.json', index: 2, field: 'citing', reason: DANGLING },
      { file: 'in.json', index: 3, field: 'cited', reason: 'a paper cannot cite itself' },
    ]);
    // The batch's own paper resolves; a pair met twice is written once.
    expect(r.citations).toEqual([{ citing: derivedId('p', 'doi', '10.1/b'), cited: 'pa' }]);
  });

  it('rejects statements with a dangling end, about themselves, or about a concept of another kind', () => {
    const store = storeWith(
      [
        { id: 'pa', doi: '10.1/a' },
        { id: 'pb', doi: '10.1/b' },
      ],
      [concept('peer', 'intervention'), concept('city', 'setting')],
    );
    const r = resolveBatch(
      batchOf({
        statements: [
          statement('10.1/x', '10.1/a', 'dangling citing'),
          statement('10.1/a', '10.1/x', 'dangling cited'),
          statement('10.1/a', '10.1/a', 'self'),
          statement('10.1/a', '10.1/b', 'about a setting', 'SUPPORTING', ['city']),
          statement('10.1/a', '10.1/b', 'about nothing known', 'SUPPORTING', ['nope']),
          statement('10.1/a', '10.1/b', 'fine', 'SUPPORTING', ['peer']),
        ],
      }),
      store,
      upsert,
    );
    expect(rejectsOf(r)).toEqual([
      { file: 'in.json', index: 0, field: 'citing', reason: DANGLING },
      { file: 'in.json', index: 1, field: 'cited', reason: DANGLING },
      {
        file: 'in.json',
        index: 2,
        field: 'cited',
        reason: 'a paper cannot make a statement about itself',
      },
      {
        file: 'in.json',
        index: 3,
        field: 'about',
        reason: 'concept "city" is a setting, expected intervention or outcome',
      },
      {
        file: 'in.json',
        index: 4,
        field: 'about',
        reason: 'unknown concept "nope" (define it in a taxonomy import first)',
      },
    ]);
    expect(r.statements.map((s) => [s.citing, s.cited, s.text, s.about])).toEqual([
      ['pa', 'pb', 'fine', ['peer']],
    ]);
  });

  it('a statement met twice: the writer keeps the last, the bulk load rejects the second', () => {
    const store = storeWith(
      [
        { id: 'pa', doi: '10.1/a' },
        { id: 'pb', doi: '10.1/b' },
      ],
      [],
    );
    const twice = batchOf({
      statements: [
        statement('10.1/a', '10.1/b', 'Same text.', 'SUPPORTING'),
        statement('10.1/a', '10.1/b', '  same TEXT. ', 'CONTRASTING'),
      ],
    });
    const updated = resolveBatch(twice, store, upsert);
    expect(updated.rejects).toEqual([]);
    expect(updated.statements.map((s) => s.polarity)).toEqual(['CONTRASTING']);

    const created = resolveBatch(twice, store, { file: 'f', statementsMetAgain: 'reject' });
    const id = created.statements[0]!.id;
    expect(created.statements.map((s) => s.polarity)).toEqual(['SUPPORTING']);
    expect(rejectsOf(created)).toEqual([
      {
        file: 'f',
        index: 1,
        field: 'id',
        reason: `statement ${id} appears twice in this bulk load (a bulk load creates; use "evidence-graph import" to update)`,
      },
    ]);
    // Met in an earlier file of the bulk load: rejected too.
    const earlier = { ...store, statementIds: new Set([id]) };
    const again = resolveBatch(batchOf({ statements: [twice.statements[0]!] }), earlier, {
      file: 'g',
      statementsMetAgain: 'reject',
    });
    expect(again.statements).toEqual([]);
    expect(rejectsOf(again).map((x) => x.field)).toEqual(['id']);
  });

  it('rejects findings with a dangling paper or a concept of the wrong kind, naming the field', () => {
    const store = storeWith(
      [{ id: 'pa', doi: '10.1/a' }],
      [concept('peer', 'intervention'), concept('hope', 'outcome')],
    );
    const finding = (doi: string, intervention: string, outcome: string) => ({
      paper: { doi },
      intervention,
      outcome,
      measure: 'SMD' as const,
      estimate: 0.3,
    });
    const r = resolveBatch(
      batchOf({
        findings: [
          finding('10.1/x', 'peer', 'hope'),
          finding('10.1/a', 'hope', 'hope'),
          finding('10.1/a', 'peer', 'peer'),
          finding('10.1/a', 'peer', 'nope'),
          finding('10.1/a', 'peer', 'peer-support'),
          finding('10.1/a', 'peer', 'hope'),
        ],
      }),
      store,
      upsert,
    );
    expect(rejectsOf(r)).toEqual([
      { file: 'in.json', index: 0, field: 'paper', reason: DANGLING },
      {
        file: 'in.json',
        index: 1,
        field: 'intervention',
        reason: 'concept "hope" is a outcome, expected intervention',
      },
      {
        file: 'in.json',
        index: 2,
        field: 'outcome',
        reason: 'concept "peer" is a intervention, expected outcome',
      },
      {
        file: 'in.json',
        index: 3,
        field: 'outcome',
        reason: 'unknown concept "nope" (define it in a taxonomy import first)',
      },
      {
        file: 'in.json',
        index: 4,
        field: 'outcome',
        reason: 'unknown concept "peer-support" (define it in a taxonomy import first)',
      },
    ]);
    expect(r.findings.map((f) => [f.paper, f.intervention, f.outcome])).toEqual([
      ['pa', 'peer', 'hope'],
    ]);
  });

  it('rejects tallies and inclusions with a dangling paper, naming the end', () => {
    const store = storeWith([
      { id: 'pa', doi: '10.1/a' },
      { id: 'pb', doi: '10.1/b' },
    ]);
    const tally = (doi: string) => ({
      paper: { doi },
      source: 'scite',
      citingPublications: 1,
      statements: 1,
      supporting: 1,
      mentioning: 0,
      contrasting: 0,
      unclassified: 0,
    });
    const r = resolveBatch(
      batchOf({
        tallies: [tally('10.1/x'), tally('10.1/a')],
        inclusions: [
          { review: { doi: '10.1/x' }, study: { doi: '10.1/a' } },
          { review: { doi: '10.1/a' }, study: { doi: '10.1/x' } },
          { review: { doi: '10.1/a' }, study: { doi: '10.1/b' } },
        ],
      }),
      store,
      upsert,
    );
    expect(rejectsOf(r)).toEqual([
      { file: 'in.json', index: 0, field: 'paper', reason: DANGLING },
      { file: 'in.json', index: 0, field: 'review', reason: DANGLING },
      { file: 'in.json', index: 1, field: 'study', reason: DANGLING },
    ]);
    expect(r.tallies.map((t) => t.paper)).toEqual(['pa']);
    expect(r.inclusions).toEqual([{ review: 'pa', study: 'pb' }]);
  });

  it('leaves what it was told is stored untouched', () => {
    const store = storeWith([{ id: 'pa', doi: '10.1/a' }]);
    resolveBatch(batchOf({ papers: [{ doi: '10.1/a', pmid: '7', title: 'T' }] }), store, upsert);
    expect(store.papers.get('pmid')!.size).toBe(0);
  });
});
