/** `evidence-graph seed`: loads the curated seed graph into the configured database. */
import { loadConfig } from '../config.js';
import { connectDatabase } from '../db/connect.js';
import { applySchema } from '../db/schema.js';
import { loadSeed } from '../../seed/load.js';

export async function seedCommand(): Promise<number> {
  const config = loadConfig();
  const database = await connectDatabase(config, {
    reuseRunning: true,
    log: (l) => console.error(l),
  });
  try {
    await applySchema(database.db);
    const s = await loadSeed(database.db);
    console.log(
      JSON.stringify({
        created: s.created,
        updated: s.updated,
        unchanged: s.unchanged,
        rejected: s.rejected,
      }),
    );
    return 0;
  } finally {
    await database.close();
  }
}
