import { describe, expect, it } from 'vitest';
import { loadSeed } from '../../seed/load.js';
import { seedDataset } from '../../seed/dataset/index.js';
import { useSeededService } from '../helpers/suite.js';

const { server } = useSeededService(loadSeed);

const LYONS = `{ paper(doi: "https://doi.org/10.1186/S12888-021-03321-Z") {
  title year authors { name } venue { name }
  tally { citingPapers statements supporting mentioning contrasting unclassified }
  externalTallies { source citingPublications statements supporting mentioning contrasting unclassified }
  citations(first: 5, where: { polarity: [MENTIONING], section: [DISCUSSION] }) {
    totalCount
    edges { cursor node { title year } statements { text section polarity confidence } }
    pageInfo { hasNextPage endCursor } } } }`;

describe('Lyons 2021 over HTTP', () => {
  it('answers the README query with the seed facts', async () => {
    const { data, errors } = await server.gql<{ paper: any }>(LYONS);
    expect(errors).toBeUndefined();
    const p = data!.paper;
    expect(p.title).toMatch(/^A systematic review and meta-analysis of group peer support/);
    expect(p.year).toBe(2021);
    expect(p.authors.map((a: { name: string }) => a.name)).toEqual([
      'Natasha Lyons',
      'Chris Cooper',
      'Brynmor Lloyd-Evans',
    ]);
    expect(p.venue.name).toBe('BMC Psychiatry');
    expect(p.externalTallies).toEqual([
      {
        source: 'scite',
        citingPublications: 78,
        statements: 90,
        supporting: 2,
        mentioning: 84,
        contrasting: 1,
        unclassified: 3,
      },
    ]);
    // The graph tally counts what the graph holds: the seed's statements about Lyons 2021.
    const aboutLyons = seedDataset.statements.filter((s) => s.cited.id === 'lyons-2021');
    const citingLyons = new Set(
      seedDataset.citations.filter((c) => c.cited.id === 'lyons-2021').map((c) => c.citing.id),
    );
    for (const s of aboutLyons) citingLyons.add(s.citing.id);
    expect(p.tally.statements).toBe(aboutLyons.length);
    expect(p.tally.mentioning).toBe(aboutLyons.filter((s) => s.polarity === 'MENTIONING').length);
    expect(p.tally.citingPapers).toBe(citingLyons.size);
    // Discussion statements, as the seed file gives them.
    const discussion = aboutLyons.filter(
      (s) => s.section === 'DISCUSSION' && s.polarity === 'MENTIONING',
    );
    expect(p.citations.totalCount).toBe(new Set(discussion.map((s) => s.citing.id)).size);
    const texts = p.citations.edges.flatMap((e: any) => e.statements.map((s: any) => s.text));
    expect(texts.sort()).toEqual(discussion.map((s) => s.text).sort());
    for (const e of p.citations.edges) {
      for (const s of e.statements)
        expect([s.section, s.polarity, s.confidence]).toEqual(['DISCUSSION', 'MENTIONING', 0.99]);
    }
  });

  it('finds a paper by DOI in any case, with or without a resolver prefix', async () => {
    for (const doi of [
      '10.1186/s12888-021-03321-z',
      '10.1186/S12888-021-03321-Z',
      'doi:10.1186/s12888-021-03321-Z',
    ]) {
      const { data } = await server.gql<{ paper: { id: string } }>(
        `query($d: String) { paper(doi: $d) { id } }`,
        { d: doi },
      );
      expect(data!.paper.id).toBe('lyons-2021');
    }
  });

  it('returns null for an unknown paper, and BAD_USER_INPUT for malformed input', async () => {
    expect((await server.gql(`{ paper(id: "no-such-paper") { id } }`)).data).toEqual({
      paper: null,
    });
    const bad = [
      `{ paper(doi: "not a doi") { id } }`,
      `{ paper(id: "lyons-2021") { citations(first: -1) { totalCount } } }`,
      `{ papers(first: 101) { totalCount } }`,
      `{ papers(after: "bm90LWEtY3Vyc29y") { totalCount } }`,
      `{ paper(id: "has spaces") { id } }`,
      `{ paper(id: "lyons-2021", doi: "10.1186/s12888-021-03321-z") { id } }`,
      `{ paper(id: "lyons-2021") { citations(where: { minConfidence: 2 }) { totalCount } } }`,
    ];
    for (const q of bad) {
      const { errors } = await server.gql(q);
      expect(errors?.[0]?.extensions?.code, q).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(errors)).not.toMatch(/MATCH|Neo4j|at .*\.ts|stack/);
    }
  });

  it('lists the intervention hierarchy and outcomes by domain', async () => {
    const { data } = await server.gql<any>(`{ interventionTypes { id parent { id } children { id } }
      outcomes(domain: CLINICAL) { id domain } }`);
    const byId = new Map(data.interventionTypes.map((t: any) => [t.id, t]));
    for (const c of seedDataset.concepts.filter((c) => c.kind === 'intervention')) {
      expect((byId.get(c.id) as any)?.parent?.id ?? undefined).toBe(c.parent);
    }
    const clinical = seedDataset.concepts
      .filter((c) => c.kind === 'outcome' && c.domain === 'CLINICAL')
      .map((c) => c.id);
    expect(data.outcomes.map((o: any) => o.id).sort()).toEqual(clinical.sort());
  });

  it('returns Lyons 2021 pooled findings', async () => {
    const { data } = await server.gql<any>(
      `{ paper(id: "lyons-2021") { findings { id outcome { id } measure estimate ciLower ciUpper k pooled } } }`,
    );
    const expected = seedDataset.findings.filter((f) => f.paper.id === 'lyons-2021');
    expect(data.paper.findings).toHaveLength(expected.length);
    const recovery = data.paper.findings.find(
      (f: any) => f.outcome.id === 'recovery' || f.id.includes('recovery'),
    );
    expect(recovery).toMatchObject({
      estimate: 0.18,
      ciLower: 0.07,
      ciUpper: 0.29,
      k: 5,
      pooled: true,
    });
  });

  it('searches titles, abstracts and statements in one ranked list', async () => {
    const { data } = await server.gql<any>(`{ search(text: "negative experience", first: 5) {
      totalCount edges { score node { __typename ... on Statement { text cited { id } } } } } }`);
    const top = data.search.edges[0];
    expect(top.node.__typename).toBe('Statement');
    expect(top.node.text).toContain('negative experience');
    expect(top.node.cited.id).toBe('lyons-2021');
    const scores = data.search.edges.map((e: any) => e.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('treats search text as words, never as query syntax', async () => {
    const { data, errors } = await server.gql<any>(
      `{ search(text: "peer AND (support OR [recovery") { totalCount } }`,
    );
    expect(errors).toBeUndefined();
    expect(data.search.totalCount).toBeGreaterThan(0);
  });
});

describe('flagged seed citations over HTTP', () => {
  it('answer verified=false with their note on NetworkEdge, and true elsewhere', async () => {
    const flagged = seedDataset.citations.find((c) => c.verified === false)!;
    const { data, errors } = await server.gql<{ citationNetwork: any }>(
      `query($seeds: [ID!]!) { citationNetwork(seeds: $seeds, depth: 1) {
        edges { source target sources verified note } } }`,
      { seeds: [flagged.citing.id] },
    );
    expect(errors).toBeUndefined();
    const edges = data!.citationNetwork.edges as {
      source: string;
      target: string;
      verified: boolean;
      note: string | null;
    }[];
    const edge = edges.find((e) => e.source === flagged.citing.id && e.target === flagged.cited.id);
    expect(edge).toMatchObject({ verified: false, note: flagged.note, sources: ['seed'] });
    const flaggedPairs = new Set(
      seedDataset.citations
        .filter((c) => c.verified === false)
        .map((c) => `${c.citing.id}>${c.cited.id}`),
    );
    const others = edges.filter((e) => !flaggedPairs.has(`${e.source}>${e.target}`));
    expect(others.length).toBeGreaterThan(0);
    for (const e of others) expect(e).toMatchObject({ verified: true, note: null });
  });
});
