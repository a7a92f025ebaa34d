/**
 * Authentication over HTTP: bad tokens are refused (401, UNAUTHENTICATED) even
 * for reads, API keys act as their user and role, and ANONYMOUS_READ=false
 * closes the service to requests without credentials.
 */
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { signDevToken } from '../../src/auth/jwt.js';
import type { AuthConfig } from '../../src/config.js';
import { graphCensus } from '../helpers/db.js';
import type { TestServer } from '../helpers/server.js';
import { batchScenario, useDatabase, useServer } from '../helpers/suite.js';

const SECRET = 'auth-http-secret-auth-http-secret-0123';
const CURATOR_KEY = 'curator-key-0123456789abcdef';
const READER_KEY = 'reader-key-0123456789abcdef';
const auth = (over: Partial<AuthConfig> = {}): AuthConfig => ({
  jwtSecret: SECRET,
  jwksUrl: null,
  issuer: null,
  audience: null,
  apiKeys: [
    { key: CURATOR_KEY, user: 'bot-curator', role: 'curator' },
    { key: READER_KEY, user: 'bot-reader', role: 'reader' },
  ],
  anonymousRead: true,
  ...over,
});

const db = useDatabase(
  batchScenario(
    {
      concepts: [],
      papers: [1, 2].map((i) => ({ id: `h-${i}`, title: `Auth paper ${i}` })),
      citations: [],
      statements: [],
      findings: [],
      tallies: [],
      inclusions: [],
    },
    { file: 'auth' },
  ),
);
const open = useServer(db, { auth: auth() });
const closed = useServer(db, { auth: auth({ anonymousRead: false }) });

/** POSTs and returns the HTTP status with the body. */
async function post(server: TestServer, query: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, body: (await res.json()) as any };
}
const code = (body: any) => body.errors?.[0]?.extensions?.code ?? 'OK';
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('bearer tokens', () => {
  it('refuses an expired token with 401 UNAUTHENTICATED, even for a read', async () => {
    const expired = await new SignJWT({ role: 'admin' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('alice')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 10)
      .sign(new TextEncoder().encode(SECRET));
    const res = await post(open, '{ paper(id: "h-1") { id } }', bearer(expired));
    expect(res.status).toBe(401);
    expect(code(res.body)).toBe('UNAUTHENTICATED');
    expect(res.body.errors[0].message).toMatch(/expired/);
    expect(res.body.data).toBeUndefined();
  });

  it('refuses a token signed with another secret instead of treating it as anonymous', async () => {
    const forged = await signDevToken(
      'not-the-server-secret-not-the-server',
      'alice',
      'admin',
      '5m',
    );
    const res = await post(open, '{ me { id } }', bearer(forged));
    expect([res.status, code(res.body)]).toEqual([401, 'UNAUTHENTICATED']);
  });

  it('accepts a valid token: anonymous savePaper fails, signed-in succeeds', async () => {
    const anon = await post(open, 'mutation { savePaper(paperId: "h-1") { id } }');
    expect(code(anon.body)).toBe('UNAUTHENTICATED');
    const token = await signDevToken(SECRET, 'alice', 'reader', '5m');
    const res = await post(
      open,
      'mutation { savePaper(paperId: "h-1") { id viewer { saved } } }',
      bearer(token),
    );
    expect(res.body.data.savePaper).toEqual({ id: 'h-1', viewer: { saved: true } });
  });

  it('gives a reader FORBIDDEN for a curator mutation and writes nothing', async () => {
    const before = await graphCensus(db);
    const token = await signDevToken(SECRET, 'alice', 'reader', '5m');
    const res = await post(
      open,
      'mutation { upsertPaper(input: { title: "New" }) { id } }',
      bearer(token),
    );
    expect(code(res.body)).toBe('FORBIDDEN');
    expect(await graphCensus(db)).toEqual(before);
  });
});

describe('API keys', () => {
  it('act as their configured user and role', async () => {
    const me = await post(open, '{ me { id } }', { 'x-api-key': READER_KEY });
    expect(me.body.data.me).toEqual({ id: 'bot-reader' });
    const upsert = 'mutation { upsertPaper(input: { id: "h-3", title: "By key" }) { id title } }';
    expect(code((await post(open, upsert, { 'x-api-key': READER_KEY })).body)).toBe('FORBIDDEN');
    const res = await post(open, upsert, { 'x-api-key': CURATOR_KEY });
    expect(res.body.data.upsertPaper).toEqual({ id: 'h-3', title: 'By key' });
    const audit = await post(
      open,
      '{ changes(target: "h-3") { edges { node { actor action } } } }',
      {
        'x-api-key': CURATOR_KEY,
      },
    );
    expect(audit.body.data.changes.edges).toEqual([
      { node: { actor: 'bot-curator', action: 'UPSERT_PAPER' } },
    ]);
  });

  it('refuse an unknown key with 401', async () => {
    const res = await post(open, '{ paper(id: "h-1") { id } }', {
      'x-api-key': 'guess-guess-guess-guess',
    });
    expect([res.status, code(res.body)]).toEqual([401, 'UNAUTHENTICATED']);
  });
});

describe('ANONYMOUS_READ=false', () => {
  it('refuses every operation without credentials and serves those with', async () => {
    for (const q of ['{ paper(id: "h-1") { id } }', '{ papers { totalCount } }', '{ me { id } }']) {
      const res = await post(closed, q);
      expect([res.status, code(res.body)], q).toEqual([401, 'UNAUTHENTICATED']);
    }
    const token = await signDevToken(SECRET, 'alice', 'reader', '5m');
    const ok = await post(closed, '{ paper(id: "h-1") { id } }', bearer(token));
    expect(ok.body).toEqual({ data: { paper: { id: 'h-1' } } });
    const key = await post(closed, '{ paper(id: "h-2") { id } }', { 'x-api-key': READER_KEY });
    expect(key.body).toEqual({ data: { paper: { id: 'h-2' } } });
  });
});
