/**
 * The works a harvest has reached, each known by whatever identifiers its sources gave
 * (DOI, OpenAlex id, S2 paperId, PMID, PMCID) and the depth it was met at. One work met
 * through several sources is one entry: ids are merged into the first entry any of them
 * names. The identity the graph settles on is the import path's business (the resolution
 * stage merges again, by the same identifiers); this set only decides what to fetch and
 * what belongs to the harvest, in the order works were met, up to the paper cap.
 */
import type { PaperRef } from '../domain/import-format.js';

/** The identifiers of a work, as the parsers name them. */
export type WorkIds = Pick<PaperRef, 'doi' | 'openalexId' | 's2Id' | 'pmid' | 'pmcid'>;

/** One reached work. */
export interface Work {
  ids: WorkIds;
  depth: number;
  /** Publication year, once a source told it. */
  year?: number;
  /** Left out of the harvest by --year-from/--year-to (seeds never are). */
  excluded?: boolean;
}

const KINDS = ['doi', 'openalexId', 's2Id', 'pmid', 'pmcid'] as const;

function keys(ids: WorkIds): string[] {
  return KINDS.flatMap((k) => (ids[k] ? [`${k}:${ids[k]}`] : []));
}

/** The reached works, in the order they were met. */
export class Reached {
  readonly works: Work[] = [];
  private byKey = new Map<string, Work>();

  constructor(
    readonly maxPapers: number,
    private years: { from?: number; to?: number } = {},
  ) {}

  /** True when `year` is known and outside --year-from/--year-to. */
  outside(year: number | undefined): boolean {
    if (year === undefined) return false;
    const { from, to } = this.years;
    return (from !== undefined && year < from) || (to !== undefined && year > to);
  }

  /** Leaves out every work but the seeds whose year, now known, is outside the range. */
  applyYears(): void {
    for (const w of this.works) if (w.depth > 0 && this.outside(w.year)) w.excluded = true;
  }

  /** The work any of `ids` names, if reached. */
  find(ids: WorkIds): Work | undefined {
    for (const k of keys(ids)) {
      const w = this.byKey.get(k);
      if (w) return w;
    }
    return undefined;
  }

  /** True when `ids` names a reached work that is not excluded. */
  includes(ids: WorkIds): boolean {
    const w = this.find(ids);
    return w !== undefined && !w.excluded;
  }

  /** Called when a work turns out to be one already reached: `from` is folded into `into`. */
  onMerge: (from: Work, into: Work) => void = () => {};

  /**
   * Adds what `ids` tells of a work met at `depth`: merged into the work it names (and when
   * it names two, the later is folded into the earlier), else a new work while the cap
   * allows and its year (when known) is in range. Returns the work, or undefined when it
   * was kept out.
   */
  add(ids: WorkIds, depth: number, year?: number): Work | undefined {
    const named = keys(ids).map((k) => this.byKey.get(k));
    if (named.length === 0) return undefined;
    const found = [...new Set(named.filter((w): w is Work => w !== undefined))].sort(
      (a, b) => this.works.indexOf(a) - this.works.indexOf(b),
    );
    let work = found[0];
    if (!work) {
      if (this.works.length >= this.maxPapers) return undefined;
      // A year already known to be outside the range costs no place under the cap.
      if (depth > 0 && this.outside(year)) return undefined;
      work = { ids: {}, depth };
      this.works.push(work);
    }
    for (const other of found.slice(1)) this.fold(other, work);
    this.note(work, ids, year);
    return work;
  }

  private note(work: Work, ids: WorkIds, year: number | undefined): void {
    for (const k of KINDS) {
      const v = ids[k];
      if (v && !work.ids[k]) {
        work.ids[k] = v;
        this.byKey.set(`${k}:${v}`, work);
      }
    }
    if (year !== undefined && work.year === undefined) work.year = year;
  }

  private fold(from: Work, into: Work): void {
    this.works.splice(this.works.indexOf(from), 1);
    into.depth = Math.min(into.depth, from.depth);
    for (const k of keys(from.ids)) this.byKey.delete(k);
    this.note(into, from.ids, from.year);
    this.onMerge(from, into);
  }

  /** The works met at `depth`, not excluded. */
  atDepth(depth: number): Work[] {
    return this.works.filter((w) => w.depth === depth && !w.excluded);
  }

  /** The works not excluded. */
  get included(): Work[] {
    return this.works.filter((w) => !w.excluded);
  }
}
