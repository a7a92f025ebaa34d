/**
 * The article model both full-text readers (jats.ts, tei.ts) produce and the
 * batch builder (article.ts) consumes: the citing paper, the reference list in
 * its order, and the body as paragraphs of text and callouts. Keeping JATS and
 * TEI apart only up to here means callouts, sentences and statements are built
 * one way for both.
 */
import type { PaperRecord } from '../../../domain/import-format.js';
import type { Section } from '../../../domain/vocabulary.js';

/**
 * Reasons an in-text citation became no statement (ParseResult.dropped keys):
 * - `unresolved-rid`: the callout points at an id the reference list does not hold;
 * - `no-target`: the callout points nowhere (a GROBID `ref type="bibr"` without target);
 * - `malformed-identifier`: the cited entry's only identifiers were malformed;
 * - `no-identity`: the cited entry has neither identifier nor title to stub it by;
 * - `self-citation`: the cited entry is the citing article itself;
 * - `outside-body`: the callout is not in body text (abstract, back matter, boxes of
 *   sub-articles, headings);
 * - `table`: the callout is in a table cell, which holds no sentence;
 * - `sentence-too-long`: the sentence is over LIMITS.text.
 * Figure and table captions are kept: their sentences become statements in section OTHER.
 */
export const DROP_REASONS = [
  'unresolved-rid',
  'no-target',
  'malformed-identifier',
  'no-identity',
  'self-citation',
  'outside-body',
  'table',
  'sentence-too-long',
] as const;
export type DropReason = (typeof DROP_REASONS)[number];

/** One in-text citation element: the reference ids it points at, and its text as written. */
export interface Cite {
  rids: string[];
  text: string;
}

/** Paragraph content in order: text, or a callout. */
export type Piece = string | Cite;

export interface Paragraph {
  section: Section;
  pieces: Piece[];
}

/** One reference-list entry. */
export interface Reference {
  /** The id callouts point at (JATS `ref/@id`, TEI `biblStruct/@xml:id`). */
  key: string;
  /** The entry's printed label ("12", "12."), when it has one. */
  label?: string;
  /** The cited work as a partial paper; absent when the entry identifies nothing. */
  paper?: PaperRecord;
  /** Identifiers the entry gave that were malformed (dropped). */
  malformed: number;
}

export interface Article {
  source: 'jats' | 'tei';
  paper: PaperRecord;
  references: Reference[];
  /** Body paragraphs (captions included, section OTHER); null when the article has no body. */
  paragraphs: Paragraph[] | null;
  /** Callouts anywhere in the document, and those in table cells, for the drop census. */
  calloutsInDocument: number;
  calloutsInTables: number;
}
