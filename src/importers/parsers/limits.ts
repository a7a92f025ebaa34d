/**
 * Field size limits applied by every parser, so one runaway field (a whole
 * article pasted into a title, a corrupted abstract) cannot bloat the graph or
 * its full-text index. A record with an over-limit field is rejected naming that field.
 */
import type {
  ConceptRecord,
  FindingRecord,
  PaperRecord,
  StatementRecord,
} from '../../domain/import-format.js';
import { RecordError } from './errors.js';

/** Maximum lengths in characters. */
export const LIMITS = {
  title: 2_000,
  abstract: 100_000,
  /** Citation statement text. */
  text: 10_000,
  /** Author, venue and concept names. */
  name: 500,
  /** Identifiers, page ranges, volumes, timepoints and other short strings. */
  short: 500,
  url: 2_000,
  /** Concept descriptions and finding notes. */
  note: 10_000,
  /** One keyword or topic term (as a concept's synonym: src/domain/concept-terms.ts). */
  term: 200,
} as const;

/** Most keywords (and, apart, most topics) a paper keeps; a source's further terms are dropped. */
export const MAX_TERMS = 50;

/** Throws RecordError(field) when `value` is longer than `max` characters. */
export function checkLength(field: string, value: string | undefined, max: number): void {
  if (value !== undefined && value.length > max) {
    throw new RecordError(
      field,
      `${field} is ${value.length} characters long; the limit is ${max}`,
    );
  }
}

/** Checks every free-text field of a paper, including its authors and venue. */
export function checkPaperLimits(paper: PaperRecord): void {
  checkLength('title', paper.title, LIMITS.title);
  checkLength('abstract', paper.abstract, LIMITS.abstract);
  checkLength('url', paper.url, LIMITS.url);
  for (const key of ['doi', 'pmid', 'pmcid', 'openalexId', 's2Id', 'publicationDate'] as const) {
    checkLength(key, paper[key], LIMITS.short);
  }
  for (const type of paper.publicationTypes ?? []) checkLength('type', type, LIMITS.short);
  for (const key of ['keywords', 'topics'] as const) {
    const list = paper[key] ?? [];
    if (list.length > MAX_TERMS)
      throw new RecordError(key, `${key} holds ${list.length} terms; the limit is ${MAX_TERMS}`);
    for (const term of list) checkLength(key, term, LIMITS.term);
  }
  paper.authors?.forEach((a, i) => {
    checkLength(`authors[${i}].name`, a.name, LIMITS.name);
    checkLength(`authors[${i}].orcid`, a.orcid, LIMITS.short);
  });
  if (paper.venue) {
    checkLength('venue.name', paper.venue.name, LIMITS.name);
    for (const key of ['issn', 'volume', 'issue', 'pages'] as const) {
      checkLength(`venue.${key}`, paper.venue[key], LIMITS.short);
    }
  }
}

/** Checks a citation statement's text. */
export function checkStatementLimits(statement: StatementRecord): void {
  checkLength('text', statement.text, LIMITS.text);
  checkLength('provenance', statement.provenance, LIMITS.note);
}

/** Checks a concept's name and description. */
export function checkConceptLimits(concept: ConceptRecord): void {
  checkLength('name', concept.name, LIMITS.name);
  checkLength('description', concept.description, LIMITS.note);
}

/** Checks a finding's free-text fields. */
export function checkFindingLimits(finding: FindingRecord): void {
  checkLength('timepoint', finding.timepoint, LIMITS.short);
  checkLength('note', finding.note, LIMITS.note);
}
