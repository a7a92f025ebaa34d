/**
 * Reported (pooled) effects of the seed graph.
 *
 * Sources: seed/sources/peer-support-literature.md — "The two seed papers" (Lyons
 * 2021's pooled results as tabulated by Cooper et al. 2024, BMC Medicine 22:72) and the
 * "reported result" column of the "Verified neighbourhood" table — checked against the
 * pages seed/sources/records.md names (Cooper's Tables 2 and 4; the reviews' abstracts).
 *
 * Honesty rules: only numbers a source gives; nothing computed or filled in (no SE, no k
 * or n where no source gives one). A finding whose value or measure no source confirms
 * carries `verified: false`, and its `note` says what is missing.
 * Sign convention: the estimate is as reported; a negative SMD on symptoms or crisis
 * service use means less of it in the peer support arm, i.e. it favours the intervention.
 */
import type { FindingRecord } from '../../src/domain/import-format.js';

const COOPER = 'As tabulated by Cooper et al. 2024 (BMC Medicine 22:72)';

export const findings: FindingRecord[] = [
  // --- Lyons 2021: meta-analysis only for peer support groups ---------------------------
  {
    id: 'lyons-2021-recovery-post',
    paper: { id: 'lyons-2021' },
    intervention: 'peer-support-group',
    outcome: 'recovery',
    measure: 'SMD',
    estimate: 0.18,
    ciLower: 0.07,
    ciUpper: 0.29,
    k: 5,
    n: 1265,
    p: 0.002,
    i2: 0,
    timepoint: 'post-intervention',
    pooled: true,
    note: `${COOPER}.`,
  },
  {
    // Recorded with the measure as Cooper's Table 4 labels it (MD), not re-labelled SMD: no
    // source read says whether it is in fact an SMD.
    id: 'lyons-2021-hope-post',
    paper: { id: 'lyons-2021' },
    intervention: 'peer-support-group',
    outcome: 'hope',
    measure: 'MD',
    estimate: 0.18,
    ciLower: -0.34,
    ciUpper: 0.69,
    k: 3,
    n: 1029,
    p: 0.5,
    i2: 0,
    timepoint: 'post-intervention',
    pooled: true,
    verified: false,
    note: `${COOPER}, Table 4, labelled MD there; whether it is in fact an SMD is not verified.`,
  },
  {
    // No estimate, CI or timepoint: the sources read give only "no effect".
    id: 'lyons-2021-depression',
    paper: { id: 'lyons-2021' },
    intervention: 'peer-support-group',
    outcome: 'depression',
    measure: 'SMD',
    k: 4,
    n: 929,
    pooled: true,
    verified: false,
    note: `${COOPER}, Table 2 (4 trials, n = 929), reported as no effect. The value was not seen, and the measure (SMD) is assumed, not verified.`,
  },

  // --- Verified neighbourhood ----------------------------------------------------------
  {
    // Pitt 2013 studies consumer-providers of care; the reference does not say whether one-to-one
    // or group, so the finding is on the root type peer-support.
    id: 'pitt-2013-crisis-service-use',
    paper: { id: 'pitt-2013' },
    intervention: 'peer-support',
    outcome: 'crisis-service-use',
    measure: 'SMD',
    estimate: -0.34,
    ciLower: -0.6,
    ciUpper: -0.07,
    pooled: true,
    note: 'Consumer-providers of care; negative = less crisis/emergency service use (favours intervention).',
  },
  {
    id: 'fuhr-2014-quality-of-life',
    paper: { id: 'fuhr-2014' },
    intervention: 'peer-support',
    outcome: 'quality-of-life',
    measure: 'SMD',
    estimate: 0.24,
    ciLower: 0.08,
    ciUpper: 0.4,
    n: 639,
    p: 0.003,
    i2: 0,
    pooled: true,
    note: 'Peer-delivered interventions, superiority trials in severe mental illness.',
  },
  {
    id: 'fuhr-2014-hope',
    paper: { id: 'fuhr-2014' },
    intervention: 'peer-support',
    outcome: 'hope',
    measure: 'SMD',
    estimate: 0.24,
    ciLower: 0.02,
    ciUpper: 0.46,
    k: 3,
    n: 967,
    p: 0.03,
    i2: 65,
    pooled: true,
    note: 'Peer-delivered interventions, superiority trials in severe mental illness; k and n as in Cooper et al. 2024, Table 4.',
  },
  {
    id: 'smit-2023-clinical-recovery',
    paper: { id: 'smit-2023' },
    intervention: 'peer-support',
    outcome: 'clinical-recovery',
    measure: 'HEDGES_G',
    estimate: 0.19,
    ciLower: 0.11,
    ciUpper: 0.27,
    i2: 10,
    pooled: true,
    note: '30 RCTs reviewed, 28 meta-analysed; k for this outcome not given.',
  },
  {
    id: 'smit-2023-personal-recovery',
    paper: { id: 'smit-2023' },
    intervention: 'peer-support',
    outcome: 'personal-recovery',
    measure: 'HEDGES_G',
    estimate: 0.15,
    ciLower: 0.04,
    ciUpper: 0.27,
    i2: 43,
    pooled: true,
    note: '30 RCTs reviewed, 28 meta-analysed; k for this outcome not given.',
  },
  {
    id: 'pfeiffer-2011-depression',
    paper: { id: 'pfeiffer-2011' },
    intervention: 'peer-support',
    outcome: 'depression',
    measure: 'SMD',
    estimate: -0.59,
    ciLower: -0.98,
    ciUpper: -0.21,
    k: 7,
    n: 869,
    p: 0.002,
    pooled: true,
    note: 'Versus usual care; negative = fewer depressive symptoms (favours intervention).',
  },
];
