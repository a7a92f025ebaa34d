/**
 * One citation `(a)-[c:CITES]->(b)` as a compact value for queries that return many of them
 * (network edges, whole-graph exports): the cited id alone when the citation carries no
 * statements (most do not), else `[cited id, statementCount, supporting, mentioning,
 * contrasting, unclassified]`. The driver decodes a string or a short list far faster than a
 * map with named keys. Decoded by `citationFromItem` (src/repositories/network/cited-item.ts).
 */
export const CITED_ITEM = `CASE WHEN coalesce(c.statementCount, 0) = 0 THEN b.id
    ELSE [b.id, c.statementCount, coalesce(c.supporting, 0), coalesce(c.mentioning, 0),
          coalesce(c.contrasting, 0), coalesce(c.unclassified, 0)] END`;
