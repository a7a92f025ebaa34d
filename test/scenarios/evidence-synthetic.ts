/**
 * A named scenario of primary-study findings with raw arm data, for the whole path
 * graph → effect sizes → pooling:
 * - bcg-vaccine × tuberculosis: metafor's dat.bcg, 13 trials as events/totals (RR), plus
 *   one review-level pooled result that must be left out of the pool (double counting);
 * - specialist-care × length-of-stay: dat.normand1999, 9 studies as means/SDs/ns (SMD).
 */
import type { FindingRecord, PaperRecord, RecordBatch } from '../../src/domain/import-format.js';
import { bcgCounts, DAT_BCG } from '../unit/meta/bcg-data.js';
import { NORMAND } from '../unit/meta/normand-data.js';

/** The scenario's records. */
export function evidenceScenario(): RecordBatch {
  const papers: PaperRecord[] = [];
  const findings: FindingRecord[] = [];
  for (const t of DAT_BCG) {
    const id = `bcg-trial-${t.trial}`;
    papers.push({
      id,
      title: `${t.author} BCG trial`,
      year: t.year,
      publicationTypes: ['controlled trial'],
    });
    findings.push({
      id: `${id}-tb`,
      paper: { id },
      intervention: 'bcg-vaccine',
      outcome: 'tuberculosis',
      measure: 'RR',
      ...bcgCounts(t),
    });
  }
  papers.push({
    id: 'bcg-review',
    title: 'A review of BCG trials',
    year: 1994,
    publicationTypes: ['meta-analysis'],
  });
  findings.push({
    id: 'bcg-review-tb',
    paper: { id: 'bcg-review' },
    intervention: 'bcg-vaccine',
    outcome: 'tuberculosis',
    measure: 'RR',
    estimate: 0.49,
    ciLower: 0.34,
    ciUpper: 0.7,
    k: 13,
    pooled: true,
  });
  NORMAND.forEach(([nI, meanI, sdI, nC, meanC, sdC], i) => {
    const id = `normand-study-${i + 1}`;
    papers.push({
      id,
      title: `Stroke care study ${i + 1}`,
      year: 1990 + i,
      publicationTypes: ['randomized controlled trial'],
    });
    findings.push({
      id: `${id}-los`,
      paper: { id },
      intervention: 'specialist-care',
      outcome: 'length-of-stay',
      measure: 'SMD',
      meanI,
      sdI,
      nI,
      meanC,
      sdC,
      nC,
    });
  });
  return {
    concepts: [
      { kind: 'intervention', id: 'bcg-vaccine', name: 'BCG vaccine' },
      { kind: 'intervention', id: 'specialist-care', name: 'Specialist stroke care' },
      { kind: 'outcome', id: 'tuberculosis', name: 'Tuberculosis', domain: 'CLINICAL' },
      {
        kind: 'outcome',
        id: 'length-of-stay',
        name: 'Length of hospital stay',
        domain: 'SERVICE_USE',
      },
    ],
    papers,
    citations: [],
    statements: [],
    findings,
    tallies: [],
    inclusions: [],
  };
}
