/**
 * Named Cypher for `evidence-graph doctor`: whole-graph checks that the graph still keeps its
 * own rules (counters equal to a recount, one paper per identifier, provenance on every
 * asserted fact, integers stored as integers), and the two repairs doctor may make, counters
 * and types, each a page of anchors by id so that every write transaction stays bounded.
 *
 * Every check returns one row `{count, examples}`: how many problems, and the first
 * $examples of them (in order) as short human-readable lines.
 */
import {
  EDGE_COUNTERS as EDGE_PROPS,
  PAPER_COUNTERS as PAPER_PROPS,
} from '../../domain/counters.js';
import type { NamedQuery } from '../executor.js';

const q = (name: string, text: string): NamedQuery => ({ name, text });

/** Counts the rows of `example` and keeps the first $examples of them, sorted. */
const SUMMARY = `WITH example ORDER BY example
RETURN count(*) AS count, collect(example)[..toInteger($examples)] AS examples`;

/** A list of strings as one, comma-separated. */
const joined = (list: string) => `reduce(s = head(${list}), x IN tail(${list}) | s + ', ' + x)`;

/** A value that is there and is not an integer (a float, a string, a list, ...). */
const notInteger = (v: string) => `${v} IS NOT NULL AND NOT valueType(${v}) STARTS WITH 'INTEGER'`;

const PAPER_COUNTERS = Object.values(PAPER_PROPS);
const CITES_COUNTERS = Object.values(EDGE_PROPS);

/** The statement tallies of `pattern` (which binds `s`), one pass. */
const statementTally = (vars: string, pattern: string) => `CALL (${vars}) {
  OPTIONAL MATCH ${pattern}
  RETURN count(s) AS st,
         count(CASE s.polarity WHEN 'SUPPORTING' THEN 1 END) AS sup,
         count(CASE s.polarity WHEN 'MENTIONING' THEN 1 END) AS men,
         count(CASE s.polarity WHEN 'CONTRASTING' THEN 1 END) AS con,
         count(CASE s.polarity WHEN 'UNCLASSIFIED' THEN 1 END) AS unc
}`;

/** `recount`: what every counter of paper `p` should hold, as the writer defines them. */
const PAPER_RECOUNT = `${statementTally('p', '(s:Statement)-[:REFERS_TO]->(p)')}
WITH p, {citingPaperCount: COUNT { (:Paper)-[:CITES]->(p) }, referenceCount: COUNT { (p)-[:CITES]->(:Paper) },
  statementCount: st, supportingCount: sup, mentioningCount: men, contrastingCount: con,
  unclassifiedCount: unc} AS recount`;

/** `recount`: what every counter of citation `c` (a → b) should hold. */
const CITES_RECOUNT = `${statementTally('a, b', '(a)-[:MAKES]->(s:Statement)-[:REFERS_TO]->(b)')}
WITH a, b, c, {statementCount: st, supporting: sup, mentioning: men, contrasting: con,
  unclassified: unc} AS recount`;

/** `off`: the counters of `alias` that are missing or differ from `recount`. */
const offCounters = (alias: string, counters: string[]) =>
  `[k IN [${counters.map((k) => `'${k}'`).join(', ')}] WHERE ${alias}[k] IS NULL OR ${alias}[k] <> recount[k]]`;

/** "k stored ≠ recount" for each counter in `off`. */
const driftText = (alias: string) =>
  joined(
    `[k IN off | k + ' ' + coalesce(toString(${alias}[k]), 'missing') + ' (recount ' + toString(recount[k]) + ')']`,
  );

/** Papers and citations whose counters are missing or differ from a recount. */
export const counterDrift = q(
  'doctor.counterDrift',
  `CALL () {
  MATCH (p:Paper)
  ${PAPER_RECOUNT}
  WITH p, recount, ${offCounters('p', PAPER_COUNTERS)} AS off
  WHERE size(off) > 0
  RETURN 'paper ' + p.id + ': ' + ${driftText('p')} AS example
  UNION ALL
  MATCH (a:Paper)-[c:CITES]->(b:Paper)
  ${CITES_RECOUNT}
  WITH a, b, c, recount, ${offCounters('c', CITES_COUNTERS)} AS off
  WHERE size(off) > 0
  RETURN 'citation ' + a.id + ' -> ' + b.id + ': ' + ${driftText('c')} AS example
}
${SUMMARY}`,
);

/**
 * Identifier values ($keys: doi, pmid, ...) held by more than one paper, compared as lower-case
 * strings so that a DOI differing only in case, or a PMID stored once as a number, still clashes.
 */
export const identifierClashes = q(
  'doctor.identifierClashes',
  `MATCH (p:Paper)
WITH p ORDER BY p.id
UNWIND $keys AS k
WITH k, p, p[k] AS value WHERE value IS NOT NULL
WITH k, toLower(toString(value)) AS value, collect(p.id) AS ids
WHERE size(ids) > 1
WITH k + ' ' + value + ': ' + ${joined('ids')} AS example
${SUMMARY}`,
);

/** Lower case, accents and everything but letters and digits dropped. */
const normalised = (text: string) =>
  `reduce(s = '', ch IN split(normalize(toLower(${text}), NFKD), '') | s + CASE WHEN ch =~ '[\\\\p{L}\\\\p{N}]' THEN ch ELSE '' END)`;

/**
 * The family name in an author's name as the importers store it: before the comma of
 * "Family, Given"; the first word of "Family AB" (trailing initials); else the last word.
 */
const FAMILY = `CASE
  WHEN first CONTAINS ',' THEN split(first, ',')[0]
  WHEN size(words) > 1 AND last(words) =~ '(\\\\p{Lu}\\\\.?){1,3}' THEN head(words)
  ELSE last(words) END`;

/**
 * Groups of papers with the same normalised title, year and first author's family name in
 * which some two papers share no identifier ($keys): likely one work held twice, for a curator
 * to judge (pairs that share one are identifier clashes instead). Both values of a pair are
 * tested for null: one null comparison would make none() null and drop the group.
 */
export const likelyDuplicates = q(
  'doctor.likelyDuplicates',
  `MATCH (p:Paper) WHERE p.title IS NOT NULL AND p.year IS NOT NULL
WITH p, head(COLLECT { MATCH (a:Author)-[r:AUTHORED]->(p) RETURN a.name ORDER BY r.position }) AS first
WHERE first IS NOT NULL
WITH p, first, [w IN split(trim(first), ' ') WHERE w <> ''] AS words
WITH p, ${normalised(FAMILY)} AS family, ${normalised('p.title')} AS title
WHERE family <> '' AND title <> ''
WITH p, family, title ORDER BY p.id
WITH title, toInteger(p.year) AS year, family, collect(p) AS ps
WHERE size(ps) > 1 AND any(i IN range(0, size(ps) - 2) WHERE any(j IN range(i + 1, size(ps) - 1) WHERE
  none(k IN $keys WHERE ps[i][k] IS NOT NULL AND ps[j][k] IS NOT NULL AND toLower(toString(ps[i][k])) = toLower(toString(ps[j][k])))))
WITH family + ' ' + toString(year) + ' "' + ps[0].title + '": ' + ${joined('[x IN ps | x.id]')} AS example
${SUMMARY}`,
);

/** Stub papers (known only from a citation, or untitled) that nothing links to or from. */
export const orphanStubs = q(
  'doctor.orphanStubs',
  `MATCH (p:Paper) WHERE coalesce(p.stub, p.title IS NULL) AND NOT EXISTS { (p)--() }
WITH p.id + coalesce(' (doi ' + p.doi + ')', '') AS example
${SUMMARY}`,
);

/** The relationships and nodes that assert a fact, so must say where it came from (its `sources`). */
const ASSERTING_TYPES = 'CITES|STUDIES|MEASURES|IN_POPULATION|IN_SETTING|ABOUT|INCLUDES';
const ASSERTING_LABELS = 'Statement|Finding';

/** `sources` missing, not a list, or empty. */
const noSources = (v: string) =>
  `(${v}.sources IS NULL OR NOT valueType(${v}.sources) STARTS WITH 'LIST' OR size(${v}.sources) = 0)`;

/** Asserted facts with no provenance: relationships and nodes without a non-empty `sources`. */
export const missingProvenance = q(
  'doctor.missingProvenance',
  `CALL () {
  MATCH (a)-[r:${ASSERTING_TYPES}]->(b) WHERE ${noSources('r')}
  RETURN type(r) + ' ' + coalesce(a.id, '?') + ' -> ' + coalesce(b.id, '?') AS example
  UNION ALL
  MATCH (n:${ASSERTING_LABELS}) WHERE ${noSources('n')}
  RETURN head(labels(n)) + ' ' + n.id AS example
}
${SUMMARY}`,
);

/** The integer properties ($…Props, src/domain/integer-properties.ts) that hold some other type. */
export const wrongTypes = q(
  'doctor.wrongTypes',
  `CALL () {
  MATCH (n:Paper) UNWIND $paperProps AS k WITH n, k WHERE ${notInteger('n[k]')}
  RETURN 'paper ' + n.id + ' ' + k + ': ' + valueType(n[k]) AS example
  UNION ALL
  MATCH (a:Paper)-[n:CITES]->(b:Paper) UNWIND $citesProps AS k WITH a, b, n, k WHERE ${notInteger('n[k]')}
  RETURN 'citation ' + a.id + ' -> ' + b.id + ' ' + k + ': ' + valueType(n[k]) AS example
  UNION ALL
  MATCH (a:Author)-[n:AUTHORED]->(p:Paper) UNWIND $authoredProps AS k WITH a, p, n, k WHERE ${notInteger('n[k]')}
  RETURN 'authorship ' + a.id + ' -> ' + p.id + ' ' + k + ': ' + valueType(n[k]) AS example
  UNION ALL
  MATCH (n:Finding) UNWIND $findingProps AS k WITH n, k WHERE ${notInteger('n[k]')}
  RETURN 'finding ' + n.id + ' ' + k + ': ' + valueType(n[k]) AS example
  UNION ALL
  MATCH (n:ExternalTally) UNWIND $tallyProps AS k WITH n, k WHERE ${notInteger('n[k]')}
  RETURN 'tally ' + n.id + ' ' + k + ': ' + valueType(n[k]) AS example
}
${SUMMARY}`,
);

/** The next $size nodes of `label` after id $after, collected as `page`. */
const page = (label: string) => `MATCH (x:${label}) WHERE x.id > $after
WITH x ORDER BY x.id LIMIT toInteger($size)
WITH collect(x) AS page`;

const PAGE_END = `RETURN size(page) AS size, last(page).id AS last, fixed`;

/**
 * Sets the counters of the next $size papers, and of the citations they make, to the recount
 * where they drift; `fixed` counts the papers and citations changed.
 */
export const fixCounters = q(
  'doctor.fixCounters',
  `${page('Paper')}
CALL (page) {
  UNWIND page AS p
  ${PAPER_RECOUNT}
  WITH p, recount WHERE size(${offCounters('p', PAPER_COUNTERS)}) > 0
  SET p += recount
  RETURN count(*) AS papers
}
CALL (page) {
  UNWIND page AS a
  MATCH (a)-[c:CITES]->(b:Paper)
  ${CITES_RECOUNT}
  WITH c, recount WHERE size(${offCounters('c', CITES_COUNTERS)}) > 0
  SET c += recount
  RETURN count(*) AS citations
}
WITH page, papers + citations AS fixed
${PAGE_END}`,
);

/**
 * Integer properties ($props) that hold a float or a numeric string become integers, on the
 * entities `reach` binds as `n` from each anchor `x` of the page; a value toInteger cannot
 * read (a word) is left as it is, for the check to keep reporting.
 */
function fixTypes(name: string, label: string, reach: string): NamedQuery {
  return q(
    name,
    `${page(label)}
CALL (page) {
  UNWIND page AS x
  ${reach}
  UNWIND $props AS k
  WITH n, k, n[k] AS v WHERE ${notInteger('v')} AND toInteger(v) IS NOT NULL
  SET n[k] = toInteger(v)
  RETURN count(*) AS fixed
}
${PAGE_END}`,
  );
}

/** One repair per kind of entity with integer properties, paged by the anchor's id. */
export const fixTypesOf = {
  Paper: fixTypes('doctor.fixTypes.paper', 'Paper', 'WITH x AS n'),
  CITES: fixTypes('doctor.fixTypes.cites', 'Paper', 'MATCH (x)-[n:CITES]->(:Paper)'),
  AUTHORED: fixTypes('doctor.fixTypes.authored', 'Paper', 'MATCH (:Author)-[n:AUTHORED]->(x)'),
  Finding: fixTypes('doctor.fixTypes.finding', 'Finding', 'WITH x AS n'),
  ExternalTally: fixTypes('doctor.fixTypes.tally', 'ExternalTally', 'WITH x AS n'),
} as const;
