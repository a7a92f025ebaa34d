/**
 * Counter deltas from what the write queries report. Summing them per paper
 * and per edge in JS, then applying each sum once, keeps the denormalised
 * counters exact without recounting: a created citation adds one reference to
 * the citing paper and one citing paper to the cited one; a created statement
 * adds to the cited paper's and the edge's statement counts under its
 * polarity; a reclassified statement moves one count between polarities.
 */
import type { Row } from '../../db/executor.js';

const POLARITY_FIELD = {
  SUPPORTING: 'supporting',
  MENTIONING: 'mentioning',
  CONTRASTING: 'contrasting',
  UNCLASSIFIED: 'unclassified',
} as const;

export interface CounterDelta {
  citingPapers: number;
  references: number;
  statements: number;
  supporting: number;
  mentioning: number;
  contrasting: number;
  unclassified: number;
}

const zero = (): CounterDelta => ({
  citingPapers: 0,
  references: 0,
  statements: 0,
  supporting: 0,
  mentioning: 0,
  contrasting: 0,
  unclassified: 0,
});

/** Accumulates deltas per paper id and per (citing, cited) edge. */
export class DeltaSheet {
  private readonly papers = new Map<string, CounterDelta>();
  private readonly edges = new Map<
    string,
    { citing: string; cited: string; delta: CounterDelta }
  >();

  private paper(id: string): CounterDelta {
    let d = this.papers.get(id);
    if (!d) this.papers.set(id, (d = zero()));
    return d;
  }

  private edge(citing: string, cited: string): CounterDelta {
    const key = `${citing}\u0000${cited}`;
    let e = this.edges.get(key);
    if (!e) this.edges.set(key, (e = { citing, cited, delta: zero() }));
    return e.delta;
  }

  /** Rows of mergeCitations: { citing, cited, created }. */
  addCitations(rows: Row[]): void {
    for (const r of rows) {
      if (!r.created) continue;
      this.paper(r.citing as string).references += 1;
      this.paper(r.cited as string).citingPapers += 1;
    }
  }

  /** Rows of upsertStatements: { citing, cited, created, oldPolarity, newPolarity }. */
  addStatements(rows: Row[]): void {
    for (const r of rows) {
      const now = POLARITY_FIELD[r.newPolarity as keyof typeof POLARITY_FIELD];
      const was = r.created
        ? undefined
        : POLARITY_FIELD[r.oldPolarity as keyof typeof POLARITY_FIELD];
      if (!now || (!r.created && was === now)) continue;
      for (const d of [
        this.paper(r.cited as string),
        this.edge(r.citing as string, r.cited as string),
      ]) {
        if (r.created) d.statements += 1;
        d[now] += 1;
        if (was) d[was] -= 1;
      }
    }
  }

  paperRows(): Row[] {
    return [...this.papers].map(([id, d]) => ({ id, ...d }));
  }

  edgeRows(): Row[] {
    return [...this.edges.values()].map(({ citing, cited, delta }) => ({
      citing,
      cited,
      ...delta,
    }));
  }
}
