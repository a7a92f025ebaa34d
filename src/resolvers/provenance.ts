/**
 * Provenance fields (schema/provenance.graphql): `sources` and `verified` on
 * statements, findings, citation edges and concept links, and the link lists
 * of papers and statements. A fact written before provenance was kept has no
 * `sources` (an empty list here); `verified` is true unless the fact is flagged.
 */
import type { Resolvers } from '../__generated__/resolvers-types.js';
import type { ProvenanceModel } from '../repositories/models.js';

const sources = (fact: ProvenanceModel) => fact.sources ?? [];
const verified = (fact: ProvenanceModel) => fact.verified !== false;
const note = (fact: ProvenanceModel) => fact.note ?? null;

export const provenanceResolvers: Resolvers = {
  Statement: {
    sources,
    verified,
    note,
    aboutLinks: (s, _a, { loaders }) => loaders.statementAboutLinks.load(s.id),
  },
  Finding: { sources, verified },
  CitationEdge: { sources, verified, note },
  ConceptLink: {
    sources,
    verified,
    relation: (link) => link.relation as 'STUDIES',
    linkSource: (link) => (link.linkSource === 'TAGGER' ? 'TAGGER' : 'CURATED'),
    taggerVersion: (link) => link.taggerVersion ?? null,
    evidence: (link) =>
      link.evidenceField != null && link.evidenceText != null
        ? {
            field: link.evidenceField,
            text: link.evidenceText,
            start: link.evidenceStart ?? 0,
            end: link.evidenceEnd ?? 0,
          }
        : null,
  },
  InclusionLink: { sources, verified, note },
  Paper: {
    conceptLinks: (p, _a, { loaders }) => loaders.conceptLinks.load(p.id),
    inclusionLinks: (p, _a, { loaders }) => loaders.inclusionLinks.load(p.id),
    unverified: (p) =>
      (p.unverifiedFields ?? []).map((field, i) => ({
        field,
        note: p.unverifiedNotes?.[i] ?? '',
      })),
  },
};
