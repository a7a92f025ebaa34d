/**
 * One citation `(a)-[c:CITES]->(b)` as a compact value for queries that return many of them
 * (network edges, whole-graph exports): `[cited id, sources]` when the citation carries no
 * statements (most do not), else `[cited id, statementCount, supporting, mentioning,
 * contrasting, unclassified, sources]`; the cited id alone for an edge with neither (written
 * before provenance was kept). A flagged citation (`verified` or `note` set, which few are)
 * always takes the long form with `verified` and `note` appended. The driver decodes a string
 * or a short list far faster than a map with named keys. Decoded by `citationFromItem`
 * (src/repositories/network/cited-item.ts).
 */
export const CITED_ITEM = `CASE WHEN c.verified IS NOT NULL OR c.note IS NOT NULL
    THEN [b.id, coalesce(c.statementCount, 0), coalesce(c.supporting, 0),
          coalesce(c.mentioning, 0), coalesce(c.contrasting, 0), coalesce(c.unclassified, 0),
          coalesce(c.sources, []), c.verified, c.note]
    WHEN coalesce(c.statementCount, 0) = 0
    THEN CASE WHEN c.sources IS NULL THEN b.id ELSE [b.id, c.sources] END
    ELSE [b.id, c.statementCount, coalesce(c.supporting, 0), coalesce(c.mentioning, 0),
          coalesce(c.contrasting, 0), coalesce(c.unclassified, 0), coalesce(c.sources, [])] END`;
