/**
 * Loads the curated seed graph (seed/dataset) through the same batch writer
 * imports use. Loading twice changes nothing: every write MERGEs on ids.
 */
import type { Executor } from '../src/db/executor.js';
import { writeBatch, type WriteSummary } from '../src/importers/writer/index.js';
import { seedDataset } from './dataset/index.js';

/** Writes the seed graph; a rejected seed record is a bug in the dataset, so it fails loudly. */
export async function loadSeed(db: Executor): Promise<WriteSummary> {
  // Not tagged: the seed's curated links are the concept tagger's gold standard (docs/tagger.md);
  // `evidence-graph tag` adds TAGGER links to a seeded graph when wanted.
  const summary = await writeBatch(db, seedDataset, {
    file: 'seed/dataset',
    source: 'seed',
    tag: false,
  });
  if (summary.rejected > 0) {
    const first = summary.rejects[0];
    throw new Error(
      `seed dataset has ${summary.rejected} invalid record(s); first: ${first?.field}: ${first?.reason}`,
    );
  }
  return summary;
}

/** True when the database holds no papers yet. */
export async function isEmpty(db: Executor): Promise<boolean> {
  const [row] = await db.read({
    name: 'seed.isEmpty',
    text: 'MATCH (p:Paper) RETURN count(p) = 0 AS empty',
  });
  return row?.empty === true;
}
