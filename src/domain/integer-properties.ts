/**
 * Which stored properties are integers. Neo4j keeps Integer and Float apart
 * (`valueType`, type predicates, exports and every client that reads types see
 * `2010` and `2010.0` as different), and a JavaScript number travels to it as a
 * Float unless it is wrapped. Every write path (the transactional writer, the bulk
 * load, curation) therefore stores these names as Integers, and a type check
 * can tell a stray Float from a real one.
 */
import { EDGE_COUNTERS, PAPER_COUNTERS } from './counters.js';

/** Integer properties, by node label or relationship type. */
export const INTEGER_PROPERTIES_BY_OWNER = {
  Paper: ['year', ...Object.values(PAPER_COUNTERS)],
  AUTHORED: ['position'],
  CITES: Object.values(EDGE_COUNTERS),
  Finding: ['n', 'nI', 'nC', 'eventsI', 'totalI', 'eventsC', 'totalC', 'k'],
  ExternalTally: [
    'citingPublications',
    'statements',
    'supporting',
    'mentioning',
    'contrasting',
    'unclassified',
    'references',
  ],
} as const satisfies Record<string, readonly string[]>;

/**
 * The concept tagger's evidence offsets on STUDIES, MEASURES and ABOUT links
 * (src/db/cypher/tags.ts); kept apart from the owners doctor repairs, as only the tagger
 * writes them, always from integer offsets.
 */
export const TAG_EVIDENCE_INTEGERS = ['evidenceStart', 'evidenceEnd'] as const;

/** Every property name that is an integer wherever it occurs (no name is a Float elsewhere). */
export const INTEGER_PROPERTIES: ReadonlySet<string> = new Set([
  ...Object.values(INTEGER_PROPERTIES_BY_OWNER).flat(),
  ...TAG_EVIDENCE_INTEGERS,
]);
