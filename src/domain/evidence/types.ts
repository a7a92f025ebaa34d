/**
 * Shapes of the evidence map's pure assembly. Generic over the paper, finding and
 * concept records the caller holds, so the domain never depends on repositories.
 */
import type { EffectInput } from '../meta/effect-size.js';
import type { PoolMethod } from '../meta/pool-options.js';
import type { Measure } from '../vocabulary.js';

/** Where a finding's effect points once the outcome's orientation is taken into account. */
export type EvidenceDirection =
  'FAVOURS_INTERVENTION' | 'FAVOURS_CONTROL' | 'NO_DIFFERENCE' | 'UNKNOWN';

/** A concept of either hierarchy: its parent and, for outcomes, its domain. */
export interface ConceptNode {
  id: string;
  name: string;
  parentId?: string | null;
  domain?: string | null;
  /** Set on an Outcome node to override the built-in orientation list. */
  lowerIsBetter?: boolean | null;
}

/** What the map needs of a finding: its ends, its flags and whatever effect data it stores. */
export interface EvidenceFinding extends Omit<EffectInput, 'measure'> {
  id: string;
  paperId: string;
  interventionId: string;
  outcomeId: string;
  measure: string;
  pooled?: boolean | null;
  direction?: string | null;
  n?: number | null;
}

/** What the map needs of a paper. */
export interface EvidencePaper {
  id: string;
  year?: number | null;
  publicationTypes?: string[] | null;
}

/** One paper with what places it in cells: its findings and its STUDIES / MEASURES tags. */
export interface PaperEvidence<P extends EvidencePaper, F extends EvidenceFinding> {
  paper: P;
  findings: F[];
  interventions: string[];
  outcomes: string[];
  /** The ones of `interventions` / `outcomes` linked by the concept tagger (TAGGER links). */
  taggedInterventions?: string[];
  taggedOutcomes?: string[];
}

/** Statement polarity counts for one (intervention, outcome) pair. */
export interface StatementCounts {
  supporting: number;
  mentioning: number;
  contrasting: number;
  unclassified: number;
}

/** Counts of findings by direction. */
export interface DirectionCounts {
  favoursIntervention: number;
  favoursControl: number;
  noDifference: number;
  unknown: number;
}

/** Which findings a pooled effect was computed from. */
export type PoolingBasis = 'PRIMARY_STUDIES' | 'REVIEW_RESULTS' | 'NONE';

/** A cell's pooled effect; numbers are null when nothing could be pooled. */
export interface PooledEffect {
  measure: Measure | null;
  method: PoolMethod;
  knappHartung: boolean;
  basis: PoolingBasis;
  poolable: boolean;
  reason: string | null;
  k: number;
  estimate: number | null;
  se: number | null;
  ciLower: number | null;
  ciUpper: number | null;
  z: number | null;
  p: number | null;
  tau2: number | null;
  i2: number | null;
  h2: number | null;
  q: number | null;
  qDf: number | null;
  qP: number | null;
  predictionLower: number | null;
  predictionUpper: number | null;
  direction: EvidenceDirection;
}

/** One finding of a cell on the analysis scale, as the forest plot draws it. */
export interface CellEffect<F extends EvidenceFinding> {
  finding: F;
  measure: Measure | null;
  yi: number | null;
  vi: number | null;
  ciLower: number | null;
  ciUpper: number | null;
  direction: EvidenceDirection;
  included: boolean;
  /** Share of the pooled weight in percent; null when not pooled. */
  weight: number | null;
  /** Why the finding is not in the pool, when it is not. */
  reason: string | null;
}

/** One intervention × outcome cell. */
export interface EvidenceCell<P extends EvidencePaper, F extends EvidenceFinding, C> {
  intervention: C;
  outcome: C;
  lowerIsBetter: boolean;
  papers: P[];
  /** Papers in the cell only through a TAGGER link: no finding and no curated pair puts them there. */
  machineTagged: number;
  studies: number;
  reviews: number;
  findings: F[];
  effects: CellEffect<F>[];
  direction: DirectionCounts;
  statements: StatementCounts;
  pooled: PooledEffect;
}

/** The whole map: cells in row-major order and the concepts of its rows and columns. */
export interface EvidenceMap<P extends EvidencePaper, F extends EvidenceFinding, C> {
  cells: EvidenceCell<P, F, C>[];
  interventions: C[];
  outcomes: C[];
}
