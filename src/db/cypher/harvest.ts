/**
 * Named Cypher for `evidence-graph harvest`: the graph's totals of papers, citations and
 * statements, read before and after a run so that its summary counts what it added.
 */
import type { NamedQuery } from '../executor.js';

/** Papers, CITES edges and statements in the whole graph (count-store lookups). */
export const graphTotals: NamedQuery = {
  name: 'harvest.graphTotals',
  text: `CALL () { MATCH (p:Paper) RETURN count(p) AS papers }
CALL () { MATCH ()-[c:CITES]->() RETURN count(c) AS citations }
CALL () { MATCH (s:Statement) RETURN count(s) AS statements }
RETURN papers, citations, statements`,
};
