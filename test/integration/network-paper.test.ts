/**
 * citationPath, Paper.coCited, Paper.coupled and Paper.citationsByYear over the hand-built
 * network scenario (test/scenarios/network.ts); expected answers are worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/server/context.js';
import { networkScenario, nid } from '../scenarios/network.js';
import { testConfig } from '../helpers/db.js';
import { batchScenario, useSeededService } from '../helpers/suite.js';

async function data(query: string, variables?: Record<string, unknown>): Promise<any> {
  const res = await server.gql(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data;
}

const PATH = `query($from: ID!, $to: ID!, $maxHops: Int) {
  citationPath(from: $from, to: $to, maxHops: $maxHops) { id } }`;
const path = async (from: string, to: string, maxHops?: number) => {
  const d = await data(PATH, { from, to, maxHops });
  return d.citationPath === null ? null : d.citationPath.map((p: any) => p.id.slice(4)).join('');
};

// Labels exactly as the scenario gives them (UNCLASSIFIED included): no classifier.
const { db, server } = useSeededService(
  batchScenario(networkScenario, { file: 'network', classify: false }),
);

describe('citationPath', () => {
  it('finds the one shortest directed path', async () => {
    // g→d→a is the only 2-citation path (g→e leads to c and d, not a).
    expect(await path(nid('g'), nid('a'))).toBe('gda');
    expect(await path(nid('g'), nid('b'))).toBe('gdb');
    expect(await path(nid('f'), nid('a'))).toBe('fa');
    expect(await path('10.5555/NET.G', nid('a'))).toBe('gda');
  });

  it('returns null with no path, against the direction, or beyond maxHops', async () => {
    expect(await path(nid('h'), nid('a'))).toBeNull();
    expect(await path(nid('a'), nid('g'))).toBeNull();
    expect(await path(nid('g'), nid('a'), 1)).toBeNull();
    expect(await path(nid('g'), 'unknown-paper')).toBeNull();
  });

  it('refuses maxHops outside 1..6', async () => {
    for (const maxHops of [0, 7]) {
      const res = await server.gql(PATH, { from: nid('g'), to: nid('a'), maxHops });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('coCited and coupled', () => {
  const related = (list: any[]) => list.map((r) => `${r.paper.id.slice(4)}${r.shared}`);
  const RELATED = `query($id: ID!) { paper(id: $id) {
    coCited { shared paper { id } } top: coCited(first: 2) { shared paper { id } }
    coupled { shared paper { id } } } }`;

  it('counts citing papers in common (co-citation)', async () => {
    // a is cited by b{a}, c{a,b}, d{a,b,c}, f{a,c,e}: b with a by c, d; c by d, f; e by f.
    const a = (await data(RELATED, { id: nid('a') })).paper;
    expect(related(a.coCited)).toEqual(['b2', 'c2', 'e1']);
    expect(related(a.coupled)).toEqual([]);
    // c is cited by d{a,b,c}, e{c,d}, f{a,c,e}: a by d, f; b by d; d by e; e by f.
    const c = (await data(RELATED, { id: nid('c') })).paper;
    expect(related(c.top)).toEqual(['a2', 'b1']);
    expect(related(c.coCited)).toEqual(['a2', 'b1', 'd1', 'e1']);
  });

  it('counts references in common (coupling)', async () => {
    // d cites a, b, c: c cites a, b; f cites a, c; b cites a; e cites c; g shares none.
    const d = (await data(RELATED, { id: nid('d') })).paper;
    expect(related(d.coupled)).toEqual(['c2', 'f2', 'b1', 'e1']);
  });
});

describe('citationsByYear', () => {
  const BY_YEAR = `query($id: ID!) { paper(id: $id) { citationsByYear {
    year citingPapers statements supporting mentioning contrasting unclassified } } }`;
  const t = (year: number, c: number, s: number, sup: number, men: number, con: number) => ({
    year,
    citingPapers: c,
    statements: s,
    supporting: sup,
    mentioning: men,
    contrasting: con,
    unclassified: 0,
  });

  it('tallies citations per citing-paper year', async () => {
    // a is cited by b (2012: SUP + MEN), c (2014: CON), d (2014: SUP), f (2020: CON).
    const a = (await data(BY_YEAR, { id: nid('a') })).paper.citationsByYear;
    expect(a).toEqual([t(2012, 1, 2, 1, 1, 0), t(2014, 2, 2, 1, 0, 1), t(2020, 1, 1, 0, 0, 1)]);
    // e is cited by f (2020: MEN) and g (2021, a citation with no statement).
    const e = (await data(BY_YEAR, { id: nid('e') })).paper.citationsByYear;
    expect(e).toEqual([t(2020, 1, 1, 0, 1, 0), t(2021, 1, 0, 0, 0, 0)]);
    expect((await data(BY_YEAR, { id: nid('h') })).paper.citationsByYear).toEqual([]);
  });
});

describe('round trips', () => {
  // `first` is written literally: the cost limit counts a variable page size as the maximum.
  const LIST = (first: number) => `{ papers(first: ${first}) { edges { node { id
    coCited { shared paper { id title } } coupled(first: 3) { shared paper { id } }
    citationsByYear { year statements } } } } }`;

  async function trips(first: number): Promise<{ queries: string[]; papers: number }> {
    const ctx = createContext(db, testConfig());
    const res = await server.app.apollo.executeOperation(
      { query: LIST(first) },
      { contextValue: ctx },
    );
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    expect(res.body.singleResult.errors).toBeUndefined();
    const papers = (res.body.singleResult.data as any).papers.edges.length;
    return { queries: [...ctx.stats.queries].sort(), papers };
  }

  it('batches a list of papers into one query per field', async () => {
    const small = await trips(2);
    const large = await trips(8);
    expect(large.papers).toBe(8);
    expect(large.queries).toEqual([
      'network.citationsByYear',
      'network.coCited',
      'network.coupled',
      'papers.list.all.YEAR.DESC',
    ]);
    expect(small.queries).toEqual(large.queries);
  });
});
