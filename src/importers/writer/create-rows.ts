/**
 * The parameter rows of the create-only fast path (src/db/cypher/creates.ts):
 * records the writer knows are new, shaped so that plain CREATEs store what the
 * MERGE upserts would store for a first meeting. What the upserts work out per
 * row in Cypher (sorted distinct sources, MERGE folding duplicate links, a
 * record's own concept link winning over the tagger's) is done here once.
 */
import type { StatementRow } from '../resolve/index.js';
import { classifierSources } from '../resolve/labels.js';
import { newPaperRow, PAPER_PROPS } from '../resolve/rows.js';
import * as creates from '../../db/cypher/creates.js';
import { TAGGER_VERSION, type TagRow } from '../resolve/tags.js';
import { PAPER_LISTS, type PaperRecord } from '../../domain/import-format.js';

/** The properties a new paper's row may hold (newPaperRow's props, stub, the tagger's version). */
const PAPER_KEYS = [...PAPER_PROPS, ...PAPER_LISTS, 'stub', 'taggerVersion'];

/** A statement row's stored values (all but its ends, id and links), each named once. */
type StatementValues = Omit<StatementRow, 'id' | 'citing' | 'cited' | 'about' | 'tagged'>;
const STATEMENT_VALUES: Record<keyof Required<StatementValues>, true> = {
  text: true,
  section: true,
  polarity: true,
  polaritySource: true,
  confidence: true,
  polarityRule: true,
  polarityVersion: true,
  purpose: true,
  purposeSource: true,
  purposeConfidence: true,
  purposeVersion: true,
  source: true,
  provenance: true,
  contextBefore: true,
  contextAfter: true,
  verified: true,
  note: true,
};

/** The create-only queries, built for the property names the rows below may hold. */
export const createPapers = creates.createPapers(PAPER_KEYS);
export const createStatements = creates.createStatements([
  ...Object.keys(STATEMENT_VALUES),
  'sources',
  'taggerVersion',
]);

/** `sources` as the writer stores it: sorted, distinct. */
const sortedDistinct = (values: string[]) => [...new Set(values)].sort();

/** The tag rows of `kind` whose concept `own` does not link already, one per concept (the last, as MERGE + SET leaves it). */
function taggerOnly(tags: readonly TagRow[], kind: TagRow['kind'], own: readonly string[]) {
  const byConcept = new Map<string, TagRow>();
  for (const t of tags)
    if (t.kind === kind && !own.includes(t.concept)) byConcept.set(t.concept, t);
  return [...byConcept.values()];
}

/**
 * A new paper's row. `tags` are the tagger's links (undefined: not tagged). An
 * author listed twice gets one AUTHORED edge at its last position, as MERGE
 * then SET leaves it; the node keeps the first listing's name and orcid.
 */
export function createdPaperRow(record: PaperRecord, id: string, tags: TagRow[] | undefined) {
  const row = newPaperRow(record, id);
  const authors = new Map<string, (typeof row.authors)[number]>();
  for (const a of row.authors) {
    const first = authors.get(a.id);
    authors.set(a.id, first ? { ...first, position: a.position } : a);
  }
  const interventions = [...new Set(row.interventions)];
  const outcomes = [...new Set(row.outcomes)];
  return {
    id,
    props: { ...row.props, stub: row.stub, ...(tags ? { taggerVersion: TAGGER_VERSION } : {}) },
    authors: [...authors.values()],
    venue: row.venue,
    interventions,
    outcomes,
    populations: [...new Set(row.populations)],
    settings: [...new Set(row.settings)],
    tagStudies: taggerOnly(tags ?? [], 'intervention', interventions),
    tagMeasures: taggerOnly(tags ?? [], 'outcome', outcomes),
  };
}

/**
 * A new statement's row: its stored properties without nulls (a new node has
 * no value to keep), `sources` being the file's and the classifier version of
 * each MODEL label, as write.statements leaves them.
 */
export function createdStatementRow(s: StatementRow, sources: string[]) {
  const { id, citing, cited, about, tagged, ...values } = s;
  const props: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) if (v !== null && v !== undefined) props[k] = v;
  props.sources = sortedDistinct([...sources, ...classifierSources(s)]);
  if (tagged) props.taggerVersion = TAGGER_VERSION;
  return {
    id,
    citing,
    cited,
    props,
    about,
    tagInterventions: taggerOnly(tagged ?? [], 'intervention', about),
    tagOutcomes: taggerOnly(tagged ?? [], 'outcome', about),
  };
}
