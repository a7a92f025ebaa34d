/**
 * Named Cypher for the concept tagger's links (docs/tagger.md): the taxonomy it is compiled
 * from, the write of TAGGER links (STUDIES / MEASURES of papers, ABOUT of statements) shared
 * by import and `evidence-graph tag`, and the keyset pages that command walks.
 *
 * A link's `linkSource` is TAGGER for the tagger's; absent is CURATED (every link stored
 * before the tagger existed, and every link a record or a curator asserts). The write
 * touches TAGGER links only: a curated link the tagger also finds stays as it is, and a
 * TAGGER link no longer found is deleted, so re-tagging after a synonym change moves only
 * TAGGER links. A TAGGER link lists only the tagger's version in `sources`.
 */
import type { NamedQuery } from '../executor.js';

const q = (name: string, text: string): NamedQuery => ({ name, text });

/** The interventions and outcomes with their terms (what the tagger is compiled from). */
export const taggerTaxonomy = q(
  'tags.taxonomy',
  `CALL () {
  MATCH (c:InterventionType) RETURN c, 'intervention' AS kind
  UNION ALL
  MATCH (c:Outcome) RETURN c, 'outcome' AS kind
}
WITH c, kind WHERE c.id IS NOT NULL AND c.name IS NOT NULL
RETURN c.id AS id, kind, c.name AS name, coalesce(c.synonyms, []) AS synonyms,
       coalesce(c.instruments, []) AS instruments
ORDER BY c.id`,
);

/** The TAGGER link properties of `r` from tag row `l`. */
const TAGGER_PROPS = (r: string, l: string) =>
  `${r}.linkSource = 'TAGGER', ${r}.taggerVersion = $version, ${r}.sources = [$version],
    ${r}.evidenceField = ${l}.field, ${r}.evidenceText = ${l}.text,
    ${r}.evidenceStart = ${l}.evidenceStart, ${r}.evidenceEnd = ${l}.evidenceEnd`;

/** A sorted, comparable picture of `alias`'s TAGGER links of `types`. */
const taggerLinks = (alias: string, types: string) =>
  `COLLECT { MATCH (${alias})-[r:${types}]->(k) WHERE r.linkSource = 'TAGGER'
    RETURN [k.id, r.taggerVersion, r.evidenceField, r.evidenceText, toString(r.evidenceStart)] AS l ORDER BY l }`;

/** MERGEs the TAGGER links of one kind; a curated link found so is left untouched. */
function mergeLinks(owner: string, kind: string, type: string, label: string): string {
  return `CALL (${owner}, row) {
  UNWIND [l IN row.links WHERE l.kind = '${kind}'] AS l
  MATCH (c:${label} {id: l.concept})
  MERGE (${owner})-[r:${type}]->(c)
  ON CREATE SET r.linkSource = 'TAGGER'
  WITH r, l WHERE r.linkSource = 'TAGGER'
  SET ${TAGGER_PROPS('r', 'l')}
}`;
}

/**
 * Replaces the TAGGER links of type `types` from the `label` nodes of `$rows` ({id, links:
 * TagRow[]}) with the given ones (interventions through `toIntervention`, outcomes through
 * `toOutcome`) and marks each node tagged by `$version`; returns whether its TAGGER links changed.
 */
function replaceTaggerLinks(
  name: string,
  alias: string,
  label: string,
  toIntervention: string,
  toOutcome: string,
): NamedQuery {
  const types = toIntervention === toOutcome ? toIntervention : `${toIntervention}|${toOutcome}`;
  return q(
    name,
    `UNWIND $rows AS row
MATCH (${alias}:${label} {id: row.id})
WITH ${alias}, row, ${taggerLinks(alias, types)} AS before
SET ${alias}.taggerVersion = $version
WITH ${alias}, row, before
CALL (${alias}, row) {
  MATCH (${alias})-[r:${types}]->(c) WHERE r.linkSource = 'TAGGER'
    AND NOT c.id IN [l IN row.links | l.concept]
  DELETE r
}
${mergeLinks(alias, 'intervention', toIntervention, 'InterventionType')}
${mergeLinks(alias, 'outcome', toOutcome, 'Outcome')}
RETURN row.id AS id, before <> ${taggerLinks(alias, types)} AS changed`,
  );
}

/** Papers' STUDIES and MEASURES links. */
export const tagPapers = replaceTaggerLinks('tags.papers', 'p', 'Paper', 'STUDIES', 'MEASURES');

/** Statements' ABOUT links. */
export const tagStatements = replaceTaggerLinks(
  'tags.statements',
  's',
  'Statement',
  'ABOUT',
  'ABOUT',
);

/** Which nodes a `tag` run visits: those not tagged by this version yet, or all. */
export type TagScope = 'untagged' | 'all';

const PAPER_TEXT = `(p.title IS NOT NULL OR p.abstract IS NOT NULL OR p.keywords IS NOT NULL OR p.topics IS NOT NULL)`;
const SCOPE = (alias: string, scope: TagScope) =>
  scope === 'all' ? '' : ` AND coalesce(${alias}.taggerVersion, '') <> $version`;

/** How many papers and statements a run of `scope` visits (the progress bar). */
export function countToTag(scope: TagScope): NamedQuery {
  return q(
    `tags.count.${scope}`,
    `CALL () { MATCH (p:Paper) WHERE ${PAPER_TEXT}${SCOPE('p', scope)} RETURN count(p) AS n
  UNION ALL MATCH (s:Statement) WHERE trim(coalesce(s.text, '')) <> ''${SCOPE('s', scope)} RETURN count(s) AS n }
RETURN sum(n) AS n`,
  );
}

/** The next `$limit` papers with text after id `$after`, in id order. */
export function paperPage(scope: TagScope): NamedQuery {
  return q(
    `tags.papers.page.${scope}`,
    `MATCH (p:Paper) WHERE p.id > $after AND ${PAPER_TEXT}${SCOPE('p', scope)}
WITH p ORDER BY p.id LIMIT toInteger($limit)
RETURN p.id AS id, p.title AS title, p.abstract AS abstract, p.keywords AS keywords, p.topics AS topics`,
  );
}

/** The next `$limit` statements with text after id `$after`, in id order. */
export function statementPage(scope: TagScope): NamedQuery {
  return q(
    `tags.statements.page.${scope}`,
    `MATCH (s:Statement) WHERE s.id > $after AND trim(coalesce(s.text, '')) <> ''${SCOPE('s', scope)}
WITH s ORDER BY s.id LIMIT toInteger($limit)
RETURN s.id AS id, s.text AS text, s.contextBefore AS contextBefore`,
  );
}
