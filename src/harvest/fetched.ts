/**
 * What a harvest has fetched, by reached work: the API objects the writes turn into import
 * sources, and the failures met on the way, by source.
 */
import type { CrossrefWork } from './crossref.js';
import type { OpenAlexWork } from './openalex.js';
import type { Reached } from './reached.js';
import { type Work } from './reached.js';
import type { S2Entry, S2Paper } from './s2.js';
import type { SourceName } from './sources.js';

/** A source that failed, and why (the first reason; later requests to it are not made). */
export interface SourceFailure {
  source: SourceName;
  reason: string;
}

/** The harvest's catch, kept in the order works were reached. */
export class Fetched {
  readonly openalex = new Map<Work, OpenAlexWork>();
  readonly s2Papers = new Map<Work, S2Paper>();
  readonly crossref = new Map<Work, CrossrefWork>();
  /** S2 citations and references entries of a work (null: S2 does not know it). */
  readonly s2Edges = new Map<Work, { citations?: S2Entry[]; references?: S2Entry[] }>();
  readonly fullTexts = new Map<Work, { pmcid: string; xml: string }>();
  readonly failures: SourceFailure[] = [];

  constructor(readonly reached: Reached) {
    reached.onMerge = (from, into) => {
      for (const map of [
        this.openalex,
        this.s2Papers,
        this.crossref,
        this.s2Edges,
        this.fullTexts,
      ]) {
        const held = (map as Map<Work, unknown>).get(from);
        if (held === undefined) continue;
        (map as Map<Work, unknown>).delete(from);
        if (!(map as Map<Work, unknown>).has(into)) (map as Map<Work, unknown>).set(into, held);
      }
    };
  }

  /** True while `source` has not failed for good. */
  working(source: SourceName): boolean {
    return !this.failures.some((f) => f.source === source);
  }
}
