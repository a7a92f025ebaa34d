/**
 * The `evidence-graph classify` use case over the stored graph: visit the
 * statements of a scope page by page (keyset by id) and give each the
 * classifier's label where the label is unset or the model's own. Only MODEL
 * labels are ever replaced, counters move in the same transaction as the
 * labels, and a re-run with the same model changes nothing, so a run that
 * stopped is resumed by running it again (or from `after`, the last id done).
 */
import {
  classify,
  POLARITY_VERSION,
  PURPOSE_VERSION,
  type Classification,
  type ClassifierInput,
} from '../classifier/index.js';
import type {
  Candidate,
  ClassifyRepository,
  ClassifyScope,
  ModelLabels,
} from '../repositories/classify.js';

export type { ClassifyScope } from '../repositories/classify.js';

export interface ClassifyStoredOptions {
  /** unclassified (default): fill missing labels; all: also relabel every MODEL label; modelVersion: relabel that version's. */
  scope?: ClassifyScope;
  /** For scope modelVersion: the version whose labels are redone. */
  modelVersion?: string;
  /** Resume after this statement id. */
  after?: string;
  /** Statements per transaction. */
  batchSize?: number;
  /** The classifier; tests stand in another model version here. */
  classifier?: (input: ClassifierInput) => Classification;
  onStart?: (total: number) => void;
  onProgress?: (done: number, lastId: string) => void;
}

export interface ClassifyStoredSummary {
  scope: ClassifyScope;
  /** The versions of the classifier that ran. */
  versions: { polarity: string; purpose: string };
  /** Statements visited. */
  visited: number;
  /** Statements whose labels changed. */
  relabelled: number;
  unchanged: number;
  /** The last statement id done (resume with `after`); null when none was visited. */
  lastId: string | null;
  seconds: number;
}

/** Which labels of `c` this run sets: an unset one always, a MODEL one as the scope says. */
function labelsFor(
  c: Candidate,
  scope: ClassifyScope,
  version: string | undefined,
  got: Classification,
): ModelLabels {
  const redo = (held: string | null, madeBy: string | null) =>
    held === null ||
    (held === 'MODEL' && (scope === 'all' || (scope === 'modelVersion' && madeBy === version)));
  const polarity = redo(c.heldPolarity, c.polarityVersion);
  const purpose = redo(c.heldPurpose, c.purposeVersion);
  return {
    id: c.id,
    polarity: polarity ? got.polarity.polarity : null,
    confidence: polarity ? got.polarity.confidence : null,
    rule: polarity ? got.polarity.rule : null,
    polarityVersion: polarity ? got.polarity.version : null,
    purpose: purpose ? got.purpose.purpose : null,
    purposeConfidence: purpose ? got.purpose.confidence : null,
    purposeVersion: purpose ? got.purpose.version : null,
  };
}

/** Runs the classifier over the stored statements of a scope; see the module comment. */
export async function classifyStored(
  repo: ClassifyRepository,
  options: ClassifyStoredOptions = {},
): Promise<ClassifyStoredSummary> {
  const started = performance.now();
  const scope = options.scope ?? 'unclassified';
  const version = options.modelVersion ?? null;
  const run = options.classifier ?? classify;
  const limit = options.batchSize ?? 2000;
  let after = options.after ?? '';
  let visited = 0;
  let relabelled = 0;
  let versions = { polarity: POLARITY_VERSION, purpose: PURPOSE_VERSION };
  options.onStart?.(await repo.count(scope, version));
  for (;;) {
    const page = await repo.page(scope, version, after, limit);
    if (page.length === 0) break;
    const rows = page.map((c) => {
      const got = run({ text: c.text, section: c.section });
      versions = { polarity: got.polarity.version, purpose: got.purpose.version };
      return labelsFor(c, scope, options.modelVersion, got);
    });
    relabelled += await repo.write(rows);
    visited += page.length;
    after = page[page.length - 1]!.id;
    options.onProgress?.(visited, after);
    if (page.length < limit) break;
  }
  return {
    scope,
    versions,
    visited,
    relabelled,
    unchanged: visited - relabelled,
    lastId: visited > 0 ? after : null,
    seconds: Math.round((performance.now() - started) / 10) / 100,
  };
}
