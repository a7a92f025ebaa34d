/**
 * Harvest throughput benchmark (not a test): `npm run bench:harvest [-- --citing 1000]`.
 * A seed with N citing papers (default 1,000) and 40 references, generated in memory and
 * served in the four APIs' documented shapes by the loopback server of the tests
 * (test/helpers/api-server.ts): OpenAlex works (each citing work also cites three of the
 * seed's references), S2 citations with one or two contexts each and intents, the S2
 * references, the seed's Crossref deposit. `harvest --depth 1` runs in-process through the
 * service into a fresh embedded Neo4j:
 *  1. cold: every answer fetched from the loopback server, then written, on a fresh JVM
 *     (its first queries are planned and compiled during the run);
 *  2. cold again: a new cache and the graph emptied, on the now warm JVM;
 *  3. offline: the graph emptied, the same harvest answered from the cache alone (fetching
 *     costs next to nothing: the figure is the write path's).
 * Papers/s is the works reached over the wall time, writes included. Appends a section to
 * bench/RESULTS.md (`--print-only` to skip). The JVM it starts is stopped before it exits.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { createDriver } from '../src/db/driver.js';
import { Executor } from '../src/db/executor.js';
import { applySchema } from '../src/db/schema.js';
import { runHarvest, type HarvestOptions } from '../src/services/harvest.js';
import { startApiServer } from '../test/helpers/api-server.js';
import { generatedWorld } from '../test/helpers/api-world.js';
import { fmt, intOption, log } from './lib/format.js';
import { appendResults, machineFacts } from './lib/machine.js';
import { startFreshNeo4j } from './lib/neo4j.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({
  options: {
    citing: { type: 'string' },
    references: { type: 'string' },
    'print-only': { type: 'boolean', default: false },
  },
});
const CITING = intOption(args.citing, 1000);
const REFS = intOption(args.references, 40);
const SEED = '10.1186/s12888-021-03321-z';

const api = await startApiServer(generatedWorld(CITING, REFS, SEED));
const neo = await startFreshNeo4j('2g', '1g');
const db = new Executor(createDriver({ uri: neo.uri, username: 'neo4j', password: '' }));
const cacheDirs = [1, 2].map(() => mkdtempSync(join(tmpdir(), 'eg-bench-harvest-')));
const machine = machineFacts();
const rows: string[] = [];
try {
  await applySchema(db);
  const config = loadConfig({ ...process.env, ...api.env, NEO4J_URI: neo.uri });
  const options = (offline: boolean, cacheDir: string): HarvestOptions => ({
    dois: [SEED],
    depth: 1,
    direction: 'both',
    sources: ['openalex', 's2', 'crossref', 'europepmc'],
    fulltext: false,
    maxPapers: 2000,
    dryRun: false,
    cacheDir,
    offline,
  });
  const runs = [
    { what: 'cold: loopback APIs, fresh store and JVM', offline: false, cache: cacheDirs[0]! },
    {
      what: 'cold again: new cache, graph emptied, JVM warm',
      offline: false,
      cache: cacheDirs[1]!,
    },
    { what: 'offline: cache only, graph emptied', offline: true, cache: cacheDirs[1]! },
  ];
  for (const [i, run] of runs.entries()) {
    if (i > 0) await db.write({ name: 'bench.harvest.empty', text: 'MATCH (n) DETACH DELETE n' });
    log(`harvest ${run.what}…`);
    const asked = api.count();
    const t = performance.now();
    // Seconds per phase (a phase recurs per level; its times add up).
    const phases: Record<string, number> = {};
    let current = '';
    let since = t;
    const progress = {
      phase(p: string) {
        const now = performance.now();
        if (current) phases[current] = (phases[current] ?? 0) + (now - since) / 1000;
        [current, since] = [p, now];
      },
      tick() {},
    };
    const s = await runHarvest(db, config, options(run.offline, run.cache), { progress });
    phases[current] = (phases[current] ?? 0) + (performance.now() - since) / 1000;
    const split = Object.entries(phases)
      .map(([p, sec]) => `${p} ${sec.toFixed(1)}`)
      .join(', ');
    const seconds = (performance.now() - t) / 1000;
    const requests = api.count() - asked;
    rows.push(
      `| ${run.what} | ${fmt(s.reached)} | ${fmt(s.papers)} | ${fmt(s.citations)} | ${fmt(s.statements)} | ${requests} (${s.cacheHits} cache hits) | ${seconds.toFixed(1)} | **${fmt(s.reached / seconds, 1)}** | ${split} |`,
    );
  }
} finally {
  await db.driver.close();
  await neo.stop();
  await api.close();
  for (const dir of cacheDirs) rmSync(dir, { recursive: true, force: true });
}

const section = `## Harvest throughput — ${new Date().toISOString().slice(0, 10)}

Machine: ${machine}.
\`npm run bench:harvest${args.citing ? ` -- --citing ${CITING}` : ''}\`: \`harvest --depth 1\` (all four sources, no full texts) from one seed with ${fmt(CITING)} citing papers and ${REFS} references, generated in memory and served by the loopback API server of the tests (OpenAlex list pages of 200, S2 citations in pages of 1,000 with 1–2 contexts each), in-process through the service into a fresh embedded Neo4j 5.26 (heap 2g, page cache 1g). Papers/s = works reached / wall time, writes included.

| run | works reached | papers | citations | statements | requests | seconds | papers/s | seconds by phase |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |
${rows.join('\n')}`;
console.log(section);
if (!args['print-only']) {
  appendResults(join(ROOT, 'bench/RESULTS.md'), section);
  log('appended to bench/RESULTS.md');
}
