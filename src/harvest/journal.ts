/**
 * The harvest's journal: the write steps a run has finished, one JSON line each, in a file
 * named by the run's plan and target, so that a run killed (even with kill -9) and started
 * again skips the writes it already made. Fetches need no journal: the response cache
 * answers them. A line cut short by a kill is ignored; the journal is removed when the run
 * completes, so the next run of the same plan (an --offline rebuild, say) writes afresh.
 */
import { createHash } from 'node:crypto';
import { appendFile, mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';

/** The done-steps of one plan on one target. */
export class Journal {
  private constructor(
    readonly file: string,
    private done: Set<string>,
  ) {}

  /** Opens (or starts) the journal of `plan` (any JSON value naming the run) in `dir`. */
  static async open(dir: string, plan: unknown): Promise<Journal> {
    const key = createHash('sha256').update(JSON.stringify(plan)).digest('hex').slice(0, 24);
    const file = path.join(dir, `${key}.jsonl`);
    const done = new Set<string>();
    const text = await readFile(file, 'utf8').catch(() => '');
    for (const line of text.split('\n')) {
      try {
        const step = (JSON.parse(line) as { done?: unknown }).done;
        if (typeof step === 'string') done.add(step);
      } catch {
        // A line cut short by a kill: its step is simply done again.
      }
    }
    return new Journal(file, done);
  }

  /** True when an earlier run of this plan finished `step`. */
  has(step: string): boolean {
    return this.done.has(step);
  }

  /** How many steps earlier runs finished. */
  get size(): number {
    return this.done.size;
  }

  /** Records that `step` is finished. */
  async mark(step: string): Promise<void> {
    this.done.add(step);
    // Made on the first mark, so a run that writes nothing (a dry run) leaves no trace.
    await mkdir(path.dirname(this.file), { recursive: true });
    await appendFile(this.file, `${JSON.stringify({ done: step })}\n`);
  }

  /** The run is complete: the journal has served its purpose. */
  async close(): Promise<void> {
    await rm(this.file, { force: true });
  }
}
