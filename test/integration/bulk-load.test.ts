/**
 * The bulk load (src/importers/bulk) must build exactly the graph that the
 * batch writer builds from the same files: every node with every property,
 * every relationship with its properties, the same counters and the same
 * rejects. Path A imports into the suite's Neo4j through runImport; path B
 * bulk-loads the same files into a new data directory with `evidence-graph import
 * --bulk`, as a user would, and opens it with its own engine.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../src/db/driver.js';
import { jvmOptions } from '../../src/config.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/db/embedded.js';
import { Executor } from '../../src/db/executor.js';
import { INTEGER_PROPERTIES_BY_OWNER } from '../../src/domain/integer-properties.js';
import { generateCorpus } from '../../src/importers/generate/index.js';
import { bulkLoad, BulkLoadError, type BulkLoadSummary } from '../../src/importers/bulk/index.js';
import { fileSource, runImport, type ImportSummary } from '../../src/importers/run.js';
import { runCli, type CliEnv, type CliResult } from '../helpers/cli.js';
import { counterDrift, resetDatabase, testDatabase } from '../helpers/db.js';
import { freePort } from '../helpers/ports.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/import');
const work = mkdtempSync(join(tmpdir(), 'eg-bulk-test-'));
const corpusDir = join(work, 'corpus');
const store = join(work, 'store');

/** A title and a statement that stress CSV and XML: quotes, commas, newlines, & < and a control byte. */
const TRICKY_CSL = JSON.stringify([
  {
    id: 'tricky',
    type: 'article-journal',
    title: 'Peer support, "hope" & <recovery>:\na two-line title with a bell \u0007 in it',
    DOI: '10.9999/bulk.tricky',
    author: [
      { family: "O'Brien", given: 'Ann' },
      { family: 'Ng', given: 'Li' },
    ],
    'container-title': 'Journal; of, "Tests"',
    issued: { 'date-parts': [[2020, 3]] },
    // Keywords with quotes, & and < (the list's cells in the bulk CSV); lists are compared below.
    keyword: 'peer "mentors" & <hope>; Peer support, HOPE; major   depression',
  },
  // No type: both paths must leave publicationTypes out, not store an empty list.
  {
    id: 'untyped',
    title: 'A record that names no type',
    DOI: '10.9999/bulk.untyped',
    issued: { 'date-parts': [[2019]] },
  },
]);
const TRICKY_STATEMENTS = [
  'citing_doi,cited_doi,text,section,polarity,purpose,confidence,about',
  '10.9999/bulk.tricky,10.5555/eg.7.3,"Unlike ""earlier"" work,\nthis trial found no effect & <none> on hope.",DISCUSSION,CONTRASTING,RESULT,0.81,',
  '10.9999/bulk.tricky,10.5555/eg.7.3,A second statement about the same pair.,INTRODUCTION,SUPPORTING,BACKGROUND,0.6,',
  '10.9999/bulk.tricky,10.9999/unknown,This refers to a paper nobody imported.,INTRODUCTION,MENTIONING,,,',
].join('\n');

type Dump = { nodes: string[]; rels: string[] };

/** Numbers compare by value here; their Neo4j types are compared by `types` in the dump. */
function canonical(value: unknown): unknown {
  if (typeof value === 'number')
    return Number.isInteger(value) ? value : Number(value.toPrecision(15));
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    if ('year' in value && 'month' in value && 'day' in value) return '<datetime>';
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

/**
 * Each property's Neo4j type (`year:INTEGER NOT NULL`), sorted: the driver hands both
 * Integer and Float back as JS numbers, so values alone cannot tell `2010` from `2010.0`.
 */
const TYPES = (v: string) =>
  `COLLECT { UNWIND keys(${v}) AS k RETURN k + ':' + valueType(${v}[k]) AS t ORDER BY t }`;

/** The distinct Neo4j types of every integer property (src/domain/integer-properties.ts) present. */
async function integerTypes(db: Executor): Promise<string[]> {
  const out: string[] = [];
  for (const [owner, props] of Object.entries(INTEGER_PROPERTIES_BY_OWNER)) {
    const match = /^[A-Z][a-z]/.test(owner) ? `(n:${owner})` : `()-[n:${owner}]->()`;
    const rows = await db.read(
      {
        name: 'test.integerTypes',
        text: `MATCH ${match} UNWIND $props AS k WITH k, n[k] AS v WHERE v IS NOT NULL
          RETURN DISTINCT k, valueType(v) AS type ORDER BY k, type`,
      },
      { props },
    );
    for (const r of rows) out.push(`${owner}.${r.k}:${r.type}`);
  }
  return out;
}

async function dump(db: Executor): Promise<Dump> {
  const nodes = await db.read({
    name: 'test.dumpNodes',
    text: `MATCH (n) WHERE NOT n:Change RETURN labels(n) AS labels, properties(n) AS props,
      ${TYPES('n')} AS types`,
  });
  const rels = await db.read({
    name: 'test.dumpRels',
    text: `MATCH (a)-[r]->(b) RETURN type(r) AS type, labels(a)[0] + ':' + a.id AS a,
      labels(b)[0] + ':' + b.id AS b, properties(r) AS props, ${TYPES('r')} AS types`,
  });
  return {
    nodes: nodes.map((n) => JSON.stringify(canonical(n))).sort(),
    rels: rels.map((r) => JSON.stringify(canonical(r))).sort(),
  };
}

function sourceFiles(): string[] {
  return [
    ...[
      'taxonomy.csv',
      'openalex-snapshot.jsonl',
      'refs.csl.json',
      'statements.csv',
      'findings.csv',
      // One work three ways, so both paths must merge two stored papers: Lyons 2021 by DOI
      // alone (a Crossref item), by OpenAlex id alone (a record the OpenAlex list cites),
      // then with both (openalex-merge-both.jsonl).
      'crossref-items.json',
      'openalex-merge.jsonl',
      'openalex-list.json',
      'openalex-merge-both.jsonl',
    ].map((f) => join(FIXTURES, f)),
    ...['taxonomy.csv', 'papers-00001.jsonl', 'statements-00001.csv', 'findings-00001.csv'].map(
      (f) => join(corpusDir, f),
    ),
    join(work, 'tricky.csl.json'),
    join(work, 'tricky-statements.csv'),
  ];
}

const sources = () => sourceFiles().map((f) => fileSource(f, 'auto'));
const bulkRejectsFile = join(work, 'bulk-rejects.jsonl');

describe('bulk load', () => {
  const db = testDatabase();
  let viaWriter: ImportSummary;
  let viaBulk: BulkLoadSummary;
  let bulkRejects: unknown[] = [];
  let bulkRun: CliResult;
  let bulkNeo: EmbeddedNeo4j;
  let bulkDb: Executor;

  beforeAll(async () => {
    await generateCorpus({ papers: 300, seed: 7, out: corpusDir });
    writeFileSync(join(work, 'tricky.csl.json'), TRICKY_CSL);
    writeFileSync(join(work, 'tricky-statements.csv'), TRICKY_STATEMENTS);
    await resetDatabase(db);
    viaWriter = await runImport(db, sources(), { batchSize: 97 });
    // The store is built by the command a user runs (in-process, see test/helpers/cli.ts):
    // its summary and rejects file are what the CLI tests below check.
    bulkRun = await runCli(
      ['import', '--bulk', '--json', '--rejects', bulkRejectsFile, ...sourceFiles()],
      FIXTURES,
      { DATA_DIR: store, NEO4J_URI: undefined, BULK_HEAP: '512m', NEO4J_PAGECACHE: '64m' },
    );
    expect(bulkRun.stderr).not.toMatch(/error/);
    viaBulk = JSON.parse(bulkRun.stdout) as BulkLoadSummary;
    bulkRejects = readFileSync(bulkRejectsFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as unknown);
    bulkNeo = await startEmbeddedNeo4j({
      dataDir: store,
      boltPort: await freePort(),
      heap: '512m',
      pageCache: '64m',
      javaHome: process.env.JAVA_HOME,
      jvmOptions: jvmOptions(),
    });
    bulkDb = new Executor(createDriver({ uri: bulkNeo.uri }));
  }, 240_000);

  afterAll(async () => {
    await bulkDb?.driver.close();
    await bulkNeo?.stop();
    await db.driver.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('builds node for node and edge for edge the graph the writer builds', async () => {
    const [a, b] = [await dump(db), await dump(bulkDb)];
    expect(a.nodes.length).toBeGreaterThan(600);
    expect(a.rels.length).toBeGreaterThan(3000);
    // The merged work is in the comparison: its alias, ALIAS_OF edge and mergedIds.
    expect(a.nodes.filter((n) => n.includes('"PaperAlias"')).length).toBeGreaterThan(0);
    expect(a.nodes.filter((n) => n.includes('"mergedIds"')).length).toBeGreaterThan(0);
    expect(a.rels.filter((r) => r.includes('"ALIAS_OF"')).length).toBeGreaterThan(0);
    // Both paths tag at import: papers' and statements' TAGGER links are in the comparison.
    for (const type of ['STUDIES', 'MEASURES', 'ABOUT'])
      expect(
        a.rels.filter((r) => r.includes(`"${type}"`) && r.includes('"TAGGER"')).length,
        type,
      ).toBeGreaterThan(0);
    expect(viaWriter.merged).toBeGreaterThan(0);
    expect(viaBulk.merged).toBe(viaWriter.merged);
    expect(b.nodes.filter((n) => !a.nodes.includes(n))).toEqual([]);
    expect(a.nodes.filter((n) => !b.nodes.includes(n))).toEqual([]);
    expect(b.rels.filter((r) => !a.rels.includes(r))).toEqual([]);
    expect(a.rels.filter((r) => !b.rels.includes(r))).toEqual([]);
  });

  it('stores years, counts and counters as Integers on both paths', async () => {
    const [a, b] = [await integerTypes(db), await integerTypes(bulkDb)];
    expect(a).toEqual(b);
    for (const must of [
      'Paper.year',
      'Paper.citingPaperCount',
      'AUTHORED.position',
      'CITES.statementCount',
      'Finding.n',
    ])
      expect(a).toContain(`${must}:INTEGER NOT NULL`);
    expect(a.filter((t) => !t.endsWith(':INTEGER NOT NULL'))).toEqual([]);
  });

  it('stores the same properties on both paths, and never an empty list for "none"', async () => {
    // Presence, not only type: a property one path writes and the other leaves out (an empty
    // list for "no types") must show here even where no value differs.
    const presence = async (target: Executor) =>
      (
        await target.read({
          name: 'test.propertyPresence',
          text: `MATCH (n) WHERE NOT n:Change UNWIND keys(n) AS k
            RETURN labels(n)[0] + '.' + k AS key, count(*) AS n,
              sum(CASE WHEN valueType(n[k]) STARTS WITH 'LIST' AND size(n[k]) = 0 THEN 1 ELSE 0 END) AS empty
            ORDER BY key`,
        })
      ).map((r) => ({ key: r.key, n: Number(r.n), empty: Number(r.empty) }));
    const [a, b] = [await presence(db), await presence(bulkDb)];
    expect(a).toEqual(b);
    expect(a.filter((r) => r.empty > 0)).toEqual([]);
    // Some papers have types and one (the untyped CSL record) has none: both are compared.
    const papers = a.find((r) => r.key === 'Paper.id')!.n;
    const typed = a.find((r) => r.key === 'Paper.publicationTypes')!.n;
    expect(typed).toBeGreaterThan(0);
    expect(typed).toBeLessThan(papers);
    // Keywords (CSL, OpenAlex) and topics (Crossref subject, OpenAlex topics) on some papers only.
    for (const key of ['Paper.keywords', 'Paper.topics']) {
      const n = a.find((r) => r.key === key)?.n ?? 0;
      expect(n, key).toBeGreaterThan(0);
      expect(n, key).toBeLessThan(papers);
    }
  });

  it('folds the lists of the merged work alike on both paths, and tags from keywords alike', async () => {
    const lists = (target: Executor) =>
      target.read({
        name: 'test.lists',
        text: `MATCH (p:Paper) WHERE p.doi IN ['10.1186/s12888-021-03321-z', '10.9999/bulk.tricky']
          RETURN p.doi AS doi, p.keywords AS keywords, p.topics AS topics,
            COLLECT { MATCH (p)-[r:STUDIES|MEASURES {linkSource: 'TAGGER'}]->(c) WHERE r.evidenceField = 'keywords'
              RETURN [c.id, r.evidenceText, toString(r.evidenceStart)] AS l ORDER BY l } AS fromKeywords
          ORDER BY doi`,
      });
    const [a, b] = [await lists(db), await lists(bulkDb)];
    expect(a).toEqual(b);
    expect(a).toEqual([
      // The survivor (DOI, from Crossref) keeps its own subject and takes the OpenAlex keywords.
      {
        doi: '10.1186/s12888-021-03321-z',
        keywords: ['Peer support', 'Group; therapy'],
        topics: ['Psychiatry and Mental health'],
        fromKeywords: expect.any(Array),
      },
      // Its title names peer support and hope already; only depression comes from a keyword.
      {
        doi: '10.9999/bulk.tricky',
        keywords: ['peer "mentors" & <hope>', 'Peer support', 'HOPE', 'major depression'],
        topics: null,
        // The generated corpus's taxonomy has a second concept named Depression.
        fromKeywords: ['depression', 'syn.depression'].map((id) => [
          id,
          'depression',
          String('peer "mentors" & <hope>; Peer support; HOPE; major '.length),
        ]),
      },
    ]);
  });

  it('rejects what the writer rejects, for the same reasons', () => {
    expect(viaBulk.rejected).toBe(viaWriter.rejected);
    expect(viaBulk.rejected).toBeGreaterThan(0);
    const reasons = (rs: unknown[]) =>
      rs.map((r) => `${(r as { file: string }).file}|${(r as { reason: string }).reason}`).sort();
    expect(reasons(bulkRejects)).toEqual(reasons(viaWriter.rejects));
    expect(reasons(bulkRejects).join('\n')).toContain('neither in the graph nor in this import');
  });

  it('keeps counters exact and text intact', async () => {
    expect(await counterDrift(bulkDb)).toEqual([]);
    const [tricky] = await bulkDb.read({
      name: 'test.tricky',
      text: `MATCH (p:Paper {doi: '10.9999/bulk.tricky'})-[c:CITES]->(q:Paper {doi: '10.5555/eg.7.3'})
        RETURN p.title AS title, c.statementCount AS n, c.contrasting AS con, c.supporting AS sup,
          [(p)-[:MAKES]->(s) | s.text] AS texts`,
    });
    expect(tricky).toMatchObject({ n: 2, con: 1, sup: 1 });
    expect(tricky!.title).toBe(JSON.parse(TRICKY_CSL)[0].title);
    expect(tricky!.texts).toContain(
      'Unlike "earlier" work,\nthis trial found no effect & <none> on hope.',
    );
  });

  it('serves the full-text indexes it built', async () => {
    const rows = await bulkDb.read({
      name: 'test.fulltext',
      text: `CALL db.index.fulltext.queryNodes('statement_text', 'earlier') YIELD node RETURN count(node) AS n`,
    });
    expect(rows[0]!.n).toBe(1);
  });

  it('refuses a data directory that already holds a database, and leaves it as it was', async () => {
    await expect(bulkLoad({ dataDir: store, sources: sources() })).rejects.toThrow(BulkLoadError);
    await expect(bulkLoad({ dataDir: store, sources: sources() })).rejects.toThrow(
      /already holds a database/,
    );
    const [{ n }] = (await bulkDb.read({
      name: 'test.count',
      text: 'MATCH (p:Paper) RETURN count(p) AS n',
    })) as [{ n: number }];
    expect(n).toBe(viaBulk.papers);
  });

  it('reports a failed importer as a BulkLoadError and leaves no store behind', async () => {
    const dir = join(work, 'failing');
    mkdirSync(dir);
    // A heap the importer's JVM cannot start with: the importer fails after the CSV is written.
    const failed = bulkLoad({ dataDir: dir, sources: sources(), heap: '1k' });
    await expect(failed).rejects.toThrow(BulkLoadError);
    await expect(failed).rejects.toThrow(/offline importer failed/);
    expect(existsSync(join(dir, 'data', 'databases', 'neo4j'))).toBe(false);
  });

  describe('evidence-graph import --bulk', () => {
    const fixtures = ['taxonomy.csv', 'openalex-snapshot.jsonl', 'statements.csv'].map((f) =>
      join(FIXTURES, f),
    );
    const cli = (env: CliEnv, ...args: string[]) =>
      runCli(['import', ...args], FIXTURES, { NEO4J_URI: undefined, ...env });

    it('built the store in DATA_DIR, printed a summary and wrote every reject', async () => {
      expect(bulkRun.code).toBe(3);
      expect(viaBulk.rejected).toBeGreaterThan(0);
      expect(bulkRejects).toHaveLength(viaBulk.rejected);
      expect(existsSync(join(store, 'data', 'databases', 'neo4j'))).toBe(true);
      const [{ n }] = (await db.read({
        name: 'test.count',
        text: 'MATCH (p:Paper) RETURN count(p) AS n',
      })) as [{ n: number }];
      expect(viaBulk.papers).toBe(n);
    });

    it('says why it will not run: a server in NEO4J_URI, --dry-run, a store already there', async () => {
      const remote = await cli({ NEO4J_URI: 'bolt://127.0.0.1:9' }, '--bulk', ...fixtures);
      expect(remote.code).toBe(1);
      expect(remote.stderr).toMatch(/cannot load into the server at NEO4J_URI/);
      const dry = await cli({ DATA_DIR: join(work, 'x') }, '--bulk', '--dry-run', ...fixtures);
      expect(dry.code).toBe(2);
      expect(dry.stderr).toMatch(/--bulk and --dry-run/);
      const again = await cli({ DATA_DIR: store }, '--bulk', ...fixtures);
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(/already holds a database/);
      expect(again.stderr).not.toMatch(/\n\s+at /);
    }, 60_000);
  });
});
