/** The graphql-http server audit suite: every MUST audit passes. */
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetDatabase, testDatabase } from '../helpers/db.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const db = testDatabase();
let server: TestServer;

beforeAll(async () => {
  await resetDatabase(db);
  server = await startTestServer(db);
});
afterAll(async () => {
  await server.stop();
  await db.driver.close();
});

describe('GraphQL over HTTP (graphql-http audits)', () => {
  const audits = serverAudits({ url: () => `${server.url}/graphql` });
  const must = audits.filter((a) => a.name.startsWith('MUST'));

  it('has MUST audits to run', () => {
    expect(must.length).toBeGreaterThan(10);
  });

  for (const audit of must) {
    it(audit.name, async () => {
      const result = await audit.fn();
      expect(result.status, 'reason' in result ? result.reason : '').toBe('ok');
    });
  }
});
