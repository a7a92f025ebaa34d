/**
 * Full-text search across papers (title, abstract) and statements (text),
 * merged by Lucene score. Each index contributes at most $cap hits, which
 * bounds totalCount and the work per request.
 */
import type { NamedQuery } from '../executor.js';

export const searchAll: NamedQuery = {
  name: 'search.all',
  text: `CALL () {
  CALL db.index.fulltext.queryNodes('paper_text', $text, {limit: $cap}) YIELD node, score
  RETURN node, score, 'Paper' AS type
  UNION ALL
  CALL db.index.fulltext.queryNodes('statement_text', $text, {limit: $cap}) YIELD node, score
  RETURN node, score, 'Statement' AS type
}
WITH node, score, type ORDER BY score DESC, node.id
WITH collect({node: node, score: score, type: type}) AS hits
CALL (hits) {
  UNWIND hits[$offset..($offset + $limit)] AS hit
  WITH hit, hit.node AS n
  OPTIONAL MATCH (citing:Paper)-[:MAKES]->(n)-[:REFERS_TO]->(cited:Paper)
  RETURN collect({type: hit.type, score: hit.score,
                  item: n {.*, citingId: citing.id, citedId: cited.id}}) AS page
}
RETURN size(hits) AS total, page`,
};
