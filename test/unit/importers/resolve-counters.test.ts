/**
 * Counter rules (src/importers/resolve/counters.ts) and the counters the
 * stage's rows produce, checked against a recount written here from the
 * records alone. The bulk load (BulkGraph, in memory, no database) applies
 * the rules to what it resolves, so its counters must equal the recount.
 */
import { describe, expect, it } from 'vitest';
import type {
  CitationRecord,
  PaperRecord,
  StatementRecord,
} from '../../../src/domain/import-format.js';
import { BulkGraph } from '../../../src/importers/bulk/collect.js';
import {
  countStatement,
  DeltaSheet,
  EDGE_COUNTER_NAMES,
  PAPER_COUNTER_NAMES,
  type PaperCounter,
} from '../../../src/importers/resolve/counters.js';
import { resolveBatch } from '../../../src/importers/resolve/index.js';
import { importLabels } from '../../../src/importers/resolve/labels.js';
import { batchOf, statement, storeWith } from './resolve-fixtures.js';

const paper = (doi: string): PaperRecord => ({ doi, title: `Paper ${doi}` });
const cites = (citing: string, cited: string): CitationRecord => ({
  citing: { doi: citing },
  cited: { doi: cited },
});

// Two files: papers and citations, then more citations (some repeated) and statements.
const DOIS = ['a', 'b', 'c', 'd', 'e'];
const FILE_1 = batchOf({
  papers: DOIS.map(paper),
  citations: [cites('a', 'b'), cites('a', 'c'), cites('b', 'c'), cites('a', 'b'), cites('c', 'c')],
});
const FILE_2 = batchOf({
  papers: [{ doi: 'f', partial: true }],
  citations: [cites('a', 'b'), cites('d', 'a'), cites('e', 'zz'), cites('f', 'a')],
  statements: [
    statement('a', 'b', 'one', 'SUPPORTING'),
    statement('a', 'b', 'two', 'CONTRASTING'),
    statement('d', 'c', 'three', 'MENTIONING'),
    statement('e', 'c', 'four', 'UNCLASSIFIED'),
    statement('e', 'e', 'self'),
    statement('zz', 'a', 'dangling'),
  ],
});

type Counts = Record<PaperCounter, number>;

/** Counters recomputed from the records alone: what a full recount of the graph would find. */
function recount(citations: CitationRecord[], statements: StatementRecord[], dois: string[]) {
  const valid = (a?: string, b?: string) =>
    a !== undefined && b !== undefined && dois.includes(a) && dois.includes(b) && a !== b;
  const pairs = new Set<string>();
  for (const c of [...citations, ...statements])
    if (valid(c.citing.doi, c.cited.doi)) pairs.add(`${c.citing.doi}>${c.cited.doi}`);
  const papers = new Map<string, Counts>(
    dois.map((d) => [d, Object.fromEntries(PAPER_COUNTER_NAMES.map((n) => [n, 0])) as Counts]),
  );
  const edges = new Map<string, number[]>([...pairs].map((p) => [p, [0, 0, 0, 0, 0]]));
  for (const p of pairs) {
    const [citing, cited] = p.split('>') as [string, string];
    papers.get(citing)!.references += 1;
    papers.get(cited)!.citingPapers += 1;
  }
  const slot = { SUPPORTING: 1, MENTIONING: 2, CONTRASTING: 3, UNCLASSIFIED: 4 };
  for (const s of statements) {
    if (!valid(s.citing.doi, s.cited.doi)) continue;
    // The polarity stored: the source's, or the classifier's where the source gave none.
    const polarity = importLabels(s).polarity;
    const counts = papers.get(s.cited.doi!)!;
    counts.statements += 1;
    counts[polarity.toLowerCase() as PaperCounter] += 1;
    const edge = edges.get(`${s.citing.doi}>${s.cited.doi}`)!;
    edge[0]! += 1;
    edge[slot[polarity]]! += 1;
  }
  return { papers, edges };
}

const ALL_DOIS = [...DOIS, 'f'];
const expected = recount([...FILE_1.citations, ...FILE_2.citations], FILE_2.statements, ALL_DOIS);

describe('counter rules', () => {
  it('a created statement counts under its polarity; a reclassified one moves its count', () => {
    const sheet = new DeltaSheet();
    countStatement(sheet, { citing: 'a', cited: 'b', created: true, newPolarity: 'SUPPORTING' });
    countStatement(sheet, {
      citing: 'a',
      cited: 'b',
      created: false,
      oldPolarity: 'SUPPORTING',
      newPolarity: 'CONTRASTING',
    });
    countStatement(sheet, {
      citing: 'a',
      cited: 'b',
      created: false,
      oldPolarity: 'MENTIONING',
      newPolarity: 'MENTIONING',
    });
    const zero = { citingPapers: 0, references: 0, mentioning: 0, unclassified: 0 };
    expect(sheet.paperRows()).toEqual([
      { id: 'b', ...zero, statements: 1, supporting: 0, contrasting: 1 },
    ]);
    expect(sheet.edgeRows()).toEqual([
      { citing: 'a', cited: 'b', ...zero, statements: 1, supporting: 0, contrasting: 1 },
    ]);
  });

  it('a citation counts only when the write created it', () => {
    const sheet = new DeltaSheet();
    sheet.addCitations([
      { citing: 'a', cited: 'b', created: true },
      { citing: 'a', cited: 'c', created: false },
    ]);
    expect(sheet.paperRows().map((r) => [r.id, r.references, r.citingPapers])).toEqual([
      ['a', 1, 0],
      ['b', 0, 1],
    ]);
  });
});

describe('counters from resolved batches equal a recount', () => {
  it('the writer: deltas of writing the stage rows into an empty graph', () => {
    // On an empty graph every distinct pair and statement is created, which is
    // what the write queries would report; the writer feeds that to DeltaSheet.
    const sheet = new DeltaSheet();
    const idToDoi = new Map<string, string>();
    const created = new Set<string>();
    let store = storeWith();
    for (const file of [FILE_1, FILE_2]) {
      const r = resolveBatch(file, store, { file: 'f', statementsMetAgain: 'update' });
      for (const p of r.papers) idToDoi.set(p.id, p.record.doi!);
      const outcome = (c: { citing: string; cited: string }) => {
        const key = `${c.citing}>${c.cited}`;
        const fresh = !created.has(key);
        created.add(key);
        return { ...c, created: fresh };
      };
      sheet.addCitations(r.citations.map(outcome));
      sheet.addCitations(r.statements.map(outcome));
      sheet.addStatements(
        r.statements.map((s) => ({ ...s, created: true, newPolarity: s.polarity })),
      );
      store = storeWith(
        [...idToDoi].map(([id, doi]) => ({ id, doi })),
        [],
      );
    }
    for (const row of sheet.paperRows()) {
      const { id, ...counts } = row;
      expect(counts, idToDoi.get(id)).toEqual(expected.papers.get(idToDoi.get(id)!));
    }
    const touched = sheet.paperRows().map((r) => idToDoi.get(r.id));
    for (const [doi, counts] of expected.papers)
      if (!touched.includes(doi)) expect(Object.values(counts).every((n) => n === 0)).toBe(true);
    const edges = sheet
      .edgeRows()
      .map((e) => [
        `${idToDoi.get(e.citing)}>${idToDoi.get(e.cited)}`,
        EDGE_COUNTER_NAMES.map((n) => e[n]),
      ]);
    expect(new Map(edges as [string, number[]][])).toEqual(
      new Map([...expected.edges].filter(([, c]) => c[0]! > 0)),
    );
  });

  it('the bulk load: counters by name and edge counters per pair', () => {
    const graph = new BulkGraph();
    graph.add(FILE_1, 'one.json');
    graph.add(FILE_2, 'two.json');
    const pairs = graph.citations();
    const doiOf = (ord: number) => graph.papers[ord]!.doi!;
    expect(graph.papers.map((p) => p.doi).sort()).toEqual(ALL_DOIS);
    for (let ord = 0; ord < graph.papers.length; ord++) {
      const counts = Object.fromEntries(PAPER_COUNTER_NAMES.map((n) => [n, graph.counter(ord, n)]));
      expect(counts, doiOf(ord)).toEqual(expected.papers.get(doiOf(ord)));
    }
    const edges = new Map(
      [...pairs].map((pair) => {
        const [citing, cited] = BulkGraph.split(pair);
        return [`${doiOf(citing)}>${doiOf(cited)}`, graph.edgeCounters(pair)];
      }),
    );
    expect(edges).toEqual(expected.edges);
    // Rejected: the self-citation, the dangling citation, the self and the dangling statement.
    expect(graph.rejects.map((r) => [r.file, r.index, r.field])).toEqual([
      ['one.json', 4, 'cited'],
      ['two.json', 2, 'cited'],
      ['two.json', 4, 'cited'],
      ['two.json', 5, 'citing'],
    ]);
  });
});
