/**
 * The counter rules of every write path, with named counters. A created
 * citation adds one reference to the citing paper and one citing paper to
 * the cited one; a created statement adds to the cited paper's and the edge's
 * statement counts under its polarity; a reclassified statement moves one
 * count between polarities.
 *
 * The rules take write outcomes (was the edge or statement created, which
 * polarity did it have), because only the write knows them: the transactional
 * writer reads them from what its queries report inside the transaction that
 * applies the deltas, the bulk load knows them up front (it only creates). The
 * rules write into a CounterSink, so the writer's DeltaSheet (sums per id) and
 * the bulk load's packed Int32Array storage share one definition.
 */
import type { EdgeCounter, PaperCounter } from '../../domain/counters.js';
import type { Polarity } from '../../domain/vocabulary.js';

export {
  EDGE_COUNTER_NAMES,
  EDGE_COUNTERS,
  PAPER_COUNTER_NAMES,
  PAPER_COUNTERS,
  type EdgeCounter,
  type PaperCounter,
} from '../../domain/counters.js';

/** The counter of each polarity, on papers and on edges alike. */
export const POLARITY_COUNTER: Record<Polarity, PaperCounter & EdgeCounter> = {
  SUPPORTING: 'supporting',
  MENTIONING: 'mentioning',
  CONTRASTING: 'contrasting',
  UNCLASSIFIED: 'unclassified',
};

/** Where counter changes go; K is how the sink names a paper (an id, or a bulk-load ordinal). */
export interface CounterSink<K> {
  addToPaper(paper: K, counter: PaperCounter, n: number): void;
  addToEdge(citing: K, cited: K, counter: EdgeCounter, n: number): void;
}

/** A citation edge that the write created (an existing one changes nothing). */
export function countCitation<K>(sink: CounterSink<K>, citing: K, cited: K): void {
  sink.addToPaper(citing, 'references', 1);
  sink.addToPaper(cited, 'citingPapers', 1);
}

/** What writing one statement did. */
export interface StatementOutcome<K> {
  citing: K;
  cited: K;
  created: boolean;
  /** The polarity stored before the write (ignored when created). */
  oldPolarity?: unknown;
  newPolarity: unknown;
}

function polarityCounter(value: unknown): EdgeCounter | undefined {
  return POLARITY_COUNTER[value as Polarity];
}

/** A created statement counts once; an updated one moves a count only when its polarity changed. */
export function countStatement<K>(sink: CounterSink<K>, o: StatementOutcome<K>): void {
  const now = polarityCounter(o.newPolarity);
  const was = o.created ? undefined : polarityCounter(o.oldPolarity);
  if (!now || (!o.created && was === now)) return;
  const add = (counter: EdgeCounter, n: number) => {
    sink.addToPaper(o.cited, counter, n);
    sink.addToEdge(o.citing, o.cited, counter, n);
  };
  if (o.created) add('statements', 1);
  add(now, 1);
  if (was) add(was, -1);
}

export type CounterDelta = Record<PaperCounter, number>;

const zero = (): CounterDelta => ({
  citingPapers: 0,
  references: 0,
  statements: 0,
  supporting: 0,
  mentioning: 0,
  contrasting: 0,
  unclassified: 0,
});

/** A row a write query returns; the fields the rules read are named in each method. */
type Reported = Readonly<Record<string, unknown>>;

/** Sums deltas per paper id and per (citing, cited) edge, so each sum is applied once. */
export class DeltaSheet implements CounterSink<string> {
  private readonly papers = new Map<string, CounterDelta>();
  private readonly edges = new Map<
    string,
    { citing: string; cited: string; delta: CounterDelta }
  >();

  addToPaper(id: string, counter: PaperCounter, n: number): void {
    let d = this.papers.get(id);
    if (!d) this.papers.set(id, (d = zero()));
    d[counter] += n;
  }

  addToEdge(citing: string, cited: string, counter: EdgeCounter, n: number): void {
    const key = `${citing}\u0000${cited}`;
    let e = this.edges.get(key);
    if (!e) this.edges.set(key, (e = { citing, cited, delta: zero() }));
    e.delta[counter] += n;
  }

  /** Rows of a citation write: { citing, cited, created }. */
  addCitations(rows: readonly Reported[]): void {
    for (const r of rows) if (r.created) countCitation(this, r.citing as string, r.cited as string);
  }

  /** Rows of a statement write: { citing, cited, created, oldPolarity, newPolarity }. */
  addStatements(rows: readonly Reported[]): void {
    for (const r of rows)
      countStatement(this, {
        citing: r.citing as string,
        cited: r.cited as string,
        created: Boolean(r.created),
        oldPolarity: r.oldPolarity,
        newPolarity: r.newPolarity,
      });
  }

  /** Per-paper sums, as `{ id, ...CounterDelta }`. */
  paperRows(): ({ id: string } & CounterDelta)[] {
    return [...this.papers].map(([id, d]) => ({ id, ...d }));
  }

  /** Per-edge sums, as `{ citing, cited, ...CounterDelta }`. */
  edgeRows(): ({ citing: string; cited: string } & CounterDelta)[] {
    return [...this.edges.values()].map(({ citing, cited, delta }) => ({
      citing,
      cited,
      ...delta,
    }));
  }
}
