/**
 * `evidence-graph harvest` against the loopback API server (test/helpers/api-server.ts),
 * serving the fixture literature of test/fixtures/harvest/: a seed (DOI
 * 10.1186/s12888-021-03321-z) with three references in OpenAlex (one without a DOI), a
 * fourth only in Crossref's deposit, two citing works in OpenAlex and a third only in
 * Semantic Scholar, S2 contexts with intents, and the seed's open-access JATS in Europe PMC.
 * Depth 1 from the seed builds exactly that neighbourhood, and the --json summary's counts
 * equal a census of the graph; the same work met through OpenAlex, S2, Crossref and the
 * full text is one paper; --offline rebuilds the same graph with no request made; 429,
 * 500 and cut-off answers are retried and counted; a source that keeps failing is
 * reported (exit 3) while the others are written. Over the API, a curator's startHarvest
 * runs the same harvest in the service's queue and harvestJob reports it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { runHarvest } from '../../src/services/harvest.js';
import type { HarvestOptions } from '../../src/harvest/options.js';
import { startApiServer, type ApiServer } from '../helpers/api-server.js';
import { fixtureWorld } from '../helpers/api-world.js';
import { runCli } from '../helpers/cli.js';
import { counterDrift, graphCensus, resetDatabase, testConfig } from '../helpers/db.js';
import { useDatabase } from '../helpers/suite.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { signDevToken } from '../../src/auth/jwt.js';
import { harvestQueue } from '../../src/services/harvest-jobs.js';

const SEED = '10.1186/s12888-021-03321-z';
const SECRET = 'harvest-test-secret-of-at-least-32-chars';
const tmp = (name: string) => mkdtempSync(join(tmpdir(), `eg-harvest-${name}-`));

/** The neighbourhood: 8 works reached, plus the full text's one reference outside it. */
const EXPECTED = {
  'node:Paper': 9,
  'rel:CITES': 9,
  'node:Statement': 8,
};

let api: ApiServer;
const db = useDatabase();
beforeAll(async () => {
  api = await startApiServer(fixtureWorld());
});
afterAll(() => api.close());

const IDENTIFY = { HARVEST_MAILTO: 'curator@example.org', S2_API_KEY: 'test-s2-key' };
const harvestCli = (args: string[], cacheDir: string) =>
  runCli(['harvest', '--doi', SEED, '--json', '--cache-dir', cacheDir, ...args], undefined, {
    ...api.env,
    ...IDENTIFY,
  });

function pick(census: Record<string, number>) {
  return {
    'node:Paper': census['node:Paper'] ?? 0,
    'rel:CITES': census['rel:CITES'] ?? 0,
    'node:Statement': census['node:Statement'] ?? 0,
  };
}

/** What the harvest wrote, as comparable rows. */
async function graphRows() {
  return db.read({
    name: 'test.harvestRows',
    text: `MATCH (p:Paper) OPTIONAL MATCH (p)-[:CITES]->(c:Paper)
WITH p, c ORDER BY coalesce(c.doi, c.openalexId, c.pmid)
WITH p, collect(coalesce(c.doi, c.openalexId, c.pmid)) AS cited
OPTIONAL MATCH (p)-[:MAKES]->(s:Statement)
WITH p, cited, s ORDER BY s.text
WITH p, cited, collect(s.text + '|' + coalesce(s.purpose, '-')) AS said
RETURN coalesce(p.doi, p.openalexId, p.pmid) AS key, p.title AS title, p.s2Id AS s2Id,
  p.openalexId AS openalexId, p.pmcid AS pmcid, cited, said ORDER BY key`,
  });
}

describe('harvest --depth 1 --fulltext from one seed', () => {
  const cache = tmp('clean');
  let clean: Awaited<ReturnType<typeof graphRows>>;

  it('builds the seed neighbourhood, and the summary equals a census of the graph', async () => {
    const res = await harvestCli(['--depth', '1', '--fulltext'], cache);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const summary = JSON.parse(res.stdout);
    const census = pick(await graphCensus(db));
    expect(census).toEqual(EXPECTED);
    expect({
      'node:Paper': summary.papers,
      'rel:CITES': summary.citations,
      'node:Statement': summary.statements,
    }).toEqual(census);
    expect(summary).toMatchObject({ seeds: 1, reached: 8, fullTexts: 1, rejects: 0, failures: [] });
    expect(summary.requests.openalex).toBeGreaterThan(0);
    expect(summary.requests.s2).toBeGreaterThan(0);
    expect(summary.requests.crossref).toBe(1);
    expect(summary.requests.europepmc).toBe(2);
    expect(summary.cacheHits).toBe(0);
    expect(await counterDrift(db)).toEqual([]);
    // Identification: mailto for the polite pools of OpenAlex and Crossref, S2's key.
    for (const r of api.requests) {
      const polite = /^\/(openalex|crossref)\//.test(r.path);
      expect(r.query.get('mailto')).toBe(polite ? IDENTIFY.HARVEST_MAILTO : null);
      const s2 = r.path.startsWith('/s2/');
      expect(r.headers?.['x-api-key']).toBe(s2 ? IDENTIFY.S2_API_KEY : undefined);
    }
    clean = await graphRows();
  });

  it('makes S2 contexts statements with the purpose of their intents', async () => {
    const rows = await db.read({
      name: 'test.s2Statements',
      text: `MATCH (a:Paper)-[:MAKES]->(s:Statement {source: 'semantic-scholar'})-[:REFERS_TO]->(b:Paper)
RETURN a.doi AS citing, b.doi AS cited, s.purpose AS purpose, s.purposeSource AS by
ORDER BY citing, cited, purpose`,
    });
    expect(rows).toEqual([
      { citing: SEED, cited: '10.5555/h.r1', purpose: 'BACKGROUND', by: 'SOURCE' },
      { citing: '10.5555/h.c1', cited: SEED, purpose: 'METHOD', by: 'SOURCE' },
      { citing: '10.5555/h.c1', cited: SEED, purpose: 'METHOD', by: 'SOURCE' },
      { citing: '10.5555/h.c2', cited: SEED, purpose: 'RESULT', by: 'SOURCE' },
      // No intent from S2: the classifier gives the purpose, marked as the model's.
      { citing: '10.5555/h.c3', cited: SEED, purpose: expect.any(String), by: 'MODEL' },
    ]);
  });

  it("extracts statements from the seed's open-access full text", async () => {
    const rows = await db.read(
      {
        name: 'test.jatsStatements',
        text: `MATCH (a:Paper {doi: $seed})-[:MAKES]->(s:Statement)-[:REFERS_TO]->(b:Paper)
WHERE 'jats' IN s.sources
RETURN coalesce(b.doi, 'pmid:' + b.pmid) AS cited, s.section AS section ORDER BY cited`,
      },
      { seed: SEED },
    );
    expect(rows).toEqual([
      { cited: '10.5555/h.r1', section: 'INTRODUCTION' },
      { cited: '10.5555/h.r2', section: 'METHODS' },
      { cited: 'pmid:31000001', section: 'DISCUSSION' },
    ]);
  });

  it('makes one paper of the work met through OpenAlex, S2, Crossref and Europe PMC', async () => {
    const rows = await db.read(
      {
        name: 'test.seedPaper',
        text: `MATCH (p:Paper) WHERE p.doi = $seed OR p.openalexId = 'W100'
  OR p.s2Id = $s2 OR p.pmcid = 'PMC8000001'
RETURN p.doi AS doi, p.openalexId AS openalexId, p.s2Id AS s2Id, p.pmcid AS pmcid, p.sources AS sources`,
      },
      { seed: SEED, s2: '1'.repeat(40) },
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      doi: SEED,
      openalexId: 'W100',
      s2Id: '1'.repeat(40),
      pmcid: 'PMC8000001',
    });
    const citing = await db.read(
      {
        name: 'test.citingOne',
        text: `MATCH (p:Paper) WHERE p.doi = '10.5555/h.c1' OR p.openalexId = 'W301' OR p.s2Id = $s2
RETURN p.openalexId AS openalexId, p.s2Id AS s2Id`,
      },
      { s2: '3'.repeat(40) },
    );
    expect(citing).toEqual([{ openalexId: 'W301', s2Id: '3'.repeat(40) }]);
  });

  it('--offline rebuilds the same graph in an empty store, asking no API', async () => {
    await resetDatabase(db);
    const before = api.count();
    const res = await harvestCli(['--depth', '1', '--fulltext', '--offline'], cache);
    expect(res.code).toBe(0);
    expect(api.count()).toBe(before);
    const summary = JSON.parse(res.stdout);
    expect(summary.requests).toEqual({ openalex: 0, s2: 0, crossref: 0, europepmc: 0 });
    expect(summary.cacheHits).toBeGreaterThan(0);
    expect(pick(await graphCensus(db))).toEqual(EXPECTED);
    expect(await graphRows()).toEqual(clean);
  });

  it('--offline with an empty cache fails each source by name (exit 3) and writes nothing', async () => {
    await resetDatabase(db);
    const res = await harvestCli(['--depth', '1', '--offline'], tmp('empty'));
    expect(res.code).toBe(3);
    expect(res.stderr).toMatch(/error: openalex failed: .*not in the cache/);
    expect(res.stderr).toMatch(/error: s2 failed: .*not in the cache/);
    expect(pick(await graphCensus(db))['node:Paper']).toBe(0);
  });

  it('--dry-run fetches and checks but writes nothing', async () => {
    await resetDatabase(db);
    const res = await harvestCli(['--depth', '1', '--dry-run'], cache);
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ dryRun: true, papers: 0, reached: 8 });
    expect(pick(await graphCensus(db))['node:Paper']).toBe(0);
  });

  it('refuses a seed that is not a DOI, and a run with no seed, as usage errors', async () => {
    expect((await runCli(['harvest', '--doi', 'nope'], undefined, api.env)).code).toBe(2);
    const none = await runCli(['harvest', '--depth', '1'], undefined, api.env);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/at least one seed/);
  });
});

describe('harvest over a faulty network', () => {
  const options = (cacheDir: string): HarvestOptions => ({
    dois: [SEED],
    depth: 1,
    direction: 'both',
    sources: ['openalex', 's2', 'crossref', 'europepmc'],
    fulltext: true,
    maxPapers: 2000,
    dryRun: false,
    cacheDir,
    offline: false,
  });
  const config = () => loadConfig({ ...process.env, ...api.env });
  const fast = { baseDelayMs: 1, maxDelayMs: 5, retries: 3 };

  it('retries 429 (honouring Retry-After), 500 and cut-off answers, counts them, and builds the same graph', async () => {
    await resetDatabase(db);
    api.faults.push(
      { path: /^\/openalex\/works\/doi:/, kind: '429', retryAfter: 0, times: 1 },
      { path: /\/citations$/, kind: '500', times: 2 },
      { path: /^\/crossref\//, kind: 'truncate', times: 1 },
      { path: /fullTextXML$/, kind: 'slow', delayMs: 50, times: 1 },
    );
    const summary = await runHarvest(db, config(), options(tmp('faults')), { http: fast });
    expect(api.faults.every((f) => f.times === 0)).toBe(true);
    expect(summary.retries).toBe(4);
    expect(summary.failures).toEqual([]);
    expect(pick(await graphCensus(db))).toEqual(EXPECTED);
  });

  it('a source that keeps failing is reported; the others are written', async () => {
    await resetDatabase(db);
    api.faults.push({ path: /^\/europepmc\//, kind: '500', times: 100 });
    const summary = await runHarvest(db, config(), options(tmp('down')), { http: fast });
    api.faults.length = 0;
    expect(summary.failures).toEqual([
      { source: 'europepmc', reason: expect.stringMatching(/HTTP 500, after 4 tries/) },
    ]);
    expect(summary.fullTexts).toBe(0);
    // Everything but the full text's statements and its reference outside the harvest.
    expect(pick(await graphCensus(db))).toEqual({
      'node:Paper': 8,
      'rel:CITES': 8,
      'node:Statement': 5,
    });
  });
});

describe('harvest options: what a dry run reaches', () => {
  const base = (over: Partial<HarvestOptions>): HarvestOptions => ({
    dois: [SEED],
    depth: 1,
    direction: 'both',
    sources: ['openalex', 's2', 'crossref', 'europepmc'],
    fulltext: false,
    maxPapers: 2000,
    dryRun: true,
    cacheDir: tmp('options'),
    offline: false,
    ...over,
  });
  const reached = async (over: Partial<HarvestOptions>) =>
    (await runHarvest(db, loadConfig({ ...process.env, ...api.env }), base(over))).reached;

  it('follows --depth, --direction, --max-papers and the year range', async () => {
    expect(await reached({ depth: 0 })).toBe(1);
    // The seed, three OpenAlex references, the one only Crossref lists.
    expect(await reached({ direction: 'references' })).toBe(5);
    // The seed, two citing works in OpenAlex, one only S2 knows.
    expect(await reached({ direction: 'citations' })).toBe(4);
    // Level 2 adds nothing: no fixture work cites the citing works.
    expect(await reached({ direction: 'citations', depth: 2 })).toBe(4);
    expect(await reached({ maxPapers: 3 })).toBe(3);
    // 2015, 2016 and 2012 references fall out; the Crossref-only one has no year and stays.
    expect(await reached({ yearFrom: 2020 })).toBe(5);
    expect(await reached({ sources: ['crossref'] })).toBe(4);
  });

  it('takes seeds from a BibTeX file or a DOI list (--from) and from an OpenAlex search (--query)', async () => {
    const dir = tmp('from');
    const bib = join(dir, 'library.bib');
    writeFileSync(bib, `@article{seed, title = {Harvest seed}, doi = {${SEED}}, year = {2021}}\n`);
    const list = join(dir, 'dois.txt');
    writeFileSync(list, `# seeds\nhttps://doi.org/${SEED}\n10.5555/h.c1\n`);
    const fromBib = await runCli(
      ['harvest', '--from', bib, '--depth', '0', '--dry-run', '--json', '--cache-dir', dir],
      undefined,
      api.env,
    );
    expect(JSON.parse(fromBib.stdout)).toMatchObject({ seeds: 1, reached: 1 });
    const fromList = await runCli(
      ['harvest', '--from', list, '--depth', '0', '--dry-run', '--json', '--cache-dir', dir],
      undefined,
      api.env,
    );
    expect(JSON.parse(fromList.stdout)).toMatchObject({ seeds: 2, reached: 2 });
    expect(await reached({ dois: [], query: 'citing', queryLimit: 5, depth: 0 })).toBe(2);
    const bad = await runCli(['harvest', '--from', join(dir, 'none.txt')], undefined, api.env);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringMatching(/cannot read the file/)]);
  });
});

describe('startHarvest and harvestJob over the API', () => {
  let server: TestServer;
  let curator: Record<string, string>;
  beforeAll(async () => {
    const base = testConfig();
    server = await startTestServer(db, {
      auth: { ...base.auth, jwtSecret: SECRET },
      harvest: loadConfig(api.env).harvest,
      embedded: { ...base.embedded, dataDir: tmp('api') },
    });
    curator = { authorization: `Bearer ${await signDevToken(SECRET, 'cur-1', 'curator', '10m')}` };
  });
  afterAll(() => server.stop());

  it('a curator starts a harvest and follows it to the end; the graph holds what it reports', async () => {
    await resetDatabase(db);
    const start = await server.gql<any>(
      `mutation { startHarvest(input: { dois: ["https://doi.org/${SEED.toUpperCase()}"], depth: 1, fulltext: true }) { id status done dois } }`,
      {},
      curator,
    );
    expect(start.errors).toBeUndefined();
    expect(start.data.startHarvest).toMatchObject({ done: false, dois: [SEED] });
    // A second one queues behind the first.
    const second = await server.gql<any>(
      `mutation { startHarvest(input: { dois: ["${SEED}"], depth: 0, sources: [OPENALEX] }) { id status } }`,
      {},
      curator,
    );
    expect(second.data.startHarvest.status).toBe('QUEUED');
    await harvestQueue.idle();
    const q = `query($id: ID!) { harvestJob(id: $id) { status phase done failed errors { source reason }
      counts { reached papers citations statements fullTexts requests cacheHits retries rejects } } }`;
    const job = (await server.gql<any>(q, { id: start.data.startHarvest.id }, curator)).data
      .harvestJob;
    expect(job).toMatchObject({
      status: 'DONE',
      phase: null,
      done: true,
      failed: false,
      errors: [],
    });
    expect(job.counts).toMatchObject({
      reached: 8,
      papers: EXPECTED['node:Paper'],
      citations: EXPECTED['rel:CITES'],
      statements: EXPECTED['node:Statement'],
      fullTexts: 1,
      rejects: 0,
    });
    expect(pick(await graphCensus(db))).toEqual(EXPECTED);
    const after = (await server.gql<any>(q, { id: second.data.startHarvest.id }, curator)).data;
    expect(after.harvestJob).toMatchObject({ status: 'DONE', counts: { papers: 0 } });
  });

  it('refuses bad input by field, and answers null for an unknown job', async () => {
    const bad = await server.gql<any>(
      'mutation { startHarvest(input: { dois: ["not a doi"] }) { id } }',
      {},
      curator,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'dois' });
    const deep = await server.gql<any>(
      `mutation { startHarvest(input: { dois: ["${SEED}"], depth: 3 }) { id } }`,
      {},
      curator,
    );
    expect(deep.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'depth',
    });
    const none = await server.gql<any>('{ harvestJob(id: "nope") { id } }', {}, curator);
    expect(none.data).toEqual({ harvestJob: null });
  });
});
