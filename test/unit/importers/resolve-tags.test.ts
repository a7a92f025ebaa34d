/**
 * The concept tagger at import (src/importers/resolve/tags.ts): the taxonomy a batch is
 * tagged with, and the rows both write paths store for papers and statements.
 */
import { describe, expect, it } from 'vitest';
import {
  batchMatcher,
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
