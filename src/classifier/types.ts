/**
 * What the statement classifier takes and gives: a statement's sentence, its
 * section and (where the source knows it) where the citation marker sits; back
 * come a purpose and a polarity, each with a confidence in 0..1 and the version
 * of the model that made it. Pure data: the classifier reads no database.
 */
import type { Polarity, Purpose, Section } from '../domain/vocabulary.js';

export interface ClassifierInput {
  text: string;
  section: Section;
  /** Character offsets of the citation marker in `text`, when known. */
  marker?: { start: number; end: number };
}

export interface PurposePrediction {
  purpose: Purpose;
  /** Calibrated probability of `purpose` (temperature-scaled on SciCite dev). */
  confidence: number;
  /** e.g. "purpose-lr@1": changes whenever the weights change. */
  version: string;
}

export interface PolarityPrediction {
  /** SUPPORTING or CONTRASTING only when a rule fired; otherwise MENTIONING. */
  polarity: Exclude<Polarity, 'UNCLASSIFIED'>;
  /** For a fired rule, that rule's measured precision; for MENTIONING, that class's. */
  confidence: number;
  /** The id of the rule that fired (e.g. "agree.consistent-with"), null when none did. */
  rule: string | null;
  /** e.g. "polarity-rules@1": changes whenever a rule or a cue list changes. */
  version: string;
}

export interface Classification {
  purpose: PurposePrediction;
  polarity: PolarityPrediction;
}
