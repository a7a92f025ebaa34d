/**
 * A named scenario: a small, fully known citation web. Paper i (year 2000+i)
 * cites every earlier paper j with j % 3 === i % 3; each citation carries one
 * statement whose polarity, section and confidence follow from (i, j), so
 * tests can recompute every expected answer independently of the code.
 */
import type { RecordBatch, StatementRecord } from '../../src/domain/import-format.js';
import { POLARITIES, SECTIONS } from '../../src/domain/vocabulary.js';

export const webPaperId = (i: number) => `web-${String(i).padStart(3, '0')}`;

export function statementFor(
  i: number,
  j: number,
): Pick<StatementRecord, 'polarity' | 'section' | 'confidence' | 'about'> {
  return {
    polarity: POLARITIES[(i + j) % 4]!,
    section: SECTIONS[(i * j) % 6]!,
    confidence: ((i + 2 * j) % 10) / 10,
    about: (i + j) % 2 === 0 ? ['web-intervention'] : ['web-outcome'],
  };
}

/** The citation web of `n` papers. */
export function citationWeb(n: number): RecordBatch {
  const batch: RecordBatch = {
    concepts: [
      { kind: 'intervention', id: 'web-intervention', name: 'Web intervention' },
      {
        kind: 'intervention',
        id: 'web-sub-intervention',
        name: 'Web sub-intervention',
        parent: 'web-intervention',
      },
      { kind: 'outcome', id: 'web-outcome', name: 'Web outcome', domain: 'PSYCHOSOCIAL' },
    ],
    papers: [],
    citations: [],
    statements: [],
    findings: [],
    tallies: [],
    inclusions: [],
  };
  for (let i = 0; i < n; i++) {
    batch.papers.push({
      id: webPaperId(i),
      doi: `10.5555/web.${i}`,
      title: `Web paper ${i}`,
      year: 2000 + i,
      authors: [{ name: `Author ${i % 5}` }, { name: `Coauthor ${i}` }],
      venue: { name: `Venue ${i % 3}` },
      interventions: i % 2 === 0 ? ['web-sub-intervention'] : [],
      outcomes: ['web-outcome'],
    });
    for (let j = 0; j < i; j++) {
      if (j % 3 !== i % 3) continue;
      const citing = { id: webPaperId(i) };
      const cited = { id: webPaperId(j) };
      batch.citations.push({ citing, cited });
      batch.statements.push({
        citing,
        cited,
        text: `Paper ${i} on paper ${j}`,
        purpose: null,
        source: 'test',
        ...statementFor(i, j),
      });
    }
  }
  return batch;
}
