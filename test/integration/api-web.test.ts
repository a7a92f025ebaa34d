/**
 * The citation API over a known citation web (test/scenarios/citation-web.ts):
 * filters, ordering, paging and the round-trip bound.
 */
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/server/context.js';
import { citationWeb, statementFor, webPaperId } from '../scenarios/citation-web.js';
import { counterDrift, testConfig } from '../helpers/db.js';
import { batchScenario, useSeededService } from '../helpers/suite.js';

const N = 60;

/** Expected citing papers of paper j, computed from the scenario's rule. */
const citersOf = (j: number) =>
  Array.from({ length: N }, (_, i) => i).filter((i) => i > j && i % 3 === j % 3);

const { db, server } = useSeededService(
  // Labels exactly as the scenario gives them (UNCLASSIFIED included): no classifier.
  batchScenario(() => citationWeb(N), { file: 'citation-web', batchSize: 250, classify: false }),
);

describe('citations and references', () => {
  it('keeps counters equal to a recount', async () => {
    expect(await counterDrift(db)).toEqual([]);
  });

  it('pages through every citing paper exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = -1;
    for (let guard = 0; guard < 20; guard++) {
      const res: any = await server.gql(
        `query($after: String) { paper(id: "${webPaperId(1)}") { citations(first: 4, after: $after) {
          totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } } }`,
        { after },
      );
      const c = res.data.paper.citations;
      total = c.totalCount;
      seen.push(...c.edges.map((e: any) => e.node.id));
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    const expected = citersOf(1).map(webPaperId);
    expect(total).toBe(expected.length);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual(expected.sort());
    // Default order: newest citing paper first.
    expect(seen).toEqual([...expected].sort().reverse());
  });

  it('filters statements and drops edges without a matching one', async () => {
    const j = 2;
    const res: any = await server.gql(`{ paper(id: "${webPaperId(j)}") {
      citations(first: 100, where: { polarity: [SUPPORTING, CONTRASTING], minConfidence: 0.3 }) {
        totalCount edges { node { id } statements { polarity confidence } } } } }`);
    const expected = citersOf(j).filter((i) => {
      const s = statementFor(i, j);
      return ['SUPPORTING', 'CONTRASTING'].includes(s.polarity) && (s.confidence ?? 0) >= 0.3;
    });
    expect(res.data.paper.citations.totalCount).toBe(expected.length);
    expect(res.data.paper.citations.edges.map((e: any) => e.node.id).sort()).toEqual(
      expected.map(webPaperId).sort(),
    );
    for (const e of res.data.paper.citations.edges) {
      expect(e.statements).toHaveLength(1);
      expect(['SUPPORTING', 'CONTRASTING']).toContain(e.statements[0].polarity);
    }
  });

  it('filters by year and by concept, and orders by confidence', async () => {
    const j = 0;
    const res: any = await server.gql(`{ paper(id: "${webPaperId(j)}") {
      byYear: citations(first: 100, where: { yearFrom: 2020, yearTo: 2040 }) { totalCount }
      byAbout: citations(first: 100, where: { about: ["web-outcome"] }) { totalCount }
      byConfidence: citations(first: 100, orderBy: { field: CONFIDENCE, direction: DESC }) { edges { statements { confidence } } } } }`);
    expect(res.data.paper.byYear.totalCount).toBe(
      citersOf(j).filter((i) => i >= 20 && i <= 40).length,
    );
    expect(res.data.paper.byAbout.totalCount).toBe(
      citersOf(j).filter((i) => (i + j) % 2 === 1).length,
    );
    const conf = res.data.paper.byConfidence.edges.map((e: any) => e.statements[0].confidence);
    expect(conf).toEqual([...conf].sort((a: number, b: number) => b - a));
  });

  it('lists references with the statements the paper makes', async () => {
    const i = 30;
    const res: any = await server.gql(`{ paper(id: "${webPaperId(i)}") {
      tally { references } references(first: 100) { totalCount edges { node { id } statements { text } } } } }`);
    const expected = Array.from({ length: i }, (_, j) => j).filter((j) => j % 3 === i % 3);
    expect(res.data.paper.references.totalCount).toBe(expected.length);
    expect(res.data.paper.tally.references).toBe(expected.length);
    for (const e of res.data.paper.references.edges) {
      const j = Number(e.node.id.slice(4));
      expect(e.statements.map((s: any) => s.text)).toEqual([`Paper ${i} on paper ${j}`]);
    }
  });

  it('filters papers by intervention including subtypes, ordered by year', async () => {
    const res: any =
      await server.gql(`{ papers(first: 100, where: { interventions: ["web-intervention"], yearFrom: 2010 }, orderBy: { field: YEAR, direction: ASC }) {
      totalCount edges { node { year } } } }`);
    const expected = Array.from({ length: N }, (_, i) => i).filter((i) => i % 2 === 0 && i >= 10);
    expect(res.data.papers.totalCount).toBe(expected.length);
    expect(res.data.papers.edges.map((e: any) => e.node.year)).toEqual(
      expected.map((i) => 2000 + i),
    );
  });
});

describe('round trips', () => {
  const NESTED = `query($first: Int) { papers(first: $first, orderBy: { field: YEAR, direction: ASC }) {
    edges { node { id authors { name } venue { name }
      citations(first: 5) { edges { node { id title } statements { id polarity about { id name } } } } } } } }`;

  async function roundTrips(
    first: number,
  ): Promise<{ trips: number; statements: number; papers: number }> {
    const ctx = createContext(db, testConfig());
    const res = await server.app.apollo.executeOperation(
      { query: NESTED, variables: { first } },
      { contextValue: ctx },
    );
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    expect(res.body.singleResult.errors).toBeUndefined();
    const papers = (res.body.singleResult.data as any).papers.edges;
    const statements = papers.flatMap((p: any) =>
      p.node.citations.edges.flatMap((e: any) => e.statements),
    ).length;
    return { trips: ctx.stats.roundTrips, statements, papers: papers.length };
  }

  it('is bounded by nesting depth, not by rows (papers → citations → statements → about)', async () => {
    const small = await roundTrips(5);
    const large = await roundTrips(60);
    expect(large.papers).toBe(60);
    expect(large.statements).toBeGreaterThan(100);
    // papers, authors, venue, citations, about: one batched query each.
    expect(large.trips).toBe(5);
    expect(small.trips).toBe(large.trips);
  });
});
