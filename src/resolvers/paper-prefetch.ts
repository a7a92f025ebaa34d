/**
 * What Query.paper can read in the same round trip as the paper: when its selection holds
 * exactly one citations, references or coCited field, that field's page is read with the
 * paper (src/repositories/paper-lookup.ts) and handed to the loader the field resolves
 * through, with the same validated arguments and projection, so the field finds it there.
 * Anything unusual (two such fields, a directive, arguments the field will refuse) reads
 * nothing ahead: the field then resolves, and reports its errors, exactly as before.
 */
import { getArgumentValues, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import type { Config } from '../config.js';
import { intInRange } from '../domain/network/options.js';
import type { Prefetch } from '../repositories/paper-lookup.js';
import { citationRequest, type Args } from './citation-connection.js';
import { fieldsAt, paperProjection, projection } from './selected-fields.js';

/** Paper.coCited's and Paper.coupled's largest `first`. */
export const MAX_RELATED = 100;

const PREFETCHED = ['citations', 'references', 'coCited'];

/** The prefetch for Query.paper's selection, or null to read nothing ahead. */
export function prefetchOf(info: GraphQLResolveInfo, config: Config): Prefetch | null {
  const children = PREFETCHED.flatMap((name) => fieldsAt(info.fieldNodes, [name], info.fragments));
  if (children.length !== 1) return null;
  const node = children[0]!;
  if (node.directives?.length) return null;
  const name = node.name.value;
  const def = (info.schema.getType('Paper') as GraphQLObjectType).getFields()[name];
  if (!def) return null;
  try {
    const args = getArgumentValues(def, node, info.variableValues);
    if (name === 'coCited') {
      return {
        kind: 'related',
        related: 'coCited',
        first: intInRange('first', args.first as number | null, 10, 0, MAX_RELATED),
        fields: paperProjection([node], ['paper'], info.fragments),
      };
    }
    const direction = name === 'citations' ? 'citations' : 'references';
    return {
      kind: 'citations',
      direction,
      ...citationRequest(direction, args as Args, config),
      fields: paperProjection([node], ['edges', 'node'], info.fragments),
      statements: projection('Statement', [node], ['edges', 'statements'], info.fragments),
    };
  } catch {
    // Arguments the field itself will refuse, with its own error at its own path.
    return null;
  }
}
