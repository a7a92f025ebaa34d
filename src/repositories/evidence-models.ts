/**
 * What the evidence map's repository returns and its resolvers receive (codegen
 * mappers): the pure domain shapes, instantiated with the repositories' models.
 */
import type {
  CellEffect,
  EvidenceCell,
  EvidenceMap,
  PooledEffect,
} from '../domain/evidence/types.js';
import type { EffectInput } from '../domain/meta/effect-size.js';
import type { ConceptModel, FindingModel, PaperModel } from './models.js';

/** A finding with every value the graph stores, raw arm data included. */
export interface EvidenceFindingModel
  extends
    FindingModel,
    Pick<
      EffectInput,
      'meanI' | 'sdI' | 'nI' | 'meanC' | 'sdC' | 'nC' | 'eventsI' | 'totalI' | 'eventsC' | 'totalC'
    > {}

/** A concept as the map holds it; outcomes may carry their own `lowerIsBetter`. */
export type EvidenceConceptModel = ConceptModel & { lowerIsBetter?: boolean | null };

/** One cell; `rollUp` is carried so that its statement list follows the map's choice. */
export type EvidenceCellModel = EvidenceCell<
  PaperModel,
  EvidenceFindingModel,
  EvidenceConceptModel
> & { rollUp: boolean; linkSources: readonly string[] | null };

export type EvidenceMapModel = EvidenceMap<
  PaperModel,
  EvidenceFindingModel,
  EvidenceConceptModel
> & { cells: EvidenceCellModel[] };

export type CellEffectModel = CellEffect<EvidenceFindingModel>;
export type PooledEffectModel = PooledEffect;
