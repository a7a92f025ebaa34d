/**
 * kill -9 safety: an import of a generated corpus killed mid-way and run again
 * gives exactly the graph of one clean run (same census, same citations,
 * statements and counters), because every chunk is one transaction.
 */
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/importers/generate/index.js';
import { counterDrift, graphCensus, neo4jUri, resetDatabase } from '../helpers/db.js';
import { useDatabase } from '../helpers/suite.js';

const BIN = fileURLToPath(new URL('../../bin/evidence-graph.js', import.meta.url));
const DIR = mkdtempSync(join(tmpdir(), 'eg-import-kill-'));
const db = useDatabase();
let files: string[] = [];
const env = () => ({ ...process.env, NEO4J_URI: neo4jUri() });
const args = () => ['import', '--json', '--batch-size', '200', ...files];

function importCorpus(): Promise<number | null> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args()], { env: env() }, (err) =>
      resolve(err ? (err.code as number) : 0),
    );
  });
}

const count = async (text: string) => (await db.read({ name: 't', text }))[0]!.n as number;

/** Citations, statements and counters, keyed by OpenAlex id and DOI (never by generated ids). */
async function fingerprint() {
  const hash = (rows: unknown[]) => createHash('sha256').update(JSON.stringify(rows)).digest('hex');
  const cites = await db.read({
    name: 'test.cites',
    text: 'MATCH (a:Paper)-[c:CITES]->(b:Paper) RETURN a.openalexId + ">" + b.openalexId + ":" + c.statementCount AS k ORDER BY k',
  });
  const statements = await db.read({
    name: 'test.statements',
    text: `MATCH (a:Paper)-[:MAKES]->(s:Statement)-[:REFERS_TO]->(b:Paper)
RETURN a.doi + ">" + b.doi + ":" + s.polarity + ":" + s.section + ":" + coalesce(s.confidence, -1)
  + ":" + reduce(x = "", c IN COLLECT { MATCH (s)-[:ABOUT]->(k) RETURN k.id ORDER BY k.id } | x + c) AS k ORDER BY k`,
  });
  const counters = await db.read({
    name: 'test.counters',
    text: `MATCH (p:Paper) RETURN p.openalexId AS id, [p.citingPaperCount, p.referenceCount,
      p.statementCount, p.supportingCount, p.mentioningCount, p.contrastingCount, p.unclassifiedCount] AS c ORDER BY id`,
  });
  return { cites: hash(cites), statements: hash(statements), counters: hash(counters) };
}

beforeAll(async () => {
  const corpus = await generateCorpus({ papers: 800, seed: 42, out: DIR, shardSize: 200 });
  files = corpus.files.map((f) => join(DIR, f));
});

describe('import: kill -9 and re-run', () => {
  it('converges on the graph of one clean run', { timeout: 1_200_000 }, async () => {
    await resetDatabase(db);
    const child = spawn(process.execPath, [BIN, ...args()], { env: env(), stdio: 'ignore' });
    const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal)));
    // Wait until some chunks have committed: citations start after the first shard's papers.
    for (let i = 0; i < 6000; i += 1) {
      if ((await count('MATCH ()-[c:CITES]->() RETURN count(c) AS n')) >= 400) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const partial = await count('MATCH ()-[c:CITES]->() RETURN count(c) AS n');
    expect(partial).toBeGreaterThanOrEqual(400);

    expect(await importCorpus()).toBe(0);
    const resumed = { census: await graphCensus(db), content: await fingerprint() };
    expect(await counterDrift(db)).toEqual([]);

    await resetDatabase(db);
    expect(await importCorpus()).toBe(0);
    const clean = { census: await graphCensus(db), content: await fingerprint() };
    expect(resumed).toEqual(clean);
    expect(clean.census['node:Paper']).toBe(800);
    // The kill landed mid-way: the run it interrupted had not written every citation.
    expect(partial).toBeLessThan(clean.census['rel:CITES'] ?? 0);
    expect(clean.census['rel:CITES']).toBeGreaterThan(5_000);
  });
});
