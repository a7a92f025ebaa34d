/**
 * citationNetwork over the hand-built network scenario (test/scenarios/network.ts): every
 * expected node list, edge list and degree below is worked out by hand from the scenario.
 */
import { describe, expect, it } from 'vitest';
import { networkRequest } from '../../src/domain/network/options.js';
import { createContext } from '../../src/server/context.js';
import { networkScenario, nid } from '../scenarios/network.js';
import { testConfig } from '../helpers/db.js';
import { batchScenario, useSeededService } from '../helpers/suite.js';

const NETWORK = `query($seeds: [ID!]!, $depth: Int, $direction: Direction, $where: NetworkWhere, $limit: Int) {
  citationNetwork(seeds: $seeds, depth: $depth, direction: $direction, where: $where, limit: $limit) {
    truncated
    nodes { paper { id title } depth inDegree outDegree score }
    edges { source target statementCount supporting mentioning contrasting unclassified dominantPolarity weight } } }`;

async function network(vars: Record<string, unknown>): Promise<any> {
  const res = await server.gql(NETWORK, vars);
  expect(res.errors).toBeUndefined();
  return (res.data as any).citationNetwork;
}

const ids = (keys: string) => [...keys].map(nid);
const nodeIds = (n: any) => n.nodes.map((x: any) => x.paper.id);
const edgePairs = (n: any) =>
  n.edges.map((e: any) => `${e.source.slice(4)}${e.target.slice(4)}`).sort();

// Labels exactly as the scenario gives them (UNCLASSIFIED included): no classifier.
const { db, server } = useSeededService(
  batchScenario(networkScenario, { file: 'network', classify: false }),
);

describe('citationNetwork', () => {
  it('expands one hop both ways, ranked by depth then citing papers, with degrees', async () => {
    const n = await network({ seeds: [nid('a')], depth: 1 });
    expect(n.truncated).toBe(false);
    // level 1: c (3 citing papers), then b and d (2, by id), then f (0).
    expect(nodeIds(n)).toEqual(ids('acbdf'));
    expect(n.nodes.map((x: any) => x.depth)).toEqual([0, 1, 1, 1, 1]);
    expect(edgePairs(n)).toEqual(['ba', 'ca', 'cb', 'da', 'db', 'dc', 'fa', 'fc']);
    const deg = Object.fromEntries(
      n.nodes.map((x: any) => [x.paper.id.slice(4), [x.inDegree, x.outDegree]]),
    );
    expect(deg).toEqual({ a: [4, 0], b: [2, 1], c: [2, 2], d: [0, 3], f: [0, 2] });
  });

  it('carries the edge counters, dominant polarity and weight', async () => {
    const n = await network({ seeds: [nid('a')], depth: 2 });
    const edge = (s: string, t: string) =>
      n.edges.find((e: any) => e.source === nid(s) && e.target === nid(t));
    expect(edge('b', 'a')).toMatchObject({
      statementCount: 2,
      supporting: 1,
      mentioning: 1,
      contrasting: 0,
      unclassified: 0,
      dominantPolarity: 'SUPPORTING',
      weight: 2,
    });
    expect(edge('c', 'a')).toMatchObject({ contrasting: 1, dominantPolarity: 'CONTRASTING' });
    expect(edge('e', 'c')).toMatchObject({ unclassified: 1, dominantPolarity: 'UNCLASSIFIED' });
    expect(edge('g', 'e')).toMatchObject({ statementCount: 0, dominantPolarity: null, weight: 1 });
  });

  it('reaches two hops: everything but the isolated paper', async () => {
    const n = await network({ seeds: [nid('a')], depth: 2 });
    expect(nodeIds(n)).toEqual(ids('acbdfeg'));
    expect(n.nodes.map((x: any) => x.depth)).toEqual([0, 1, 1, 1, 1, 2, 2]);
    expect(n.edges).toHaveLength(13);
  });

  it('follows IN, OUT or BOTH', async () => {
    const inward = await network({ seeds: [nid('c')], direction: 'IN' });
    expect(nodeIds(inward)).toEqual(ids('cdef'));
    expect(edgePairs(inward)).toEqual(['dc', 'ec', 'ed', 'fc', 'fe']);
    const outward = await network({ seeds: [nid('c')], direction: 'OUT' });
    expect(nodeIds(outward)).toEqual(ids('cab'));
    expect(edgePairs(outward)).toEqual(['ba', 'ca', 'cb']);
    const both = await network({ seeds: [nid('c')], direction: 'BOTH' });
    expect(nodeIds(both)).toEqual(ids('cabdef'));
    const two = await network({ seeds: [nid('e')], direction: 'OUT', depth: 2 });
    expect(nodeIds(two)).toEqual(ids('ecdab'));
    expect(edgePairs(two)).toEqual(['ba', 'ca', 'cb', 'da', 'db', 'dc', 'ec', 'ed']);
    const a = two.nodes.find((x: any) => x.paper.id === nid('a'));
    expect([a.inDegree, a.outDegree]).toEqual([3, 0]);
  });

  it('accepts DOIs as seeds, in any case', async () => {
    const n = await network({ seeds: ['https://doi.org/10.5555/NET.C'], direction: 'OUT' });
    expect(nodeIds(n)).toEqual(ids('cab'));
  });

  it('keeps only edges with a matching statement under statement filters', async () => {
    const contrasting = await network({ seeds: [nid('a')], where: { polarity: ['CONTRASTING'] } });
    expect(nodeIds(contrasting)).toEqual(ids('acf'));
    // f→c joins two papers of the network but carries no contrasting statement.
    expect(edgePairs(contrasting)).toEqual(['ca', 'fa']);
    const results = await network({ seeds: [nid('a')], depth: 2, where: { section: ['RESULTS'] } });
    expect(nodeIds(results)).toEqual(ids('abdfe'));
    expect(edgePairs(results)).toEqual(['ba', 'da', 'ed', 'fa']);
    const confident = await network({ seeds: [nid('e')], depth: 2, where: { minConfidence: 0.8 } });
    expect(nodeIds(confident)).toEqual(ids('ed'));
    expect(edgePairs(confident)).toEqual(['ed']);
    const about = await network({ seeds: [nid('a')], where: { about: ['net-x'] } });
    expect(nodeIds(about)).toEqual(ids('acb'));
    expect(edgePairs(about)).toEqual(['ba', 'ca']);
  });

  it('applies year filters to the papers reached', async () => {
    const from = await network({ seeds: [nid('a')], where: { yearFrom: 2014 } });
    expect(nodeIds(from)).toEqual(ids('acdf'));
    expect(edgePairs(from)).toEqual(['ca', 'da', 'dc', 'fa', 'fc']);
    const to = await network({ seeds: [nid('a')], depth: 2, where: { yearTo: 2012 } });
    expect(nodeIds(to)).toEqual(ids('ab'));
  });

  it('truncates to the closest, most cited papers', async () => {
    const two = await network({ seeds: [nid('a')], limit: 2 });
    expect([nodeIds(two), two.truncated]).toEqual([ids('ac'), true]);
    expect(edgePairs(two)).toEqual(['ca']);
    const three = await network({ seeds: [nid('a')], limit: 3 });
    expect([nodeIds(three), three.truncated]).toEqual([ids('acb'), true]);
    const exact = await network({ seeds: [nid('a')], limit: 5 });
    expect([nodeIds(exact), exact.truncated]).toEqual([ids('acbdf'), false]);
    // Level 1 fills the limit exactly; level 2 (e, g) is left out.
    const full = await network({ seeds: [nid('a')], depth: 2, limit: 5 });
    expect([nodeIds(full), full.truncated]).toEqual([ids('acbdf'), true]);
    const six = await network({ seeds: [nid('a')], depth: 2, limit: 6 });
    expect([nodeIds(six), six.truncated]).toEqual([ids('acbdfe'), true]);
  });

  it('scores by PageRank, summing to 1', async () => {
    const n = await network({ seeds: [nid('a')], depth: 1 });
    const score = Object.fromEntries(n.nodes.map((x: any) => [x.paper.id.slice(4), x.score]));
    const sum = Object.values(score).reduce((s: number, v: any) => s + v, 0);
    expect(sum).toBeCloseTo(1, 9);
    // Every edge leads to a; d and f are cited by no one here, so they rank equal and last.
    expect(Math.max(...(Object.values(score) as number[]))).toBe(score.a);
    expect(score.d).toBeCloseTo(score.f, 12);
    expect(score.b).toBeGreaterThan(score.d);
    const alone = await network({ seeds: [nid('h')], depth: 3 });
    expect(alone).toEqual({
      truncated: false,
      nodes: [
        {
          paper: { id: nid('h'), title: 'Network paper H' },
          depth: 0,
          inDegree: 0,
          outDegree: 0,
          score: 1,
        },
      ],
      edges: [],
    });
  });

  it('refuses bad arguments with BAD_USER_INPUT', async () => {
    for (const vars of [
      { seeds: [nid('a')], depth: 0 },
      { seeds: [nid('a')], depth: 4 },
      { seeds: ['not a doi or id!'] },
      { seeds: [] },
      { seeds: [nid('a')], limit: 2001 },
      { seeds: [nid('a')], where: { minConfidence: 2 } },
    ]) {
      const res = await server.gql(NETWORK, vars);
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(vars)).toBe('BAD_USER_INPUT');
    }
  });

  it('reads the kept papers as the selection shows them, or whole', async () => {
    const ctx = createContext(db, testConfig());
    const req = networkRequest({ seeds: [nid('a')], depth: 1 });
    const shown = await ctx.repos.network.network(req, ['id', 'title', 'year']);
    const whole = await ctx.repos.network.network(req);
    // The same network either way; only what is read of each paper differs.
    expect(shown.nodes.map((n) => n.paper.id)).toEqual(ids('acbdf'));
    expect(whole.nodes.map((n) => n.paper.id)).toEqual(ids('acbdf'));
    expect(shown.edges).toEqual(whole.edges);
    expect(shown.nodes.map((n) => n.score)).toEqual(whole.nodes.map((n) => n.score));
    for (const { paper } of shown.nodes)
      expect(Object.keys(paper).sort()).toEqual(['id', 'title', 'year']);
    expect(whole.nodes[0]!.paper).toMatchObject({ id: nid('a'), year: 2010, citingPaperCount: 4 });

    // Through GraphQL, fields beyond id and title (the tally, here) come from the projection.
    const res = await server.gql(
      `{ citationNetwork(seeds: ["${nid('a')}"], depth: 1) {
           nodes { paper { id year tally { citingPapers references } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect((res.data as any).citationNetwork.nodes.map((n: any) => n.paper)).toEqual(
      [
        ['a', 2010, 4, 0],
        ['c', 2014, 3, 2],
        ['b', 2012, 2, 1],
        ['d', 2014, 2, 3],
        ['f', 2020, 0, 3],
      ].map(([k, year, citing, refs]) => ({
        id: nid(k as string),
        year,
        tally: { citingPapers: citing, references: refs },
      })),
    );
  });

  it('costs at most depth + 2 round trips', async () => {
    for (const depth of [1, 2, 3]) {
      const ctx = createContext(db, testConfig());
      const res = await server.app.apollo.executeOperation(
        { query: NETWORK, variables: { seeds: [nid('a')], depth } },
        { contextValue: ctx },
      );
      if (res.body.kind !== 'single') throw new Error('expected a single result');
      expect(res.body.singleResult.errors).toBeUndefined();
      // seeds, one query per level (level 3 runs and finds nothing new), then the edges
      expect(ctx.stats.queries).toEqual([
        'network.seeds',
        ...['network.level.both', 'network.level.both', 'network.level.both'].slice(0, depth),
        'network.edges',
      ]);
    }
  });
});
