/**
 * The shape every parser returns, and the small helpers they share to build it.
 */
import type { PaperRecord, PaperRef, RecordBatch, Rejection } from '../../domain/import-format.js';
import { RecordError } from './errors.js';

/** What one parse yields: the records, the rejected source records, and how many were seen. */
export interface ParseResult {
  batch: RecordBatch;
  rejects: Rejection[];
  /** Number of source records seen (accepted + rejected). */
  read: number;
  /** Source entries deliberately not imported, e.g. Crossref references without a DOI. */
  skipped?: number;
  /** What became of the references the source lists (formats with reference lists). */
  references?: ReferenceCount;
  /**
   * In-text citations the source held that became no statement, by reason (an
   * unresolvable `rid`, a reference whose identifier was malformed, ...); full-text formats.
   */
  dropped?: Record<string, number>;
  /** Things the user should know that rejected nothing (e.g. an article without a body). */
  warnings?: string[];
}

/**
 * The references a parser read and the ones it did not turn into citation
 * records, by why: read = citation records + withoutId + selfCitations +
 * duplicates + rejected. The import summary adds what the writer made of the rest.
 */
export interface ReferenceCount {
  read: number;
  /** Listed without a usable identifier (a Crossref `unstructured` reference, a malformed id). */
  withoutId: number;
  /** Listing the citing work itself. */
  selfCitations: number;
  /** Listing again a work the same record already listed. */
  duplicates: number;
  /** In a rejected entry (each one in the rejects). */
  rejected: number;
}

/** A ReferenceCount of nothing. */
export function noReferences(): ReferenceCount {
  return { read: 0, withoutId: 0, selfCitations: 0, duplicates: 0, rejected: 0 };
}

/** Adds `b` into `a`. */
export function addReferences(a: ReferenceCount, b: ReferenceCount): void {
  for (const k of Object.keys(a) as (keyof ReferenceCount)[]) a[k] += b[k];
}

/** Options every parser takes. */
export interface ParseOptions {
  /** File name, used only in rejections and errors. */
  file: string;
  /** The anchor paper of a Semantic Scholar citations/references response. */
  paper?: PaperRef;
}

/** Where a rejected record sits: `line` for line formats, `index` otherwise. */
export type RecordPosition = { line: number } | { index: number };

/** Turns whatever a record mapper threw into a Rejection (RecordError keeps its field). */
export function toRejection(
  file: string,
  at: RecordPosition,
  err: unknown,
  raw: unknown,
): Rejection {
  const field = err instanceof RecordError ? err.field : undefined;
  const reason = err instanceof Error ? err.message : String(err);
  return { file, ...at, ...(field === undefined ? {} : { field }), reason, raw };
}

const REF_KEYS = ['id', 'doi', 'pmid', 'pmcid', 'openalexId', 's2Id'] as const;

/** The identifiers of a paper, without its other fields; undefined when it has none. */
export function refOf(paper: PaperRef): PaperRef | undefined {
  const ref: PaperRef = {};
  for (const key of REF_KEYS) {
    const value = paper[key];
    if (value !== undefined) ref[key] = value;
  }
  return Object.keys(ref).length > 0 ? ref : undefined;
}

/** Collects partial stub papers, keeping the first stub seen for each identifier set. */
export class StubSet {
  private readonly seen = new Set<string>();
  readonly papers: PaperRecord[] = [];

  /** Adds `{...ref, partial: true, source}` unless an identical stub was already added. */
  add(ref: PaperRef, source: string): void {
    const key = JSON.stringify(refOf(ref));
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.papers.push({ ...ref, partial: true, source });
  }
}
