/**
 * The concept tagger at import (src/importers/resolve/tags.ts): the taxonomy a batch is
 * tagged with, and the rows both write paths store for papers and statements.
 */
import { describe, expect, it } from 'vitest';
import {
  batchMatcher,
  paperInputs,
  paperTags,
  statementTags,
  taggerTaxonomy,
} from '../../../src/importers/resolve/tags.js';
import { resolveBatch } from '../../../src/importers/resolve/index.js';
import { emptyIndex } from '../../../src/domain/identity.js';
import { emptyBatch } from '../../../src/domain/import-format.js';

const stored = [
  { id: 'ps', kind: 'intervention' as const, name: 'Peer support', synonyms: ['peer worker'] },
  { id: 'hope', kind: 'outcome' as const, name: 'Hope' },
];

describe('taggerTaxonomy', () => {
  it("lays the batch's interventions and outcomes over the stored ones, keeping stored terms the batch does not give", () => {
    const got = taggerTaxonomy(stored, [
      { kind: 'intervention', id: 'ps', name: 'Peer support (renamed)' },
      { kind: 'outcome', id: 'hope', name: 'Hope', instruments: ['Herth Hope Index'] },
      { kind: 'population', id: 'youth', name: 'Youth' },
    ]);
    expect(got).toEqual([
      {
        id: 'ps',
        kind: 'intervention',
        name: 'Peer support (renamed)',
        synonyms: ['peer worker'],
        instruments: undefined,
      },
      {
        id: 'hope',
        kind: 'outcome',
        name: 'Hope',
        synonyms: undefined,
        instruments: ['Herth Hope Index'],
      },
    ]);
  });
});

describe('paperTags and statementTags', () => {
  const matcher = batchMatcher(stored, [])!;

  it('give one row per concept, sorted by id, with the span and its field; null without text', () => {
    expect(paperTags(matcher, { title: 'Hope and peer workers', abstract: 'Hope again.' })).toEqual(
      [
        {
          concept: 'hope',
          kind: 'outcome',
          field: 'title',
          text: 'Hope',
          evidenceStart: 0,
          evidenceEnd: 4,
        },
        {
          concept: 'ps',
          kind: 'intervention',
          field: 'title',
          text: 'peer workers',
          evidenceStart: 9,
          evidenceEnd: 21,
        },
      ],
    );
    expect(paperTags(matcher, { title: null, abstract: null })).toBeNull();
    expect(statementTags(matcher, '   ')).toBeNull();
  });

  it('read a statement with the abbreviations the sentence before it defines', () => {
    const before = 'Each peer worker (PW) met staff.';
    expect(statementTags(matcher, 'The PW left.', before)?.map((t) => t.concept)).toEqual(['ps']);
    expect(statementTags(matcher, 'The PW left.')).toEqual([]);
  });

  it('read keywords, then topics, after title and abstract, each list as one text joined with "; "', () => {
    const rows = paperTags(matcher, {
      title: 'A walking trial',
      abstract: null,
      keywords: ['walking', 'Peer workers'],
      topics: ['Psychiatry', 'Hope', 'Peer Group'],
    });
    expect(rows).toEqual([
      {
        concept: 'hope',
        kind: 'outcome',
        field: 'topics',
        text: 'Hope',
        evidenceStart: 'Psychiatry; '.length,
        evidenceEnd: 'Psychiatry; Hope'.length,
      },
      {
        concept: 'ps',
        kind: 'intervention',
        field: 'keywords',
        text: 'Peer workers',
        evidenceStart: 'walking; '.length,
        evidenceEnd: 'walking; Peer workers'.length,
      },
    ]);
    // The title's span wins over a keyword's: fields are read in order.
    expect(paperTags(matcher, { title: 'Hope', keywords: ['hope'] })?.[0]?.field).toBe('title');
    // A broad topic names no concept, and two keywords never make one term across the separator.
    expect(paperTags(matcher, { topics: ['Psychiatry', 'Mental Health'] })).toEqual([]);
    expect(paperTags(matcher, { keywords: ['peer', 'worker'] })).toEqual([]);
    expect(paperInputs({ keywords: [], topics: [] })).toEqual([]);
  });

  it('null for a batch without interventions or outcomes to tag with', () => {
    expect(batchMatcher([], [{ kind: 'population', id: 'y', name: 'Youth' }])).toBeNull();
  });
});

describe('resolveBatch', () => {
  const known = {
    papers: emptyIndex(),
    paperIds: new Set<string>(),
    kinds: new Map(),
    taxonomy: stored,
  };
  const batch = () => ({
    ...emptyBatch(),
    papers: [{ id: 'p1', title: 'Hope in peer support' }],
  });

  it('tags a created paper from its keywords when they alone name a concept', () => {
    const r = resolveBatch(
      { ...emptyBatch(), papers: [{ id: 'p2', title: 'A trial', keywords: ['peer worker'] }] },
      known,
      { file: 'f', statementsMetAgain: 'update' },
    );
    expect(r.paperTags.get('p2')).toEqual([
      expect.objectContaining({ concept: 'ps', field: 'keywords', text: 'peer worker' }),
    ]);
  });

  it('tags the papers it creates, and nothing when told not to or without a taxonomy', () => {
    const on = resolveBatch(batch(), known, { file: 'f', statementsMetAgain: 'update' });
    expect([...on.paperTags.keys()]).toEqual(['p1']);
    expect(on.paperTags.get('p1')!.map((t) => t.concept)).toEqual(['hope', 'ps']);
    const off = resolveBatch(batch(), known, {
      file: 'f',
      statementsMetAgain: 'update',
      tag: false,
    });
    expect(off.paperTags.size).toBe(0);
    const none = resolveBatch(
      batch(),
      { ...known, taxonomy: undefined },
      {
        file: 'f',
        statementsMetAgain: 'update',
      },
    );
    expect(none.paperTags.size).toBe(0);
  });
});
