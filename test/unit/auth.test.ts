/**
 * Authentication without a database: roles from claims, API keys, HS256 and
 * JWKS-verified JWTs (against a real local JWKS endpoint), and config validation.
 */
import { once } from 'node:events';
import http from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type AuthConfig } from '../../src/config.js';
import { viewerForApiKey } from '../../src/auth/api-keys.js';
import { authenticate } from '../../src/auth/authenticate.js';
import { signDevToken } from '../../src/auth/jwt.js';
import { includesRole, roleFromClaims } from '../../src/domain/roles.js';

const SECRET = 'unit-test-secret-unit-test-secret-0123';
const KEY = 'k'.repeat(24);

function auth(over: Partial<AuthConfig> = {}): AuthConfig {
  return {
    jwtSecret: SECRET,
    jwksUrl: null,
    issuer: null,
    audience: null,
    apiKeys: [{ key: KEY, user: 'script-1', role: 'curator' }],
    anonymousRead: true,
    ...over,
  };
}

/** The error code authenticate() rejects with, or 'ok'. */
async function outcome(headers: Record<string, string>, config = auth()): Promise<string> {
  try {
    await authenticate(headers, config);
    return 'ok';
  } catch (error) {
    return (error as { code?: string }).code ?? 'untyped';
  }
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('roles', () => {
  it('orders admin ⊇ curator ⊇ reader', () => {
    expect(includesRole('admin', 'curator')).toBe(true);
    expect(includesRole('curator', 'reader')).toBe(true);
    expect(includesRole('curator', 'admin')).toBe(false);
    expect(includesRole('reader', 'curator')).toBe(false);
  });

  it('reads role or roles, defaulting to reader and ignoring unknown values', () => {
    expect(roleFromClaims({})).toBe('reader');
    expect(roleFromClaims({ role: 'curator' })).toBe('curator');
    expect(roleFromClaims({ roles: ['reader', 'admin'] })).toBe('admin');
    expect(roleFromClaims({ role: 'root', roles: ['superuser'] })).toBe('reader');
  });
});

describe('API keys', () => {
  it('maps a configured key to its user and role, and nothing else', () => {
    const keys = auth().apiKeys;
    expect(viewerForApiKey(KEY, keys)).toEqual({ id: 'script-1', role: 'curator', via: 'api-key' });
    expect(viewerForApiKey(KEY.slice(1), keys)).toBeNull();
    expect(viewerForApiKey(`${KEY}x`, keys)).toBeNull();
    expect(viewerForApiKey('', keys)).toBeNull();
  });
});

describe('authenticate', () => {
  it('accepts a valid HS256 token with its sub and role', async () => {
    const token = await signDevToken(SECRET, 'alice', 'curator', '5m');
    expect(await authenticate(bearer(token), auth())).toEqual({
      id: 'alice',
      role: 'curator',
      via: 'jwt',
    });
  });

  it('refuses expired, wrongly signed, malformed and sub-less tokens with UNAUTHENTICATED', async () => {
    const key = new TextEncoder().encode(SECRET);
    const expired = await new SignJWT({ role: 'admin' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('alice')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(key);
    const wrong = await signDevToken(
      'another-secret-another-secret-012345',
      'alice',
      'admin',
      '5m',
    );
    const noSub = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).sign(key);
    expect(await outcome(bearer(expired))).toBe('UNAUTHENTICATED');
    expect(await outcome(bearer(wrong))).toBe('UNAUTHENTICATED');
    expect(await outcome(bearer(noSub))).toBe('UNAUTHENTICATED');
    expect(await outcome(bearer('not.a.jwt'))).toBe('UNAUTHENTICATED');
    expect(await outcome({ authorization: 'Basic abc' })).toBe('UNAUTHENTICATED');
  });

  it('checks issuer and audience when configured', async () => {
    const config = auth({ issuer: 'eg', audience: 'api' });
    const good = await signDevToken(SECRET, 'a', 'reader', '5m', { issuer: 'eg', audience: 'api' });
    const bad = await signDevToken(SECRET, 'a', 'reader', '5m', {
      issuer: 'other',
      audience: 'api',
    });
    expect(await outcome(bearer(good), config)).toBe('ok');
    expect(await outcome(bearer(bad), config)).toBe('UNAUTHENTICATED');
  });

  it('takes API keys, refuses unknown keys and mixed credentials', async () => {
    expect(await authenticate({ 'x-api-key': KEY }, auth())).toMatchObject({ id: 'script-1' });
    expect(await outcome({ 'x-api-key': 'nope-nope-nope-nope' })).toBe('UNAUTHENTICATED');
    const token = await signDevToken(SECRET, 'alice', 'reader', '5m');
    expect(await outcome({ ...bearer(token), 'x-api-key': KEY })).toBe('UNAUTHENTICATED');
  });

  it('lets anonymous requests through only while ANONYMOUS_READ is on', async () => {
    expect(await authenticate({}, auth())).toBeNull();
    expect(await outcome({}, auth({ anonymousRead: false }))).toBe('UNAUTHENTICATED');
  });

  it('refuses bearer tokens when no verification key is configured', async () => {
    const token = await signDevToken(SECRET, 'alice', 'reader', '5m');
    expect(await outcome(bearer(token), auth({ jwtSecret: null }))).toBe('UNAUTHENTICATED');
  });
});

describe('JWKS', () => {
  let server: http.Server;
  let url = '';
  let sign: (sub: string, role: string) => Promise<string>;
  let signForeign: (sub: string) => Promise<string>;

  beforeAll(async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const foreign = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    server = http.createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/jwks.json`;
    const jwt = (sub: string, role: string) =>
      new SignJWT({ role }).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setSubject(sub);
    sign = (sub, role) => jwt(sub, role).setExpirationTime('5m').sign(privateKey);
    signForeign = (sub) => jwt(sub, 'admin').setExpirationTime('5m').sign(foreign.privateKey);
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('verifies RS256 tokens against the key set and refuses others', async () => {
    const config = auth({ jwtSecret: null, jwksUrl: url });
    expect(await authenticate(bearer(await sign('bob', 'admin')), config)).toEqual({
      id: 'bob',
      role: 'admin',
      via: 'jwt',
    });
    expect(await outcome(bearer(await signForeign('bob')), config)).toBe('UNAUTHENTICATED');
  });
});

describe('auth config', () => {
  const load = (env: Record<string, string>) => () => loadConfig({ NODE_ENV: 'test', ...env });

  it('defaults to anonymous reading and no credentials', () => {
    const { auth: a } = loadConfig({ NODE_ENV: 'test' });
    expect(a).toMatchObject({ jwtSecret: null, jwksUrl: null, apiKeys: [], anonymousRead: true });
    expect(load({ ANONYMOUS_READ: 'false' })().auth.anonymousRead).toBe(false);
  });

  it('parses API_KEYS inline and from a file', () => {
    const inline = load({ API_KEYS: `${KEY}:u1:admin, ${'z'.repeat(16)}:u2:reader` })();
    expect(inline.auth.apiKeys).toEqual([
      { key: KEY, user: 'u1', role: 'admin' },
      { key: 'z'.repeat(16), user: 'u2', role: 'reader' },
    ]);
    const file = join(mkdtempSync(join(tmpdir(), 'eg-keys-')), 'keys.txt');
    writeFileSync(file, `# scripts\n${KEY}:bot:curator\n`);
    expect(load({ API_KEYS: file })().auth.apiKeys).toEqual([
      { key: KEY, user: 'bot', role: 'curator' },
    ]);
  });

  it('says what is wrong with bad auth settings', () => {
    expect(load({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET must be at least 32 characters/);
    expect(load({ JWT_JWKS_URL: 'ftp://x' })).toThrow(/JWT_JWKS_URL must be an https:\/\/ URL/);
    expect(load({ API_KEYS: `${KEY}:u1:root` })).toThrow(/entry 1: role must be one of/);
    expect(load({ API_KEYS: 'short:u1:admin' })).toThrow(/at least 16 characters/);
    expect(load({ API_KEYS: '/no/such/file' })).toThrow(/cannot be read/);
    expect(load({ ANONYMOUS_READ: 'maybe' })).toThrow(/ANONYMOUS_READ must be true or false/);
  });
});
