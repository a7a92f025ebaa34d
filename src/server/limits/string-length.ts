/**
 * Refuses over-long string arguments, literal or passed as variables, before
 * anything runs: a 200 kB search text is an error, not a Lucene query.
 * Arguments that carry documents by design (importRecords' `content`) are exempt;
 * the HTTP body limit bounds them.
 */
import { GraphQLError, Kind, visit, type DocumentNode, type ValueNode } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';

export const EXEMPT_ARGUMENTS = new Set(['content']);

function longest(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (Array.isArray(value)) return Math.max(0, ...value.map(longest));
  if (value && typeof value === 'object') return Math.max(0, ...Object.values(value).map(longest));
  return 0;
}

function literalLongest(node: ValueNode, variables: Record<string, unknown>): number {
  switch (node.kind) {
    case Kind.STRING:
      return node.value.length;
    case Kind.VARIABLE:
      return longest(variables[node.name.value]);
    case Kind.LIST:
      return Math.max(0, ...node.values.map((v) => literalLongest(v, variables)));
    case Kind.OBJECT:
      return Math.max(0, ...node.fields.map((f) => literalLongest(f.value, variables)));
    default:
      return 0;
  }
}

/** The first argument in `document` whose string value is longer than `max`, or null. */
export function overLongArgument(
  document: DocumentNode,
  variables: Record<string, unknown>,
  max: number,
): string | null {
  let found: string | null = null;
  visit(document, {
    Argument(node) {
      if (found || EXEMPT_ARGUMENTS.has(node.name.value)) return;
      if (literalLongest(node.value, variables) > max) found = node.name.value;
    },
  });
  return found;
}

/** Apollo plugin applying overLongArgument to every operation. */
export function stringLengthPlugin(max: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const arg = overLongArgument(document, request.variables ?? {}, max);
          if (arg) {
            throw new GraphQLError(`Argument "${arg}" is longer than ${max} characters.`, {
              extensions: { code: 'BAD_USER_INPUT', argument: arg },
            });
          }
        },
      };
    },
  };
}
