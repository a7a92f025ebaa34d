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
 * - `outside-body`: the callout is not in the article's prose: the abstract and other
 *   front matter, headings, footnotes, back matter other than appendices;
 * - `sub-article`: the callout is in a sub-article or response (a decision letter, an
 *   author response, a review), which other people wrote about the article;
 * - `table`: the callout is in a table but in no row of it (a table the reader cannot lay out);
 * - `sentence-too-long`: the sentence (or table row) is over LIMITS.text.
 * Figure and table captions, table rows, boxes and appendices are kept: they become
 * statements in section OTHER (appendices: their heading's section, else OTHER).
 */
export const DROP_REASONS = [
  'unresolved-rid',
  'no-target',
  'malformed-identifier',
  'no-identity',
  'self-citation',
  'outside-body',
  'sub-article',
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

/**
 * One cell of a table row: its column's header texts, top down (a header spanning
 * several columns heads each of them), when the table has any; and its content.
 */
export interface Cell {
  header?: string[];
  pieces: Piece[];
}

/**
 * A table row that cites: one statement per cited entry, the row itself being the
 * sentence (a table of included studies says something about each study). `caption` is
 * the table's label and caption title, the context before the row.
 */
export interface TableRow {
  section: Section;
  cells: Cell[];
  caption?: string;
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
  /**
   * Paragraphs of the body and appendices (captions included, section OTHER); null when
   * the article has no body.
   */
  paragraphs: Paragraph[] | null;
  /** Rows of the tables in the body and appendices that hold a callout. */
  rows: TableRow[];
  /**
   * Callouts anywhere in the document, those in tables outside any row, and those in
   * sub-articles, for the drop census (the rest not read is `outside-body`).
   */
  calloutsInDocument: number;
  calloutsInTables: number;
  calloutsInSubArticles: number;
}
