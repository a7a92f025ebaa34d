/**
 * Fault test (bounded, loopback only): a request loop of reads and
 * acknowledged writes runs while the embedded Neo4j is stopped and started
 * again. The service never crashes, every error is typed, it recovers by
 * itself, and every write it acknowledged is in the database afterwards.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { jvmOptions } from '../../src/config.js';
import { createDriver } from '../../src/db/driver.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/db/embedded.js';
import { Executor } from '../../src/db/executor.js';
import { applySchema } from '../../src/db/schema.js';
import { testConfig } from '../helpers/db.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { freePort } from '../helpers/ports.js';

const dataDir = mkdtempSync(join(tmpdir(), 'evidence-graph-fault-'));
let neo4j: EmbeddedNeo4j | null = null;
let server: TestServer | null = null;
let db: Executor | null = null;

afterAll(async () => {
  await server?.stop();
  await db?.driver.close();
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const embeddedConfig = (boltPort: number) => ({
  dataDir,
  boltPort,
  heap: '512m',
  pageCache: '64m',
  javaHome: process.env.JAVA_HOME,
  jvmOptions: jvmOptions(),
});
const TYPED = new Set(['SERVICE_UNAVAILABLE', 'QUERY_TIMEOUT']);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Neo4j stops and comes back mid-run', () => {
  it('keeps answering with typed errors, recovers, and loses no acknowledged write', async () => {
    const boltPort = await freePort();
    neo4j = await startEmbeddedNeo4j(embeddedConfig(boltPort));
    // The service's reads give up after 0.5 s of retrying (default 5 s), so each request while
    // Neo4j is down answers in about a second; the retry budget itself is checked below.
    db = new Executor(
      createDriver({ uri: `bolt://127.0.0.1:${boltPort}`, connectionAcquisitionTimeoutMs: 2000 }),
      { retryMs: 500 },
    );
    await applySchema(db);
    const base = testConfig();
    server = await startTestServer(db, {
      auth: { ...base.auth, apiKeys: [{ key: 'fault-test-key', user: 'fault', role: 'curator' }] },
    });
    const srv = server;

    const acknowledged: string[] = [];
    const untyped: unknown[] = [];
    const outcomes = { ok: 0, unavailable: 0 };
    let phase: 'before' | 'down' | 'after' = 'before';
    let recoveredAt = 0;
    let restartedAt = 0;
    let i = 0;
    // Each phase runs a bounded number of requests, capped in time as well.
    const loop = async (requests: number, capMs: number, until: () => boolean = () => true) => {
      const deadline = Date.now() + capMs;
      const end = i + requests;
      while (Date.now() < deadline && (i < end || !until())) {
        i += 1;
        const write = i % 2 === 0;
        const doi = `10.5555/fault.${i}`;
        const body = write
          ? await srv.gql(
              `mutation($c: String!) { importRecords(format: CSL_JSON, content: $c) { created rejected } }`,
              {
                c: JSON.stringify([
                  { id: `f${i}`, type: 'article-journal', title: `Fault paper ${i}`, DOI: doi },
                ]),
              },
              { 'x-api-key': 'fault-test-key' },
            )
          : await srv.gql(`{ papers(first: 1) { totalCount } }`);
        if (body.errors) {
          const codes = body.errors.map((e) => e.extensions?.code);
          if (!codes.every((c) => TYPED.has(String(c))))
            untyped.push({ phase, errors: body.errors });
          outcomes.unavailable += 1;
        } else {
          outcomes.ok += 1;
          if (write) acknowledged.push(doi);
          if (phase === 'after' && recoveredAt === 0) recoveredAt = Date.now();
        }
        await sleep(20);
      }
    };

    await loop(10, 120_000);
    expect(outcomes.ok).toBe(10);

    phase = 'down';
    await neo4j.stop();
    neo4j = null;
    await loop(4, 120_000);
    expect((await fetch(`${srv.url}/readyz`)).status).toBe(503);
    expect((await fetch(`${srv.url}/healthz`)).status).toBe(200);

    // Reads are auto-commit transactions that the executor retries itself: with no retry
    // budget a read fails typed at once; with one, a read issued while the database is
    // down waits for it and answers.
    const ping = { name: 'test.ping', text: 'RETURN 1 AS ok' };
    await expect(new Executor(db.driver, { retryMs: 0 }).read(ping)).rejects.toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
    });
    const waiting = new Executor(db.driver, { retryMs: 120_000 }).read(ping);
    let waited: 'pending' | 'answered' | 'failed' = 'pending';
    waiting.then(
      () => (waited = 'answered'),
      () => (waited = 'failed'),
    );

    // While the database stays down the read neither fails nor answers: it keeps retrying.
    // (Checked before the restart: once Neo4j is back it may answer before the start-up
    // probe of startEmbeddedNeo4j returns, so "still pending after the restart" is a race.)
    await sleep(1500);
    expect(waited).toBe('pending');

    phase = 'after';
    neo4j = await startEmbeddedNeo4j(embeddedConfig(boltPort));
    restartedAt = Date.now();
    expect(await waiting).toEqual([{ ok: 1 }]);
    // Until it has recovered, then 10 more.
    await loop(0, 120_000, () => recoveredAt > 0);
    await loop(10, 120_000);

    expect(untyped.slice(0, 3)).toEqual([]);
    expect(outcomes.unavailable).toBeGreaterThan(0);
    expect(recoveredAt).toBeGreaterThan(0);
    const recoverySeconds = (recoveredAt - restartedAt) / 1000;
    console.log(
      `fault test: ${i} requests, ${outcomes.ok} ok, ${outcomes.unavailable} SERVICE_UNAVAILABLE, recovered ${recoverySeconds.toFixed(2)} s after Neo4j was back, ${acknowledged.length} writes acknowledged`,
    );
    expect(recoverySeconds).toBeLessThan(30);
    expect((await fetch(`${srv.url}/readyz`)).status).toBe(200);

    const rows = await db.read(
      {
        name: 'test.faultDois',
        text: 'UNWIND $dois AS d MATCH (p:Paper {doi: d}) RETURN count(p) AS n',
      },
      { dois: acknowledged },
    );
    expect(rows[0]?.n).toBe(acknowledged.length);
  }, 300_000);
});
