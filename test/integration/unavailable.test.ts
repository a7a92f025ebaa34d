/**
 * A database that cannot be reached: the service still answers, /readyz says
 * 503, and GraphQL requests get SERVICE_UNAVAILABLE with no driver details.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { freePort } from '../helpers/ports.js';

let server: TestServer;
let db: Executor;

beforeAll(async () => {
  db = new Executor(
    createDriver({
      uri: `bolt://127.0.0.1:${await freePort()}`,
      connectionAcquisitionTimeoutMs: 2000,
    }),
    // A read retries while the database is down; a short budget answers sooner, the same way.
    { retryMs: 500 },
  );
  server = await startTestServer(db);
});
afterAll(async () => {
  await server.stop();
  await db.driver.close();
});

describe('with the database unreachable', () => {
  it('answers /healthz 200 and /readyz 503', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(503);
  });

  it('gives SERVICE_UNAVAILABLE without stack traces or driver text', async () => {
    for (const query of [
      `{ paper(id: "lyons-2021") { title } }`,
      `{ papers { totalCount } }`,
      `{ search(text: "hope") { totalCount } }`,
    ]) {
      const body = await server.gql(query);
      expect(
        body.errors?.map((e) => e.extensions?.code),
        query,
      ).toEqual(['SERVICE_UNAVAILABLE']);
      expect(body.errors?.[0]?.message).toBe(
        'The graph database is unavailable; try again shortly.',
      );
      expect(JSON.stringify(body)).not.toMatch(
        /ECONNREFUSED|stacktrace|Neo4jError|MATCH |\.ts:\d+/,
      );
    }
  });
});
