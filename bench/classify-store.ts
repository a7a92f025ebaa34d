/**
 * Part 2 of bench/classify.ts: `classify --all` over a bulk-loaded generated store
 * (bench/lib/store.ts caches one per size and seed), on a private copy in its own
 * JVM, through the same use case as the CLI (src/services/classify.ts). Returns one
 * table row; the engine is stopped and the copy removed whatever happens.
 */
import { createDriver } from '../src/db/driver.js';
import { Executor } from '../src/db/executor.js';
import { ClassifyRepository } from '../src/repositories/classify.js';
import { classifyStored } from '../src/services/classify.js';
import { fmt } from './lib/format.js';
import { cachedStore, startOnCopy } from './lib/store.js';

export async function reclassifyStore(
  papers: number,
  seed: number,
  log: (line: string) => void,
): Promise<string> {
  log(`store of ${fmt(papers)} papers (built once, then cached)…`);
  const { dir, facts } = await cachedStore({ papers, seed, log });
  const engine = await startOnCopy(dir, { heap: '3g', pageCache: '2g' });
  const db = new Executor(createDriver({ uri: engine.uri }), { timeoutMs: 3_600_000 });
  try {
    log(`classify --all over ${fmt(facts.statements)} statements…`);
    const cpu = process.cpuUsage();
    const s = await classifyStored(new ClassifyRepository(db), { scope: 'all' });
    const used = process.cpuUsage(cpu);
    const nodeCpu = (used.user + used.system) / 1e6;
    return `| re-classification of a stored graph (\`classify --all\`, ${fmt(papers)} papers) | ${fmt(s.visited)} | ${s.seconds.toFixed(1)} | **${fmt(s.visited / s.seconds)}** | ${fmt(s.relabelled)} relabelled; batches of 2,000, one transaction each; Node CPU ${nodeCpu.toFixed(1)} s (the rest is Neo4j); models ${s.versions.purpose}, ${s.versions.polarity} |`;
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
    return `| re-classification of a stored graph | — | — | — | failed: ${why} |`;
  } finally {
    await db.driver.close();
    await engine.stop();
  }
}
