/** All resolvers, merged by type. */
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { conceptResolvers } from './concept.js';
import { findingResolvers } from './finding.js';
import { paperResolvers } from './paper.js';
import { searchResolvers } from './search.js';
import { statementResolvers } from './statement.js';

const parts: Resolvers[] = [
  paperResolvers,
  statementResolvers,
  conceptResolvers,
  findingResolvers,
  searchResolvers,
];

/** Merges per-domain resolver maps; a type's fields may come from several of them. */
export function buildResolvers(extra: Resolvers[] = []): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const part of [...parts, ...extra]) {
    for (const [type, fields] of Object.entries(part)) {
      merged[type] = { ...(merged[type] ?? {}), ...(fields as Record<string, unknown>) };
    }
  }
  return merged as Resolvers;
}
