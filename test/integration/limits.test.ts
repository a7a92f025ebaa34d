/**
 * Hostile-query limits: depth, aliases, cost, page size, string length, body
 * size; introspection/IDE switches; CSRF prevention and CORS.
 */
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../../seed/load.js';
import { testConfig } from '../helpers/db.js';
import { useSeededService, useServer } from '../helpers/suite.js';

const { db, server } = useSeededService(loadSeed, {
  corsOrigins: ['https://dashboards.example.org'],
});
const production = useServer(db, () => ({
  env: 'production',
  introspection: false,
  playground: false,
  limits: testConfig({ env: 'production' }).limits,
}));

const codes = (body: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  body.errors?.map((e) => e.extensions?.code);

describe('query limits', () => {
  it('refuses a 12-level nested query and accepts the README query', async () => {
    let nested = 'title';
    for (let i = 0; i < 5; i++) nested = `citations(first: 1) { edges { node { ${nested} } } }`;
    const body = await server.gql(`{ paper(id: "lyons-2021") { ${nested} } }`);
    expect(new Set(codes(body))).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));
    expect(body.errors?.some((e) => /depth/i.test(e.message))).toBe(true);
    expect(body.data).toBeUndefined();
    // The README query (depth 6) passes.
    const ok = await server.gql(
      `{ paper(id: "lyons-2021") { citations(first: 5) { edges { node { title } statements { text } } } } }`,
    );
    expect(ok.errors).toBeUndefined();
  });

  it('refuses a 300-alias query', async () => {
    const aliases = Array.from(
      { length: 300 },
      (_, i) => `a${i}: paper(id: "lyons-2021") { id }`,
    ).join('\n');
    const body = await server.gql(`{ ${aliases} }`);
    expect(codes(body)?.[0]).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(body.errors)).toMatch(/alias/i);
  });

  it('refuses a query whose pages multiply past the cost limit, even with variables', async () => {
    const q = `query($n: Int) { papers(first: $n) { edges { node { citations(first: 100) { edges { node {
      references(first: 100) { edges { node { title } } } } } } } } } }`;
    const body = await server.gql(q, { n: 1 });
    expect(codes(body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(body.errors?.[0]?.message).toMatch(/cost .* exceeds the limit of 250000/);
  });

  it('refuses first: 100000 and a 200 kB search text with BAD_USER_INPUT', async () => {
    expect(codes(await server.gql(`{ papers(first: 100000) { totalCount } }`))).toEqual([
      'BAD_USER_INPUT',
    ]);
    const long = 'peer '.repeat(40_000);
    expect(
      codes(
        await server.gql(`query($t: String!) { search(text: $t) { totalCount } }`, { t: long }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(codes(await server.gql(`{ search(text: "${long}") { totalCount } }`))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  it('answers a 3 MB body with 413 in the GraphQL error shape', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ papers { totalCount } }',
        variables: { pad: 'x'.repeat(3 * 1024 * 1024) },
      }),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      errors: [
        {
          message: 'The request body is larger than the limit (BODY_LIMIT).',
          extensions: { code: 'PAYLOAD_TOO_LARGE' },
        },
      ],
    });
  });
});

describe('production switches, CSRF and CORS', () => {
  it('turns introspection and the IDE off in production', async () => {
    expect(codes(await server.gql(`{ __schema { queryType { name } } }`))).toBeUndefined();
    const body = await production.gql(`{ __schema { queryType { name } } }`);
    expect(codes(body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const ide = await fetch(`${production.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(ide.headers.get('content-type') ?? '').not.toMatch(/html/);
    const devIde = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(devIde.headers.get('content-type')).toMatch(/html/);
  });

  it('blocks simple cross-site requests (CSRF prevention)', async () => {
    const res = await fetch(
      `${server.url}/graphql?query=${encodeURIComponent('{ papers { totalCount } }')}`,
    );
    expect(res.status).toBe(400);
    const ok = await fetch(
      `${server.url}/graphql?query=${encodeURIComponent('{ papers { totalCount } }')}`,
      {
        headers: { 'apollo-require-preflight': 'true' },
      },
    );
    expect(ok.status).toBe(200);
  });

  it('allows only configured origins', async () => {
    const allowed = await fetch(`${server.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://dashboards.example.org',
        'access-control-request-method': 'POST',
      },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe(
      'https://dashboards.example.org',
    );
    const other = await fetch(`${server.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});
