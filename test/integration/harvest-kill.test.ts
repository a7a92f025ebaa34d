/**
 * kill -9 mid-harvest, then the same command again: the graph equals that of one clean run.
 * The killed run is a real process (the bin). Killed while fetching (held at its last
 * request, the Europe PMC full text, which the loopback server answers slowly), the rerun
 * asks the APIs only for what the killed run had not cached. Killed while writing (a
 * generated seed with 300 citing papers, killed once the journal holds its first write),
 * the rerun skips the writes the journal lists.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../helpers/api-server.js';
import { fixtureWorld, generatedWorld } from '../helpers/api-world.js';
import { runCli } from '../helpers/cli.js';
import { counterDrift, graphCensus, neo4jUri, resetDatabase } from '../helpers/db.js';
import { useDatabase } from '../helpers/suite.js';

const BIN = fileURLToPath(new URL('../../bin/evidence-graph.js', import.meta.url));
const SEED = '10.1186/s12888-021-03321-z';
const db = useDatabase();
let api: ApiServer;
beforeAll(async () => {
  api = await startApiServer(fixtureWorld());
});
afterAll(() => api.close());

const args = (cacheDir: string) => [
  'harvest',
  '--doi',
  SEED,
  '--depth',
  '1',
  '--fulltext',
  '--json',
  '--cache-dir',
  cacheDir,
];

/** Every paper with what it cites and says, keyed by its identifiers (never by graph ids). */
async function fingerprint() {
  return db.read({
    name: 'test.harvestFingerprint',
    text: `MATCH (p:Paper) OPTIONAL MATCH (p)-[c:CITES]->(q:Paper)
WITH p, c, q ORDER BY coalesce(q.doi, q.openalexId, q.pmid)
WITH p, collect(coalesce(q.doi, q.openalexId, q.pmid) + ':' + c.statementCount) AS cites
OPTIONAL MATCH (p)-[:MAKES]->(s:Statement)
WITH p, cites, s ORDER BY s.text
RETURN coalesce(p.doi, p.openalexId, p.pmid) AS key, p.title AS title, p.s2Id AS s2Id,
  p.pmcid AS pmcid, p.referenceCount AS refs, p.citingPaperCount AS citing, cites,
  collect(s.text + '|' + s.section + '|' + coalesce(s.purpose, '-')) AS said ORDER BY key`,
  });
}

const spawnHarvest = (server: ApiServer, cache: string, extra: string[] = []) =>
  spawn(process.execPath, [BIN, ...args(cache), ...extra], {
    env: { ...process.env, ...server.env, NEO4J_URI: neo4jUri() },
    stdio: 'ignore',
  });

describe('harvest: kill -9 and run again', () => {
  it(
    'continues where it stopped and converges on the graph of one clean run',
    { timeout: 120_000 },
    async () => {
      await resetDatabase(db);
      const cache = mkdtempSync(join(tmpdir(), 'eg-harvest-kill-'));
      api.faults.push({ path: /fullTextXML$/, kind: 'slow', delayMs: 60_000, times: 1 });
      const child = spawn(process.execPath, [BIN, ...args(cache)], {
        env: { ...process.env, ...api.env, NEO4J_URI: neo4jUri() },
        stdio: 'ignore',
      });
      const exited = new Promise((resolve) =>
        child.once('exit', (_code, signal) => resolve(signal)),
      );
      while (!api.requests.some((r) => r.path.endsWith('/fullTextXML'))) {
        await new Promise((r) => setTimeout(r, 20));
      }
      child.kill('SIGKILL');
      expect(await exited).toBe('SIGKILL');
      api.faults.length = 0;
      const asked = api.count();

      const rerun = await runCli(args(cache), undefined, api.env);
      expect(rerun.code).toBe(0);
      // Only the answer the kill cut off is asked for again; the rest comes from the cache.
      expect(api.requests.slice(asked).map((r) => r.path)).toEqual([
        '/europepmc/PMC8000001/fullTextXML',
      ]);
      const resumed = { census: await graphCensus(db), content: await fingerprint() };
      expect(await counterDrift(db)).toEqual([]);

      await resetDatabase(db);
      const clean = await runCli(
        args(mkdtempSync(join(tmpdir(), 'eg-harvest-clean-'))),
        undefined,
        api.env,
      );
      expect(clean.code).toBe(0);
      expect(resumed).toEqual({ census: await graphCensus(db), content: await fingerprint() });
      expect(resumed.census['node:Paper']).toBe(9);
    },
  );

  it(
    'killed while writing, the rerun skips the writes its journal lists',
    { timeout: 180_000 },
    async () => {
      const big = await startApiServer(generatedWorld(300, 20, SEED));
      try {
        await resetDatabase(db);
        const cache = mkdtempSync(join(tmpdir(), 'eg-harvest-kill-writes-'));
        const journal = join(cache, 'journal');
        const child = spawnHarvest(big, cache, ['--sources', 'openalex,s2,crossref']);
        const exited = new Promise((resolve) =>
          child.once('exit', (_c, signal) => resolve(signal)),
        );
        while (!existsSync(journal) || readdirSync(journal).length === 0) {
          await new Promise((r) => setTimeout(r, 10));
        }
        child.kill('SIGKILL');
        expect(await exited).toBe('SIGKILL');

        const rerun = await runCli(
          [...args(cache), '--sources', 'openalex,s2,crossref'],
          undefined,
          big.env,
        );
        expect(rerun.code).toBe(0);
        expect(JSON.parse(rerun.stdout).resumedWrites).toBeGreaterThanOrEqual(1);
        expect(readdirSync(journal)).toEqual([]);
        const resumed = { census: await graphCensus(db), content: await fingerprint() };
        expect(await counterDrift(db)).toEqual([]);

        await resetDatabase(db);
        const fresh = mkdtempSync(join(tmpdir(), 'eg-harvest-clean-writes-'));
        const clean = await runCli(
          [...args(fresh), '--sources', 'openalex,s2,crossref'],
          undefined,
          big.env,
        );
        expect(JSON.parse(clean.stdout).resumedWrites).toBe(0);
        expect(resumed).toEqual({ census: await graphCensus(db), content: await fingerprint() });
        expect(resumed.census['node:Paper']).toBe(321);
      } finally {
        await big.close();
      }
    },
  );
});
