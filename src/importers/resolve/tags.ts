/**
 * The concept tagger at import (src/tagger): the taxonomy it is compiled from (the stored
 * concepts with the batch's own laid over them), and the TAGGER links of a paper (its title,
 * abstract, keywords and topics) or a statement (its sentence, with abbreviations its context defines), as
 * the rows both write paths store: one per concept, with the tagger's version and the span
 * that shows it. The writer's query never turns a curated link into a TAGGER one
 * (src/db/cypher/tags.ts); the bulk load drops a tag the record already links.
 */
import type { ConceptRecord } from '../../domain/import-format.js';
import {
  abbreviations,
  compileTaxonomy,
  tag,
  TAGGER_VERSION,
  type ConceptTag,
  type Matcher,
  type TagInput,
  type TaggerConcept,
} from '../../tagger/index.js';

export { TAGGER_VERSION };

/** One TAGGER link as stored: the concept, its kind, and the evidence span's field, text and offsets. */
export interface TagRow {
  concept: string;
  kind: 'intervention' | 'outcome';
  field: string;
  text: string;
  evidenceStart: number;
  evidenceEnd: number;
}

/** The relationship type a paper's tag of each kind is stored as. */
export const PAPER_TAG_TYPE = { intervention: 'STUDIES', outcome: 'MEASURES' } as const;

/** The stored taxonomy with the batch's interventions and outcomes laid over it (a batch's term lists win when given). */
export function taggerTaxonomy(
  stored: readonly TaggerConcept[],
  batch: readonly ConceptRecord[],
): TaggerConcept[] {
  const byId = new Map(stored.map((c) => [c.id, c]));
  for (const c of batch) {
    if (c.kind !== 'intervention' && c.kind !== 'outcome') continue;
    const prior = byId.get(c.id);
    byId.set(c.id, {
      id: c.id,
      kind: c.kind,
      name: c.name,
      synonyms: c.synonyms?.length ? c.synonyms : prior?.synonyms,
      instruments: c.instruments?.length ? c.instruments : prior?.instruments,
    });
  }
  return [...byId.values()];
}

/** Compiles the taxonomy a batch is tagged with; null when it has no taggable concept. */
export function batchMatcher(
  stored: readonly TaggerConcept[],
  batch: readonly ConceptRecord[],
): Matcher | null {
  const matcher = compileTaxonomy(taggerTaxonomy(stored, batch));
  return matcher.concepts.length > 0 ? matcher : null;
}

const rowsOf = (tags: ConceptTag[]): TagRow[] =>
  tags
    .map((t) => ({
      concept: t.conceptId,
      kind: t.kind,
      field: t.evidence.field,
      text: t.evidence.text,
      evidenceStart: t.evidence.start,
      evidenceEnd: t.evidence.end,
    }))
    .sort((a, b) => (a.concept < b.concept ? -1 : a.concept > b.concept ? 1 : 0));

/** A paper's texts as the tagger reads them: title and abstract, keywords and topics as lists. */
export interface PaperTexts {
  title?: string | null;
  abstract?: string | null;
  keywords?: readonly string[] | null;
  topics?: readonly string[] | null;
}

/**
 * The separator of a term list read as one text: a phrase never spans a semicolon
 * (src/tagger/match.ts), so two keywords never make one term, and the evidence offsets
 * point into the list as joined.
 */
export const TERM_SEPARATOR = '; ';

/**
 * A paper's fields the tagger reads, those it has: title, abstract, then keywords and topics
 * (each list one text). Field order decides which span a link shows when several name it.
 */
export function paperInputs(paper: PaperTexts): TagInput[] {
  const inputs: TagInput[] = [];
  if (paper.title) inputs.push({ field: 'title', text: paper.title });
  if (paper.abstract) inputs.push({ field: 'abstract', text: paper.abstract });
  if (paper.keywords?.length)
    inputs.push({ field: 'keywords', text: paper.keywords.join(TERM_SEPARATOR) });
  if (paper.topics?.length)
    inputs.push({ field: 'topics', text: paper.topics.join(TERM_SEPARATOR) });
  return inputs;
}

/** A paper's TAGGER links, or null when it has no text to tag. */
export function paperTags(matcher: Matcher, paper: PaperTexts): TagRow[] | null {
  const inputs = paperInputs(paper);
  return inputs.length > 0 ? rowsOf(tag(matcher, inputs)) : null;
}

/**
 * A statement's TAGGER links (ABOUT), or null when its text is empty. Abbreviations defined in
 * the sentence before it count ("... peer support workers (PSWs). PSWs reported ...").
 */
export function statementTags(
  matcher: Matcher,
  text: string,
  contextBefore?: string | null,
): TagRow[] | null {
  if (text.trim() === '') return null;
  const known = contextBefore
    ? abbreviations(matcher, [{ field: 'sentence', text: contextBefore }])
    : undefined;
  return rowsOf(tag(matcher, [{ field: 'sentence', text }], known));
}
