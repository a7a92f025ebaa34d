/**
 * Refuses over-long string arguments, literal or passed as variables, before
 * anything runs: a 200 kB search text is an error, not a Lucene query.
 * Arguments that carry documents by design (importRecords' `content`) are exempt;
 * the HTTP body limit bounds them.
 */
import {
  GraphQLError,
  Kind,
  visit,
  type ArgumentNode,
  type DocumentNode,
  type ValueNode,
} from 'graphql';
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

/**
 * The checked arguments of a document, found once per document: Apollo hands every
 * request of the same query text the same cached DocumentNode, so repeated requests
 * skip the walk and only measure their variables.
 */
const argumentsOf = new WeakMap<DocumentNode, ArgumentNode[]>();

function checkedArguments(document: DocumentNode): ArgumentNode[] {
  let found = argumentsOf.get(document);
  if (!found) {
    const list: ArgumentNode[] = [];
    visit(document, {
      Argument(node) {
        if (!EXEMPT_ARGUMENTS.has(node.name.value)) list.push(node);
      },
    });
    argumentsOf.set(document, (found = list));
  }
  return found;
}

/** The first argument in `document` whose string value is longer than `max`, or null. */
export function overLongArgument(
  document: DocumentNode,
  variables: Record<string, unknown>,
  max: number,
): string | null {
  const over = checkedArguments(document).find((a) => literalLongest(a.value, variables) > max);
  return over?.name.value ?? null;
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
