/**
 * The policy table against the schema: every Mutation field has an explicit
 * rule, the policy refuses to start when it names a missing resolver, and the
 * token command signs (or explains why it cannot).
 */
import { buildSchema, type GraphQLObjectType } from 'graphql';
import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { applyPolicy, POLICY, policyTable } from '../../src/auth/policy.js';
import { buildResolvers } from '../../src/resolvers/index.js';
import { loadTypeDefs } from '../../src/server/schema.js';
import { runCli } from '../helpers/cli.js';

const schema = buildSchema(loadTypeDefs());

describe('policy', () => {
  it('names every Mutation field of the schema explicitly', () => {
    const fields = Object.keys((schema.getMutationType() as GraphQLObjectType).getFields());
    expect(fields.filter((f) => !POLICY.Mutation?.[f])).toEqual([]);
  });

  it('only names fields the schema has', () => {
    for (const [key] of policyTable()) {
      const [type, field] = key.split('.') as [string, string];
      const t = schema.getType(type) as GraphQLObjectType | undefined;
      expect(t?.getFields()[field], key).toBeDefined();
    }
  });

  it('keeps library mutations for signed-in users and curation for curators', () => {
    const table = Object.fromEntries(policyTable());
    expect(table['Mutation.savePaper']).toBe('signedIn');
    expect(table['Mutation.renameCollection']).toBe('owner(id)');
    expect(table['Mutation.mergePapers']).toBe('role(curator)');
    expect(table['Query.changes']).toBe('role(curator)');
    expect(table['User.reactions']).toBe('self');
  });

  it('refuses to wrap a resolver map that lacks a field the policy protects', () => {
    expect(() => applyPolicy({ Query: {} })).toThrow(/names Query\.me, which has no resolver/);
    expect(() => buildResolvers()).not.toThrow();
  });
});

// In this process, through the bin's own run() (test/helpers/cli.ts), with only the JWT
// settings each case gives and no reachable database.
describe('token command', () => {
  const run = async (env: Record<string, string>, ...args: string[]) => {
    const r = await runCli(['token', ...args], process.cwd(), {
      NEO4J_URI: 'bolt://127.0.0.1:1',
      JWT_SECRET: undefined,
      JWT_ISSUER: undefined,
      JWT_AUDIENCE: undefined,
      JWT_JWKS_URL: undefined,
      ...env,
    });
    return { status: r.code, stdout: r.stdout, stderr: r.stderr };
  };

  it('prints a token with the user and role', async () => {
    const secret = 'cli-test-secret-cli-test-secret-0123';
    const res = await run(
      { JWT_SECRET: secret },
      '--user',
      'ann',
      '--role',
      'curator',
      '--expires',
      '2h',
    );
    expect(res.status).toBe(0);
    const claims = decodeJwt(res.stdout.trim());
    expect(claims).toMatchObject({ sub: 'ann', role: 'curator' });
    expect((claims.exp as number) - (claims.iat as number)).toBe(7200);
  });

  it('fails with a clear message without JWT_SECRET or with a bad role', async () => {
    const noSecret = await run({}, '--user', 'ann', '--role', 'admin');
    expect(noSecret.status).toBe(1);
    expect(noSecret.stderr).toMatch(/needs JWT_SECRET/);
    const badRole = await run({ JWT_SECRET: 'x'.repeat(32) }, '--user', 'ann', '--role', 'root');
    expect(badRole.status).toBe(2);
    expect(badRole.stderr).toMatch(/--role must be one of reader, curator, admin/);
  });
});
