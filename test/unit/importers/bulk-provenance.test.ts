/**
 * Provenance in the bulk load's in-memory graph (BulkGraph, no database): each
 * file's source name joins the sorted `sources` of every citation, concept
 * link, finding and inclusion it asserts, as the writer's addSources would
 * leave them, and the flags of records that could not be verified are kept.
 * The writer-vs-bulk equality of the stored lists is test/integration/bulk-load.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { RecordBatch } from '../../../src/domain/import-format.js';
import { BulkGraph } from '../../../src/importers/bulk/collect.js';
import { batchOf, statement } from './resolve-fixtures.js';

const CONCEPTS: RecordBatch['concepts'] = [
  { kind: 'intervention', id: 'i', name: 'I' },
  { kind: 'outcome', id: 'o', name: 'O', domain: 'CLINICAL' },
];

const FIRST = batchOf({
  concepts: CONCEPTS,
  papers: [
    { doi: 'a', title: 'A', interventions: ['i'] },
    { doi: 'b', title: 'B', unverified: [{ field: 'authors', note: 'not seen' }] },
    { doi: 'c', title: 'C' },
  ],
  citations: [
    { citing: { doi: 'a' }, cited: { doi: 'b' } },
    { citing: { doi: 'a' }, cited: { doi: 'c' }, verified: false, note: 'not in the list' },
  ],
  findings: [{ id: 'f', paper: { doi: 'b' }, intervention: 'i', outcome: 'o', measure: 'SMD' }],
  inclusions: [{ review: { doi: 'a' }, study: { doi: 'b' }, verified: false, note: 'table' }],
});

const SECOND = batchOf({
  papers: [{ doi: 'a', title: 'A', interventions: ['i'] }],
  citations: [{ citing: { doi: 'a' }, cited: { doi: 'b' } }],
  statements: [statement('b', 'c', 'b on c', 'SUPPORTING')],
  findings: [{ id: 'f', paper: { doi: 'b' }, intervention: 'i', outcome: 'o', measure: 'SMD' }],
  inclusions: [{ review: { doi: 'a' }, study: { doi: 'b' } }],
});

describe('bulk load provenance', () => {
  const graph = new BulkGraph();
  graph.add(FIRST, 'first.json', 'seed');
  graph.add(SECOND, 'second.json', 'crossref');
  const pairs = [...graph.citations()];
  const idOf = (doi: string) => graph.paperIds[graph.papers.findIndex((p) => p.doi === doi)]!;
  const edge = (citing: string, cited: string) => {
    const i = pairs.findIndex((pair) => {
      const [a, b] = BulkGraph.split(pair);
      return graph.paperIds[a] === idOf(citing) && graph.paperIds[b] === idOf(cited);
    });
    expect(i, `${citing} cites ${cited}`).toBeGreaterThanOrEqual(0);
    return { sources: graph.citationSources(i), note: graph.flaggedPairs.get(pairs[i]!) };
  };

  it('unions the sources of a citation two files assert, sorted', () => {
    expect(edge('a', 'b')).toEqual({ sources: ['crossref', 'seed'], note: undefined });
  });

  it('keeps a flagged citation with its note, and gives a statement its citation', () => {
    expect(edge('a', 'c')).toEqual({ sources: ['seed'], note: 'not in the list' });
    expect(edge('b', 'c').sources).toEqual(['crossref']);
    expect([...graph.statementSources.values()]).toEqual(['crossref']);
  });

  it('unions concept-link, finding and inclusion sources; a later record keeps the flag', () => {
    expect(graph.conceptLinkSources.get(`${idOf('a')}\u0000STUDIES\u0000i`)).toEqual([
      'crossref',
      'seed',
    ]);
    expect(graph.findingSources.get('f')).toEqual(['crossref', 'seed']);
    expect([...graph.inclusions.values()]).toEqual([
      {
        review: idOf('a'),
        study: idOf('b'),
        sources: ['crossref', 'seed'],
        verified: false,
        note: 'table',
      },
    ]);
  });

  it('keeps the paper fields a record flags', () => {
    expect(graph.papers.find((p) => p.doi === 'b')?.unverified).toEqual([
      { field: 'authors', note: 'not seen' },
    ]);
  });
});
