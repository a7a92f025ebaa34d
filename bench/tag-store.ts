/**
 * Part 2 of bench/tag.ts: `tag --all` over a bulk-loaded generated store (bench/lib/store.ts
 * caches one per size and seed; the bulk load already tagged it at import), on a private
 * copy in its own JVM, through the same use case as the CLI (src/services/tag.ts); then
 * the links read back against the generator's ground truth. Returns table rows; the engine
 * is stopped and the copy removed whatever happens.
 */
import { createDriver } from '../src/db/driver.js';
import { Executor } from '../src/db/executor.js';
import { titleConcepts } from '../src/importers/generate/abstracts.js';
import { TagRepository } from '../src/repositories/tags.js';
import { tagStored } from '../src/services/tag.js';
import { fmt } from './lib/format.js';
import { cachedStore, startOnCopy } from './lib/store.js';

/** Recall and precision of the stored STUDIES/MEASURES links of generated papers against their titles' truth. */
async function truthCheck(db: Executor): Promise<string> {
  const rows = await db.read({
    name: 'bench.tag.truth',
    text: `MATCH (p:Paper) WHERE p.title STARTS WITH 'Synthetic study'
RETURN p.title AS title, COLLECT { MATCH (p)-[:STUDIES|MEASURES]->(c) RETURN c.id } AS linked`,
  });
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const r of rows) {
    const truth = titleConcepts(r.title as string);
    if (!truth) continue;
    const want = new Set([truth.intervention, truth.outcome]);
    const got = new Set(r.linked as string[]);
    for (const c of got)
      if (want.has(c)) tp += 1;
      else fp += 1;
    for (const c of want) if (!got.has(c)) fn += 1;
  }
  return `${fmt(rows.length)} papers: recall ${(tp / (tp + fn)).toFixed(4)}, precision ${(tp / (tp + fp)).toFixed(4)}`;
}

export async function tagStore(
  papers: number,
  seed: number,
  log: (line: string) => void,
): Promise<string[]> {
  log(`store of ${fmt(papers)} papers (built once, then cached)…`);
  const { dir, facts } = await cachedStore({ papers, seed, log });
  const engine = await startOnCopy(dir, { heap: '3g', pageCache: '2g' });
  const db = new Executor(createDriver({ uri: engine.uri }), { timeoutMs: 3_600_000 });
  try {
    const repo = new TagRepository(db);
    log(`tag --all over ${fmt(papers)} papers and ${fmt(facts.statements)} statements…`);
    const cpu = process.cpuUsage();
    const s = await tagStored(repo, { scope: 'all' });
    const used = process.cpuUsage(cpu);
    const nodeCpu = (used.user + used.system) / 1e6;
    const texts = s.papers.visited + s.statements.visited;
    log('checking the links against the generator’s ground truth…');
    const truth = await truthCheck(db);
    const again = await tagStored(repo, {});
    return [
      `| \`tag --all\` over a stored graph (${fmt(papers)} papers, bulk-loaded) | ${fmt(s.papers.visited)} papers + ${fmt(s.statements.visited)} statements | ${s.seconds.toFixed(1)} | **${fmt(s.papers.visited / s.seconds)} papers/s** (${fmt(texts / s.seconds)} texts/s) | ${fmt(s.papers.retagged + s.statements.retagged)} changed (the bulk load had tagged them); pages of 2,000, one transaction each; Node CPU ${nodeCpu.toFixed(1)} s (the rest is Neo4j); then \`tag\` (untagged scope) visited ${fmt(again.papers.visited + again.statements.visited)} |`,
      `| stored links vs the generator's truth (title + abstract) | ${truth} | | | bulk load's import-time tagging, re-tagged by \`tag --all\` |`,
    ];
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
    return [`| \`tag --all\` over a stored graph | — | — | — | failed: ${why} |`];
  } finally {
    await db.driver.close();
    await engine.stop();
  }
}
