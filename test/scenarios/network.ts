/**
 * A named scenario for citation networks: eight papers whose every network answer is worked
 * out by hand in the comments below (and in test/integration/network.test.ts).
 *
 *   a (2010)  cited by b, c, d, f            citingPaperCount 4
 *   b (2012)  cites a;      cited by c, d    2   title with & < and U+0007
 *   c (2014)  cites a, b;   cited by d, e, f 3
 *   d (2014)  cites a, b, c; cited by e, g   2
 *   e (2018)  cites c, d;   cited by f, g    2
 *   f (2020)  cites a, c, e                  0
 *   g (2021)  cites e (no statement), d      0
 *   h (2015)  isolated: no citation at all   0
 *
 * Statements per citation (polarity, section, confidence, about):
 *   b→a SUPPORTING RESULTS 0.9 [x], MENTIONING INTRODUCTION 0.5
 *   c→a CONTRASTING DISCUSSION 0.8 [x]      c→b MENTIONING INTRODUCTION 0.4
 *   d→a SUPPORTING RESULTS 0.75             d→b SUPPORTING DISCUSSION 0.7
 *   d→c MENTIONING METHODS 0.6              e→c UNCLASSIFIED OTHER (no confidence)
 *   e→d SUPPORTING RESULTS 0.95 [y]         f→a CONTRASTING RESULTS 0.85
 *   f→c MENTIONING INTRODUCTION 0.6         f→e MENTIONING INTRODUCTION 0.3
 *   g→e none                                g→d MENTIONING DISCUSSION 0.5
 */
import type { RecordBatch, StatementRecord } from '../../src/domain/import-format.js';
import type { Polarity, Section } from '../../src/domain/vocabulary.js';

/** Graph id of scenario paper `key` (a..h). */
export const nid = (key: string) => `net-${key}`;

/** The awkward title stored on paper b, and what XML formats can carry of it (no U+0007). */
export const AWKWARD_TITLE = 'Peer support & recovery <a pilot>\u0007 study';
export const AWKWARD_TITLE_XML = 'Peer support & recovery <a pilot> study';

export const YEARS: Record<string, number> = {
  a: 2010,
  b: 2012,
  c: 2014,
  d: 2014,
  e: 2018,
  f: 2020,
  g: 2021,
  h: 2015,
};

type S = [Polarity, Section, number | null, string[]];
/** Citations citing→cited with their statements, as in the header. */
export const CITATIONS: [string, string, S[]][] = [
  [
    'b',
    'a',
    [
      ['SUPPORTING', 'RESULTS', 0.9, ['net-x']],
      ['MENTIONING', 'INTRODUCTION', 0.5, []],
    ],
  ],
  ['c', 'a', [['CONTRASTING', 'DISCUSSION', 0.8, ['net-x']]]],
  ['c', 'b', [['MENTIONING', 'INTRODUCTION', 0.4, []]]],
  ['d', 'a', [['SUPPORTING', 'RESULTS', 0.75, []]]],
  ['d', 'b', [['SUPPORTING', 'DISCUSSION', 0.7, []]]],
  ['d', 'c', [['MENTIONING', 'METHODS', 0.6, []]]],
  ['e', 'c', [['UNCLASSIFIED', 'OTHER', null, []]]],
  ['e', 'd', [['SUPPORTING', 'RESULTS', 0.95, ['net-y']]]],
  ['f', 'a', [['CONTRASTING', 'RESULTS', 0.85, []]]],
  ['f', 'c', [['MENTIONING', 'INTRODUCTION', 0.6, []]]],
  ['f', 'e', [['MENTIONING', 'INTRODUCTION', 0.3, []]]],
  ['g', 'e', []],
  ['g', 'd', [['MENTIONING', 'DISCUSSION', 0.5, []]]],
];

/** The scenario as one batch for writeBatch. */
export function networkScenario(): RecordBatch {
  const batch: RecordBatch = {
    concepts: [
      { kind: 'intervention', id: 'net-x', name: 'Net intervention' },
      { kind: 'outcome', id: 'net-y', name: 'Net outcome', domain: 'CLINICAL' },
    ],
    papers: Object.entries(YEARS).map(([key, year]) => ({
      id: nid(key),
      doi: `10.5555/net.${key}`,
      title: key === 'b' ? AWKWARD_TITLE : `Network paper ${key.toUpperCase()}`,
      year,
      publicationTypes: key === 'a' ? ['Review', 'JournalArticle'] : ['JournalArticle'],
      venue: { name: key === 'a' ? 'Journal & Review' : 'Net Journal' },
      interventions: key === 'a' ? ['net-x'] : [],
      outcomes: key === 'a' || key === 'c' ? ['net-y'] : [],
    })),
    citations: [],
    statements: [],
    findings: [],
    tallies: [],
    inclusions: [],
  };
  for (const [from, to, statements] of CITATIONS) {
    const citing = { id: nid(from) };
    const cited = { id: nid(to) };
    batch.citations.push({ citing, cited });
    statements.forEach(([polarity, section, confidence, about], i) => {
      const statement: StatementRecord = {
        citing,
        cited,
        text: `${from} on ${to} #${i + 1}`,
        polarity,
        section,
        confidence,
        about,
        purpose: null,
        source: 'test',
      };
      batch.statements.push(statement);
    });
  }
  return batch;
}
