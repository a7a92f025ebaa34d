/** Starts the real HTTP service on an ephemeral port against the test database. */
import type { Config } from '../../src/config.js';
import type { Executor } from '../../src/db/executor.js';
import { createApp, type App } from '../../src/server/app.js';
import { testConfig } from './db.js';

export interface TestServer {
  app: App;
  url: string;
  /** POSTs a GraphQL operation and returns the parsed JSON body. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{
    data?: T;
    errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[];
  }>;
  stop(): Promise<void>;
}

export async function startTestServer(
  db: Executor,
  overrides: Partial<Config> = {},
): Promise<TestServer> {
  // Internal errors reach the client masked; their cause goes to stderr here, so a failure
  // in a test (or a rare one under the suite's load) can be traced to the error behind it.
  const log = (message: string, error?: unknown) => {
    if (/^(unexpected error|INTERNAL_SERVER_ERROR)/.test(message))
      console.error(`test server: ${message}`, error);
  };
  const app = createApp({ db, config: testConfig(overrides), log });
  const port = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  return {
    app,
    url,
    async gql(query, variables, headers = {}) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return res.json() as never;
    },
    stop: () => app.stop(),
  };
}
