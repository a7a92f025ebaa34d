/**
 * Who cites whom in a synthetic corpus: papers arrive in publication order and
 * cite only papers of earlier years, chosen by preferential attachment (Price's
 * model: half the picks copy an earlier citation, so the cited grow richer), which
 * gives the heavy-tailed, power-law-like citation counts of real literature.
 * State is typed arrays of ints only, so a million papers fit easily.
 */
import type { Random } from './prng.js';

/** Earliest publication year of a synthetic corpus. */
export const FIRST_YEAR = 1990;
/** Number of publication years. */
export const YEARS = 35;
/** Share of reference picks that copy an earlier citation (the rest are uniform). */
const COPY_SHARE = 0.5;
/** Mean references per paper; counts are uniform on 0..2×mean. */
export const MEAN_REFERENCES = 10;

/**
 * Year of paper `i` of `n`: more papers in later years (output grows over time),
 * never decreasing with i, so "older" is "earlier year".
 */
export function yearOf(i: number, n: number): number {
  return FIRST_YEAR + Math.min(YEARS - 1, Math.floor(YEARS * Math.sqrt((i + 0.5) / n)));
}

/** Draws the reference lists of papers 0, 1, 2, … in order. */
export class CitationModel {
  /** Every citation made so far, as the cited index: the preferential-attachment urn. */
  private urn: Int32Array;
  private urnSize = 0;
  /** Index of the first paper of the current year: papers below it may be cited. */
  private limit = 0;
  private year = FIRST_YEAR;
  /** Citations received, per paper. */
  readonly inDegree: Int32Array;

  constructor(
    private readonly n: number,
    private readonly random: Random,
  ) {
    this.urn = new Int32Array(Math.max(1024, n * MEAN_REFERENCES));
    this.inDegree = new Int32Array(n);
  }

  /** The distinct, older papers that paper `i` cites (call with i = 0, 1, 2, …). */
  referencesOf(i: number): number[] {
    const year = yearOf(i, this.n);
    if (year !== this.year) {
      this.year = year;
      this.limit = i;
    }
    const wanted = Math.min(this.limit, this.random.int(2 * MEAN_REFERENCES + 1));
    const chosen = new Set<number>();
    for (let tries = 0; chosen.size < wanted && tries < wanted * 4; tries += 1) {
      const copy = this.urnSize > 0 && this.random.chance(COPY_SHARE);
      chosen.add(copy ? this.urn[this.random.int(this.urnSize)]! : this.random.int(this.limit));
    }
    const refs = [...chosen];
    for (const r of refs) this.record(r);
    return refs;
  }

  private record(cited: number): void {
    if (this.urnSize === this.urn.length) {
      const bigger = new Int32Array(this.urn.length * 2);
      bigger.set(this.urn);
      this.urn = bigger;
    }
    this.urn[this.urnSize++] = cited;
    this.inDegree[cited]! += 1;
  }
}
