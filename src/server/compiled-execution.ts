/**
 * Compiled execution behind Apollo: each operation is compiled once by graphql-jit into a
 * JavaScript function (resolver calls, leaf serialisation and null checks inlined for that
 * document) and kept in a bounded LRU cache keyed by the query's hash and operation name.
 * graphql-js interprets the document anew on every request, which was a fifth of the
 * server's CPU on list-heavy operations.
 *
 * Apollo's documented seam for another executor is its gateway interface: Apollo still
 * parses, validates (graphql-armor and our limit rules), resolves the operation, runs every
 * plugin and formats every error (src/server/errors.ts); only execution is ours. Errors
 * about the request itself (bad variables) are produced by graphql-js, so their text and
 * Apollo's BAD_USER_INPUT / HTTP 400 handling stay exactly as before, and a document
 * graphql-jit cannot compile runs through graphql-js too.
 */
import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import {
  execute,
  GraphQLError,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { LRUCache } from 'lru-cache';
import type { RequestContext } from '../context.js';

type Gateway = NonNullable<ApolloServerOptionsWithGateway<RequestContext>['gateway']>;
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/** Compiled documents kept; a service sees a few dozen distinct operations, an attacker more. */
export const COMPILED_DOCUMENTS = 500;

/** `false` marks a document graphql-jit refused, so it is not compiled again. */
type Compiled = CompiledQuery | false;

/**
 * An executor that runs compiled documents, caching at most `max` of them. Exported for
 * the tests, which count compilations through `compiled`.
 */
export function compiledExecutor(
  schema: GraphQLSchema,
  max = COMPILED_DOCUMENTS,
): Executor & { cache: LRUCache<string, Compiled> } {
  const cache = new LRUCache<string, Compiled>({ max });
  const interpret = (
    document: DocumentNode,
    context: unknown,
    variables: Record<string, unknown> | undefined,
    operationName: string | undefined,
  ) =>
    execute({
      schema,
      document,
      contextValue: context,
      variableValues: variables,
      operationName,
    }) as Promise<ExecutionResult> | ExecutionResult;

  const run: Executor = async (request) => {
    const operationName = request.request.operationName ?? undefined;
    const variables = request.request.variables;
    // Apollo hashes every query (sha256); the text itself stands in should a hash be absent.
    const key = `${request.queryHash ?? request.source}:${operationName ?? ''}`;
    let compiled = cache.get(key);
    if (compiled === undefined) {
      const c = compileQuery(schema, request.document, operationName, {
        // Stacks of errors that are masked or answered as typed errors are never shown.
        disablingCapturingStackErrors: true,
      });
      compiled = isCompiledQuery(c) ? c : false;
      cache.set(key, compiled);
    }
    if (compiled === false) {
      return interpret(request.document, request.context, variables, operationName);
    }
    const result = await compiled.query(undefined, request.context, variables ?? {});
    // No data at all means the request failed before any resolver ran (variable
    // coercion): let graphql-js word the errors, as Apollo and the clients expect.
    if (result.data === undefined && result.errors?.length) {
      return interpret(request.document, request.context, variables, operationName);
    }
    if (result.errors) return { ...result, errors: result.errors.map(asGraphQLError) };
    return result;
  };
  return Object.assign(run, { cache });
}

/**
 * graphql-jit's errors leave `extensions` undefined where graphql-js's are `{}`, which
 * Apollo's error formatting reads: every field error would be masked as an internal one.
 * Rebuilt as graphql-js errors with the same message, path, locations and cause.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions ?? undefined,
  });
  if (error.locations) (rebuilt as { locations?: unknown }).locations = error.locations;
  return rebuilt;
}

/** Apollo's gateway interface around one fixed schema and the compiled executor. */
export function compiledGateway(schema: GraphQLSchema): Gateway {
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async load() {
      return { executor: compiledExecutor(schema) };
    },
    async stop() {},
  };
}
