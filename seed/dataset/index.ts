/**
 * The curated, real seed dataset as one RecordBatch.
 *
 * Source: seed/sources/peer-support-literature.md and the two seed files in
 * seed/sources/ (see each module's header for the section it draws on).
 *
 * Honesty rules: no invented DOI, author, page or number; anything the reference marks
 * *unverified* is left out or carried with an explicit provenance note; DOIs are lower case
 * (normalised); quoted statements are verbatim, curated ones are marked as paraphrase.
 * test/unit/seed/dataset.test.ts checks these rules mechanically where it can.
 */
import type { RecordBatch } from '../../src/domain/import-format.js';
import { citations, inclusions } from './citations.js';
import { findings } from './findings.js';
import { papers } from './papers.js';
import { statements } from './statements.js';
import { tallies } from './tallies.js';
import { concepts } from './taxonomy.js';

export const seedDataset: RecordBatch = {
  concepts,
  papers,
  citations,
  statements,
  findings,
  tallies,
  inclusions,
};
