/**
 * Compiled execution (src/server/compiled-execution.ts) on a tiny schema: answers equal
 * graphql-js's, each document is compiled once and at most `max` are kept (least recently
 * used dropped), resolver errors keep their cause and an `extensions` object for Apollo's
 * formatting, and bad variables are worded by graphql-js.
 */
import { makeExecutableSchema } from '@graphql-tools/schema';
import { execute, GraphQLError, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AppError, ErrorCode } from '../../src/domain/errors.js';
import { compiledExecutor } from '../../src/server/compiled-execution.js';

const schema = makeExecutableSchema({
  typeDefs: `type Query { hello(name: String!): String! item(n: Int!): Item fails: String }
    type Item { n: Int! tags: [String!]! }`,
  resolvers: {
    Query: {
      hello: (_: unknown, { name }: { name: string }) => `hello ${name}`,
      item: (_: unknown, { n }: { n: number }) => ({ n, tags: [`t${n}`] }),
      fails: () => {
        throw new AppError(ErrorCode.FORBIDDEN, 'curators only');
      },
    },
  },
});

/** The slice of Apollo's gateway request context the executor reads. */
function request(query: string, variables?: Record<string, unknown>, operationName?: string) {
  return {
    queryHash: query,
    document: parse(query),
    request: { query, variables, operationName },
    context: {},
  } as never;
}

describe('compiled execution', () => {
  it('answers as graphql-js does, compiling each document once', async () => {
    const run = compiledExecutor(schema, 10);
    const q = 'query Q($n: Int!) { item(n: $n) { n tags } hello(name: "x") }';
    for (const n of [1, 2]) {
      const ours = await run(request(q, { n }));
      const reference = await execute({ schema, document: parse(q), variableValues: { n } });
      expect(ours).toEqual(reference);
    }
    expect([...run.cache.keys()]).toEqual([`${q}:`]);
  });

  it('keeps at most `max` documents, dropping the least recently used', async () => {
    const run = compiledExecutor(schema, 2);
    const docs = ['{ a: hello(name: "a") }', '{ b: hello(name: "b") }', '{ c: hello(name: "c") }'];
    await run(request(docs[0]!));
    await run(request(docs[1]!));
    await run(request(docs[0]!));
    await run(request(docs[2]!));
    expect([...run.cache.keys()].sort()).toEqual([`${docs[0]}:`, `${docs[2]}:`]);
  });

  it('gives resolver errors their cause, path and an extensions object', async () => {
    const run = compiledExecutor(schema);
    const result = await run(request('{ fails }'));
    const error = result.errors![0]!;
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.originalError).toBeInstanceOf(AppError);
    expect(error.path).toEqual(['fails']);
    expect(error.locations).toEqual([{ line: 1, column: 3 }]);
    expect(error.extensions).toEqual({});
  });

  it('words variable errors as graphql-js does (no data)', async () => {
    const run = compiledExecutor(schema);
    const q = 'query Q($n: Int!) { item(n: $n) { n } }';
    const ours = await run(request(q, { n: 'x' }));
    const reference = await execute({ schema, document: parse(q), variableValues: { n: 'x' } });
    expect(ours.data).toBeUndefined();
    expect(ours.errors!.map((e) => e.message)).toEqual(reference.errors!.map((e) => e.message));
    expect(ours.errors![0]!.nodes?.[0]?.kind).toBe('VariableDefinition');
  });
});
