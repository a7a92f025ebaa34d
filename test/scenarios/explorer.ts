/**
 * A named scenario for the explorer's browser tests: two communities of papers joined by one
 * citation, with every answer the tests check worked out by hand below.
 *
 *   community A (each cites every older A)    community B (each cites every older B)
 *   a1 2010  cited by a2 a3 a4 b2  refs 0      b1 2011  cited by b2 b3 b4 b5  refs 0
 *   a2 2012  cited by a3 a4        refs 1      b2 2013  cited by b3 b4 b5     refs 2 (b1, a1: the bridge)
 *   a3 2014  cited by a4           refs 2      b3 2015  cited by b4 b5        refs 2
 *   a4 2016  cited by none         refs 3      b4 2017  cited by b5           refs 3
 *                                              b5 2019  cited by none         refs 4
 *
 * From a1 at depth 1 the map holds a1 a2 a3 a4 b2; expanding b2 adds exactly b1 b3 b4 b5.
 * At depth 2 it holds all nine, and Louvain finds B (five papers) and A (four).
 * coCited(a2) = a1 (2 shared citers: a3, a4), a3 (1: a4); coupled(a2) = a3, a4, b2 (1 each: a1).
 * citationPath(b5 → a1) = b5 b2 a1.
 * Statements about a1: a2 SUPPORTING RESULTS (source), a3 CONTRASTING DISCUSSION and SUPPORTING
 * METHODS (source), a4 MENTIONING INTRODUCTION (source), b2 one UNCLASSIFIED statement the
 * classifier labels at import (its polarity then comes from the model).
 */
import type { RecordBatch, StatementRecord } from '../../src/domain/import-format.js';
import type { Polarity, Purpose, Section } from '../../src/domain/vocabulary.js';

export const YEAR: Record<string, number> = {
  a1: 2010,
  a2: 2012,
  a3: 2014,
  a4: 2016,
  b1: 2011,
  b2: 2013,
  b3: 2015,
  b4: 2017,
  b5: 2019,
};
export const CITATIONS_IN_GRAPH: Record<string, number> = {
  a1: 4,
  a2: 2,
  a3: 1,
  a4: 0,
  b1: 4,
  b2: 3,
  b3: 2,
  b4: 1,
  b5: 0,
};
export const REFERENCES: Record<string, number> = {
  a1: 0,
  a2: 1,
  a3: 2,
  a4: 3,
  b1: 0,
  b2: 2,
  b3: 2,
  b4: 3,
  b5: 4,
};

/** citing → cited pairs: each paper cites every older paper of its community, plus b2 → a1. */
export const CITES: [string, string][] = [];
for (const group of [
  ['a1', 'a2', 'a3', 'a4'],
  ['b1', 'b2', 'b3', 'b4', 'b5'],
]) {
  group.forEach((citing, i) => group.slice(0, i).forEach((cited) => CITES.push([citing, cited])));
}
CITES.push(['b2', 'a1']);

type S = [string, Polarity, Section, Purpose | null, number | null, string];
/** Statements about a1 (our own wording). */
export const STATEMENTS: S[] = [
  ['a2', 'SUPPORTING', 'RESULTS', 'RESULT', 0.9, 'Paper a2 repeats the finding of a1.'],
  ['a3', 'CONTRASTING', 'DISCUSSION', null, 0.8, 'Paper a3 finds no effect where a1 found one.'],
  ['a3', 'SUPPORTING', 'METHODS', 'METHOD', 0.7, 'Paper a3 uses the scale that a1 built.'],
  ['a4', 'MENTIONING', 'INTRODUCTION', 'BACKGROUND', 0.6, 'Paper a4 names a1 among earlier work.'],
  ['b2', 'UNCLASSIFIED', 'DISCUSSION', null, null, 'These results are consistent with a1.'],
];

export const xid = (key: string) => `exp-${key}`;

/** The scenario as one batch for writeBatch (written with classify: true). */
export function explorerScenario(): RecordBatch {
  const statements: StatementRecord[] = STATEMENTS.map(
    ([from, polarity, section, purpose, confidence, text]) => ({
      citing: { id: xid(from) },
      cited: { id: xid('a1') },
      text,
      polarity,
      section,
      purpose,
      confidence,
      about: [],
      source: 'test',
    }),
  );
  return {
    concepts: [
      { kind: 'intervention', id: 'exp-peer', name: 'Explorer peer support' },
      { kind: 'outcome', id: 'exp-recovery', name: 'Explorer recovery', domain: 'CLINICAL' },
    ],
    papers: Object.entries(YEAR).map(([key, year]) => ({
      id: xid(key),
      doi: `10.5555/exp.${key}`,
      title: `Explorer paper ${key.toUpperCase()}`,
      year,
      publicationTypes: ['JournalArticle'],
      venue: { name: 'Explorer Journal' },
      authors: [{ name: `Author ${key.toUpperCase()}` }],
      interventions: key === 'a1' ? ['exp-peer'] : [],
      outcomes: key === 'a1' ? ['exp-recovery'] : [],
    })),
    citations: CITES.map(([from, to]) => ({ citing: { id: xid(from) }, cited: { id: xid(to) } })),
    statements,
    findings: [],
    tallies: [],
    inclusions: [],
  };
}
