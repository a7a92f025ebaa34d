/**
 * Named Cypher for `evidence-graph classify`: pages of statements to label,
 * keyset by id (so a run can resume after the last id it wrote), and the write
 * of model labels. The write checks again who holds each label, so a curator's
 * edit between the read and the write is never overwritten.
 */
import type { NamedQuery } from '../executor.js';
import { heldLabelSource, labelledSources } from './writes.js';

const q = (name: string, text: string): NamedQuery => ({ name, text });

/** Which statements a run visits. */
export type ClassifyScope = 'unclassified' | 'all' | 'modelVersion';

const HELD = `${heldLabelSource('s', 'polarity')} AS heldPolarity, ${heldLabelSource('s', 'purpose')} AS heldPurpose`;

/** The candidate test of each scope, over heldPolarity / heldPurpose ($version for modelVersion). */
const SCOPE: Record<ClassifyScope, string> = {
  unclassified: 'heldPolarity IS NULL OR heldPurpose IS NULL',
  all: "heldPolarity IS NULL OR heldPolarity = 'MODEL' OR heldPurpose IS NULL OR heldPurpose = 'MODEL'",
  modelVersion:
    "(heldPolarity = 'MODEL' AND s.polarityVersion = $version) OR (heldPurpose = 'MODEL' AND s.purposeVersion = $version)",
};

/** How many statements `scope` visits (for the progress bar). */
export function countCandidates(scope: ClassifyScope): NamedQuery {
  return q(
    `classify.count.${scope}`,
    `MATCH (s:Statement) WHERE trim(coalesce(s.text, '')) <> ''
WITH s, ${HELD} WHERE ${SCOPE[scope]}
RETURN count(s) AS n`,
  );
}

/** The next `$limit` candidates after id `$after`, in id order, with who holds their labels. */
export function candidatePage(scope: ClassifyScope): NamedQuery {
  return q(
    `classify.page.${scope}`,
    `MATCH (s:Statement) WHERE s.id > $after AND trim(coalesce(s.text, '')) <> ''
WITH s, ${HELD} WHERE ${SCOPE[scope]}
WITH s, heldPolarity, heldPurpose ORDER BY s.id LIMIT toInteger($limit)
RETURN s.id AS id, s.text AS text, s.section AS section, heldPolarity, heldPurpose,
       s.polarityVersion AS polarityVersion, s.purposeVersion AS purposeVersion`,
  );
}

/**
 * Sets the model labels of `$rows` ({id, polarity, confidence, rule, polarityVersion,
 * purpose, purposeConfidence, purposeVersion}; a null polarity or purpose leaves that
 * label), only where the label is still unset or the model's. Returns what the
 * counter rules read (src/importers/resolve/counters.ts).
 */
export const writeModelLabels = q(
  'classify.write',
  `UNWIND $rows AS row
MATCH (a:Paper)-[:MAKES]->(s:Statement {id: row.id})-[:REFERS_TO]->(b:Paper)
WITH a, b, s, row, properties(s) AS before, ${HELD}
WITH a, b, s, row, before, heldPolarity, heldPurpose,
     row.polarity IS NOT NULL AND (heldPolarity IS NULL OR heldPolarity = 'MODEL') AS newPolarity,
     row.purpose IS NOT NULL AND (heldPurpose IS NULL OR heldPurpose = 'MODEL') AS newPurpose
SET s.polarity = CASE WHEN newPolarity THEN row.polarity ELSE s.polarity END,
    s.polaritySource = CASE WHEN newPolarity THEN 'MODEL' ELSE heldPolarity END,
    s.confidence = CASE WHEN newPolarity THEN row.confidence ELSE s.confidence END,
    s.polarityRule = CASE WHEN newPolarity THEN row.rule ELSE s.polarityRule END,
    s.polarityVersion = CASE WHEN newPolarity THEN row.polarityVersion ELSE s.polarityVersion END,
    s.purpose = CASE WHEN newPurpose THEN row.purpose ELSE s.purpose END,
    s.purposeSource = CASE WHEN newPurpose THEN 'MODEL' ELSE heldPurpose END,
    s.purposeConfidence = CASE WHEN newPurpose THEN row.purposeConfidence ELSE s.purposeConfidence END,
    s.purposeVersion = CASE WHEN newPurpose THEN row.purposeVersion ELSE s.purposeVersion END
SET ${labelledSources('s', '[]')}
RETURN s.id AS id, a.id AS citing, b.id AS cited, false AS created,
       before.polarity AS oldPolarity, s.polarity AS newPolarity, before <> properties(s) AS changed`,
);
