/** All resolvers, merged by type. */
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { applyPolicy } from '../auth/policy.js';
import { conceptResolvers } from './concept.js';
import { curationResolvers } from './curation.js';
import { evidenceResolvers } from './evidence.js';
import { findingResolvers } from './finding.js';
import { harvestResolvers } from './harvest.js';
import { importResolvers } from './import.js';
import { libraryResolvers } from './library.js';
import { networkResolvers } from './network.js';
import { paperResolvers } from './paper.js';
import { provenanceResolvers } from './provenance.js';
import { searchResolvers } from './search.js';
import { statementResolvers } from './statement.js';

const parts: Resolvers[] = [
  paperResolvers,
  statementResolvers,
  conceptResolvers,
  findingResolvers,
  searchResolvers,
  networkResolvers,
  evidenceResolvers,
  libraryResolvers,
  curationResolvers,
  provenanceResolvers,
  // Mutation.importRecords: curators only, by the default rule in src/auth/policy.ts.
  importResolvers,
  // Mutation.startHarvest and Query.harvestJob: curators only (src/auth/policy.ts).
  harvestResolvers,
];

/**
 * Merges per-domain resolver maps (a type's fields may come from several of
 * them) and wraps them in the authorization policy (src/auth/policy.ts).
 */
export function buildResolvers(extra: Resolvers[] = []): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const part of [...parts, ...extra]) {
    for (const [type, fields] of Object.entries(part)) {
      merged[type] = { ...(merged[type] ?? {}), ...(fields as Record<string, unknown>) };
    }
  }
  return applyPolicy(merged as Resolvers);
}
