/**
 * Rows of the evidence map's keys queries (src/db/cypher/evidence.ts `evidenceKeysFrom`:
 * papers and findings as value lists, for a map that shows neither) back into the records
 * the assembly reads: a finding gets the values of FINDING_KEYS it stores (an absent
 * property is left out, as `f {.*}` leaves it out) and its paper's id.
 */
import { FINDING_KEYS } from '../db/cypher/evidence.js';
import type { Row } from '../db/executor.js';
import type { PaperEvidence } from '../domain/evidence/types.js';
import type { EvidenceFindingModel } from './evidence-models.js';
import type { PaperModel } from './models.js';

const AFTER_KEYS = FINDING_KEYS.length;

/** One keys-query row as the paper evidence the whole-record queries give. */
export function evidenceFromKeys(row: Row): PaperEvidence<PaperModel, EvidenceFindingModel> {
  const [id, year, publicationTypes] = row.paper as [string, number | null, string[] | null];
  const findings = (row.findings as unknown[][]).map((values) => {
    const f: Record<string, unknown> = {};
    for (let k = 0; k < AFTER_KEYS; k++) {
      const v = values[k];
      if (v !== null && v !== undefined) f[FINDING_KEYS[k]!] = v;
    }
    f.paperId = id;
    f.interventionId = values[AFTER_KEYS];
    f.outcomeId = values[AFTER_KEYS + 1];
    return f as unknown as EvidenceFindingModel;
  });
  return {
    paper: { id, year, publicationTypes } as PaperModel,
    findings,
    interventions: row.interventions as string[],
    outcomes: row.outcomes as string[],
    taggedInterventions: row.taggedInterventions as string[],
    taggedOutcomes: row.taggedOutcomes as string[],
  };
}
