/**
 * A statement's labels as an import writes them: the polarity and purpose its
 * source gave (SOURCE), and for what the source left open the classifier's
 * label (MODEL, with its confidence, rule and version). Both write paths store
 * these values; the writer's query keeps a stored CURATOR or SOURCE label over
 * a MODEL one (src/db/cypher/writes.ts), the bulk load only creates.
 */
import { classify, type Classification, type ClassifierInput } from '../../classifier/index.js';
import type { StatementRecord } from '../../domain/import-format.js';
import type { LabelSource, Polarity, Purpose } from '../../domain/vocabulary.js';

/** The classifier the import runs; a parameter so tests can stand in another version. */
export type Classify = (input: ClassifierInput) => Classification;

export interface StatementLabels {
  polarity: Polarity;
  /** Null when nobody labelled it (UNCLASSIFIED: the source gave none and the text is empty). */
  polaritySource: LabelSource | null;
  /** The polarity's confidence: the source's, or the model's. */
  confidence: number | null;
  polarityRule: string | null;
  polarityVersion: string | null;
  purpose: Purpose | null;
  purposeSource: LabelSource | null;
  purposeConfidence: number | null;
  purposeVersion: string | null;
}

/** The provenance name of a model version in a `sources` list. */
export const classifierSource = (version: string): string => `classifier@${version}`;

/**
 * Labels of an imported statement: the source's where given, the model's where not
 * (`run` null: none, for fixtures that must hold labels exactly as given).
 */
export function importLabels(
  record: StatementRecord,
  run: Classify | null = classify,
): StatementLabels {
  const needed = record.polarity === 'UNCLASSIFIED' || record.purpose === null;
  const model: Classification | null =
    run && needed && record.text.trim() !== ''
      ? run({ text: record.text, section: record.section })
      : null;
  const labels: StatementLabels = {
    polarity: record.polarity,
    polaritySource: record.polarity === 'UNCLASSIFIED' ? null : 'SOURCE',
    confidence: record.confidence,
    polarityRule: null,
    polarityVersion: null,
    purpose: record.purpose,
    purposeSource: record.purpose === null ? null : 'SOURCE',
    purposeConfidence: null,
    purposeVersion: null,
  };
  if (model && labels.polaritySource === null) {
    labels.polarity = model.polarity.polarity;
    labels.polaritySource = 'MODEL';
    labels.confidence = model.polarity.confidence;
    labels.polarityRule = model.polarity.rule;
    labels.polarityVersion = model.polarity.version;
  }
  if (model && labels.purposeSource === null) {
    labels.purpose = model.purpose.purpose;
    labels.purposeSource = 'MODEL';
    labels.purposeConfidence = model.purpose.confidence;
    labels.purposeVersion = model.purpose.version;
  }
  return labels;
}

/** `classifier@<version>` for each MODEL label, sorted distinct: what `sources` gains. */
export function classifierSources(labels: {
  polaritySource: LabelSource | null;
  polarityVersion: string | null;
  purposeSource: LabelSource | null;
  purposeVersion: string | null;
}): string[] {
  const names = new Set<string>();
  if (labels.polaritySource === 'MODEL' && labels.polarityVersion)
    names.add(classifierSource(labels.polarityVersion));
  if (labels.purposeSource === 'MODEL' && labels.purposeVersion)
    names.add(classifierSource(labels.purposeVersion));
  return [...names].sort();
}
