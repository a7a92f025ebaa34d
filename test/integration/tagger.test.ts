/**
 * The concept tagger in the graph (issue 16), on the real Neo4j and the curated seed:
 * a BibTeX import links its papers (title, abstract, keywords) and a statements import its
 * statements to the concepts they name, every link TAGGER with its version and evidence
 * span; `tag --all` leaves every curated link as it was and is idempotent; a synonym
 * changed by a curator and re-tagged moves only TAGGER links; counters and paperCount equal
 * a recount; evidenceMap(linkSources: [CURATED]) is exactly the map before any tagging.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../../seed/load.js';
import { CurationRepository } from '../../src/repositories/curation.js';
import { runCli, runImport } from '../helpers/cli.js';
import { counterDrift } from '../helpers/db.js';
import { useSeededService } from '../helpers/suite.js';

const { db, server } = useSeededService(loadSeed);
const dir = mkdtempSync(join(tmpdir(), 'eg-tagger-'));

// Our own synthetic records; the words are chosen to hit the seed's synonyms.
const BIB = `@article{tagA,
  title = {Peer-led groups for young adults: a pilot},
  abstract = {We ran peer support groups led by a peer support worker (PSW). Hope was measured with the Herth Hope Index and depressive symptoms with the PHQ-9. Hopefully the PSW model spreads.},
  year = {2023},
  doi = {10.5555/tagger.a}
}
@article{tagB,
  title = {Mutual aid in a consumer-run drop-in centre},
  abstract = {Members described their self-stigma and service use over a year.},
  year = {2022},
  doi = {10.5555/tagger.b}
}
@article{tagC,
  title = {An evaluation of a walking programme},
  abstract = {Fixture text that names no concept at all.},
  keywords = {Quality of life; Psychiatry, Mental health},
  year = {2021},
  doi = {10.5555/tagger.c}
}
`;
const STATEMENTS = `citing_doi,cited_doi,text,section,polarity,purpose,confidence,about
10.5555/tagger.b,10.5555/tagger.a,Hope in peer support groups rose in the pilot.,Discussion,supporting,result,0.9,
10.5555/tagger.b,10.5555/tagger.a,The pilot measured empowerment as well.,Results,mentioning,result,0.9,depression
`;

const MAP = `cells { intervention { id } outcome { id } studies reviews machineTaggedPapers
  papers(first: 100) { id } statements { supporting mentioning contrasting unclassified }
  statementList(first: 100) { id } pooled { k estimate } }`;

async function gql(query: string, variables?: Record<string, unknown>) {
  const { data, errors } = await server.gql(query, variables);
  expect(errors).toBeUndefined();
  return data as any;
}

/** Every curated concept link with all its properties, sorted: must never move. */
async function curatedLinks(): Promise<unknown[]> {
  return db.read({
    name: 'test.curatedLinks',
    text: `MATCH (a)-[r:STUDIES|MEASURES|ABOUT]->(c) WHERE r.linkSource IS NULL
RETURN a.id + ' ' + type(r) + ' ' + c.id AS link, properties(r) AS props ORDER BY link`,
  });
}

async function taggerLinks(): Promise<Record<string, unknown>[]> {
  return db.read({
    name: 'test.taggerLinks',
    text: `MATCH (a)-[r:STUDIES|MEASURES|ABOUT]->(c) WHERE r.linkSource = 'TAGGER'
RETURN a.id AS from, type(r) AS type, c.id AS concept, r.evidenceField AS field,
       r.evidenceText AS text, r.evidenceStart AS start, r.taggerVersion AS version, r.sources AS sources
ORDER BY from, type, concept`,
  });
}

const tag = async (...args: string[]) => {
  const run = await runCli(['tag', '--json', ...args]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as {
    papers: { visited: number; retagged: number };
    statements: { visited: number; retagged: number };
  };
};

describe('concept tagger: import, tag --all, synonyms, evidence map', { timeout: 240_000 }, () => {
  let curatedMap: unknown;
  /** The curated links after the imports below: the seed's and one curated ABOUT. */
  let curatedBefore: unknown[];
  /** The paper whose only evidence is a keyword. */
  let tagC: string;

  it('the seed is untagged: its links are all curated (the gold standard)', async () => {
    curatedMap = (await gql(`{ evidenceMap { ${MAP} } }`)).evidenceMap;
    const seedLinks = await curatedLinks();
    expect(seedLinks.length).toBeGreaterThan(20);
    expect(await taggerLinks()).toEqual([]);
  });

  it('a BibTeX and a statements import link papers and statements to what they name, as TAGGER with evidence', async () => {
    writeFileSync(join(dir, 'tag.bib'), BIB);
    writeFileSync(join(dir, 'statements.csv'), STATEMENTS);
    const run = await runImport([join(dir, 'tag.bib'), join(dir, 'statements.csv'), '--json']);
    expect(run.code).toBe(0);
    const data = await gql(`{ a: paper(doi: "10.5555/tagger.a") { id
        interventions(sources: [TAGGER]) { id } curated: interventions(sources: [CURATED]) { id }
        outcomes { id }
        conceptLinks { relation linkSource taggerVersion sources concept { id } evidence { field text start end } } } }`);
    const a = data.a;
    // Hand-counted: "Peer-led" (title) → peer-support; "peer support groups" →
    // peer-support-group (the longest term there); "peer support worker" adds nothing new;
    // Hope, the Herth Hope Index → hope; "depressive symptoms", PHQ-9 → depression.
    // "Hopefully" is no mention of hope; "PSW" adds nothing new (peer-support is linked already).
    expect(a.interventions.map((c: any) => c.id).sort()).toEqual([
      'peer-support',
      'peer-support-group',
    ]);
    expect(a.curated).toEqual([]);
    expect(a.outcomes.map((c: any) => c.id).sort()).toEqual(['depression', 'hope']);
    const hope = a.conceptLinks.find((l: any) => l.concept.id === 'hope');
    expect(hope).toEqual({
      relation: 'MEASURES',
      linkSource: 'TAGGER',
      taggerVersion: 'tagger@1',
      sources: ['tagger@1'],
      concept: { id: 'hope' },
      evidence: { field: 'abstract', text: 'Hope', start: 63, end: 67 },
    });
    const peer = a.conceptLinks.find((l: any) => l.concept.id === 'peer-support');
    expect(peer.evidence).toEqual({ field: 'title', text: 'Peer-led', start: 0, end: 8 });

    // tagC names a concept only in its keywords: the link says so; the broad keyword
    // "Psychiatry" names nothing. Keywords are stored and served; topics are an empty list.
    const c = (
      await gql(`{ paper(doi: "10.5555/tagger.c") { id keywords topics
        conceptLinks { linkSource concept { id } evidence { field text start end } } } }`)
    ).paper;
    expect(c.keywords).toEqual(['Quality of life', 'Psychiatry', 'Mental health']);
    expect(c.topics).toEqual([]);
    expect(c.conceptLinks).toEqual([
      {
        linkSource: 'TAGGER',
        concept: { id: 'quality-of-life' },
        evidence: { field: 'keywords', text: 'Quality of life', start: 0, end: 15 },
      },
    ]);
    tagC = c.id;

    const b = await taggerLinks();
    const fromB = b.filter((l) => l.from !== a.id && l.from !== c.id && l.type !== 'ABOUT');
    expect(fromB.map((l) => [l.type, l.concept])).toEqual([
      ['MEASURES', 'internalised-stigma'],
      ['MEASURES', 'service-use'],
      ['STUDIES', 'mutual-support-group'],
      ['STUDIES', 'peer-support'],
    ]);

    const statements =
      await gql(`{ statements(where: { citing: "${fromB[0]!.from}" }) { edges { node {
        text about { id } tagged: about(sources: [TAGGER]) { id } curated: about(sources: [CURATED]) { id }
        aboutLinks { linkSource concept { id } evidence { text } } } } } }`);
    const byText = Object.fromEntries(
      statements.statements.edges.map((e: any) => [e.node.text.slice(0, 4), e.node]),
    );
    // "hope in peer support groups" is about both concepts, both TAGGER.
    expect(byText['Hope'].about.map((c: any) => c.id).sort()).toEqual([
      'hope',
      'peer-support-group',
    ]);
    expect(byText['Hope'].curated).toEqual([]);
    // A curated about (depression) stays CURATED next to the tagger's empowerment.
    expect(byText['The '].curated.map((c: any) => c.id)).toEqual(['depression']);
    expect(byText['The '].tagged.map((c: any) => c.id)).toEqual(['empowerment']);
    curatedBefore = await curatedLinks();
  });

  it('tag --all keeps every curated link, re-tags idempotently, and counters equal a recount', async () => {
    const first = await tag('--all');
    expect(first.papers.visited).toBeGreaterThan(20);
    expect(await curatedLinks()).toEqual(curatedBefore);
    // The tag command reads stored keywords too: tagC's keyword link is redone, not dropped.
    expect((await taggerLinks()).filter((l) => l.from === tagC)).toEqual([
      expect.objectContaining({ concept: 'quality-of-life', field: 'keywords', start: 0 }),
    ]);
    // Never a second link next to a curated one: one relationship per (node, type, concept).
    const [dupes] = await db.read({
      name: 'test.duplicateLinks',
      text: `MATCH (a)-[r:STUDIES|MEASURES|ABOUT]->(c) WITH a, type(r) AS t, c, count(r) AS n
WHERE n > 1 RETURN count(*) AS n`,
    });
    expect(dupes!.n).toBe(0);
    // The seed's curated links the tagger also finds stay CURATED (Lyons 2021's title names
    // group peer support, which its curated STUDIES already links).
    const lyons = await gql(`{ paper(doi: "10.1186/s12888-021-03321-z") {
      conceptLinks { linkSource concept { id } } } }`);
    expect(lyons.paper.conceptLinks).toContainEqual({
      linkSource: 'CURATED',
      concept: { id: 'group-peer-support' },
    });
    const tagged = await taggerLinks();
    const again = await tag('--all');
    expect(again.papers.retagged + again.statements.retagged).toBe(0);
    expect(await taggerLinks()).toEqual(tagged);
    // The default scope has nothing left to do: every text is tagged by this version.
    const rest = await tag();
    expect(rest.papers.visited + rest.statements.visited).toBe(0);
    expect(await counterDrift(db)).toEqual([]);
    const counts = await gql(`{ interventionTypes { id paperCount } outcomes { id paperCount } }`);
    const recount = await db.read({
      name: 'test.recount',
      text: `MATCH (c) WHERE c:InterventionType OR c:Outcome
RETURN c.id AS id, COUNT { (c)<-[:STUDIES|MEASURES]-(:Paper) } AS n ORDER BY id`,
    });
    const got = [...counts.interventionTypes, ...counts.outcomes]
      .map((c: any) => ({ id: c.id, n: c.paperCount }))
      .sort((x, y) => (x.id < y.id ? -1 : 1));
    expect(got).toEqual(recount);
  });

  it('a synonym a curator changes, re-tagged, moves only TAGGER links', async () => {
    const curated = await curatedLinks();
    const before = await taggerLinks();
    const repo = new CurationRepository(db, { roundTrips: 0, queries: [] });
    const actor = { id: 'curator-1', role: 'curator' };
    const stigma = (await gql(`{ outcomes { id synonyms } }`)).outcomes.find(
      (o: any) => o.id === 'internalised-stigma',
    );
    await repo.setConceptSynonyms(
      actor,
      'internalised-stigma',
      stigma.synonyms.filter((s: string) => !/self.stigma/i.test(s)),
      null,
    );
    await repo.setConceptSynonyms(actor, 'empowerment', ['drop-in centre'], null);
    // Typed refusals, and an audit record of the change.
    await expect(
      repo.setConceptSynonyms(actor, 'peer-support', [], ['PHQ-9']),
    ).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    await expect(repo.setConceptSynonyms(actor, 'no-such-concept', [], null)).rejects.toMatchObject(
      {
        code: 'NOT_FOUND',
      },
    );
    const [audit] = await db.read({
      name: 'test.synonymAudit',
      text: `MATCH (c:Change {action: 'SET_CONCEPT_SYNONYMS', target: 'empowerment'}) RETURN c.after AS after`,
    });
    expect(JSON.parse(audit!.after as string).synonyms).toEqual(['drop-in centre']);
    const run = await tag('--all');
    expect(run.papers.retagged).toBe(1);
    const after = await taggerLinks();
    const key = (l: Record<string, unknown>) => `${l.from} ${l.type} ${l.concept}`;
    const gone = before.filter((l) => !after.some((m) => key(m) === key(l))).map((l) => l.concept);
    const added = after.filter((l) => !before.some((m) => key(m) === key(l))).map((l) => l.concept);
    expect(gone).toEqual(['internalised-stigma']);
    expect(added).toEqual(['empowerment']);
    expect(await curatedLinks()).toEqual(curated);
    expect(await counterDrift(db)).toEqual([]);
  });

  it('evidenceMap(linkSources: [CURATED]) is exactly the map before tagging; the default map counts machine-tagged papers', async () => {
    const curatedOnly = (await gql(`{ evidenceMap(linkSources: [CURATED]) { ${MAP} } }`))
      .evidenceMap;
    expect(curatedOnly).toEqual(curatedMap);
    const all = (await gql(`{ evidenceMap { ${MAP} } }`)).evidenceMap;
    const tagged = all.cells.reduce((n: number, c: any) => n + c.machineTaggedPapers, 0);
    expect(tagged).toBeGreaterThan(0);
    for (const c of all.cells) expect(c.machineTaggedPapers).toBeLessThanOrEqual(c.papers.length);
    expect((curatedMap as any).cells.every((c: any) => c.machineTaggedPapers === 0)).toBe(true);
  });
});
