/**
 * Import throughput benchmark (not a test): `npm run bench:import [-- --sizes 10k,100k,1m]`.
 * For each size it generates a synthetic corpus, imports it with the real CLI
 * into a fresh embedded Neo4j (own data dir and port, 4g heap, 4g page cache),
 * and appends papers/s, relationships/s, time and peak RSS to bench/RESULTS.md.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createDriver } from '../src/db/driver.js';
import { Executor } from '../src/db/executor.js';
import { generateCorpus } from '../src/importers/generate/index.js';
import { appendResults, machineFacts } from './lib/machine.js';
import { peakRssOf, startFreshNeo4j } from './lib/neo4j.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Relationship types counted as "relationships written". */
const RELS = [
  'CITES',
  'MAKES',
  'REFERS_TO',
  'ABOUT',
  'AUTHORED',
  'PUBLISHED_IN',
  'REPORTS',
  'OF',
  'ON',
];

function sizes(): number[] {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '10k,100k,1m' },
      'batch-size': { type: 'string', default: '10000' },
    },
  });
  return values.sizes.split(',').map((s) => {
    const m = /^(\d+)([km]?)$/i.exec(s.trim());
    if (!m) throw new Error(`--sizes takes numbers like 10k,100k,1m; got "${s}"`);
    return (
      Number(m[1]) * ({ '': 1, k: 1e3, m: 1e6 } as Record<string, number>)[m[2]!.toLowerCase()]!
    );
  });
}

/** Runs the import CLI; resolves with its wall time and its peak RSS (VmHWM, sampled). */
function timedImport(uri: string, files: string[], batchSize: string) {
  return new Promise<{ seconds: number; rssMiB: number | null; stdout: string }>(
    (resolve, reject) => {
      const started = performance.now();
      const child = spawn(
        process.execPath,
        [
          join(ROOT, 'bin/evidence-graph.js'),
          'import',
          '--json',
          '--batch-size',
          batchSize,
          ...files,
        ],
        {
          env: { ...process.env, NEO4J_URI: uri },
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );
      let stdout = '';
      let rssMiB: number | null = null;
      const sample = setInterval(() => (rssMiB = peakRssOf(child.pid!) ?? rssMiB), 500);
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.once('exit', (code) => {
        clearInterval(sample);
        if (code !== 0) reject(new Error(`import exited with ${code}: ${stdout}`));
        else resolve({ seconds: (performance.now() - started) / 1000, rssMiB, stdout });
      });
    },
  );
}

async function benchOne(papers: number, batchSize: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'eg-bench-corpus-'));
  const corpus = await generateCorpus({ papers, seed: 1, out: dir });
  const neo = await startFreshNeo4j('4g', '4g');
  try {
    const files = corpus.files.map((f) => join(dir, f));
    console.error(
      `${papers} papers: ${corpus.citations} citations, ${corpus.statements} statements; importing…`,
    );
    const run = await timedImport(neo.uri, files, batchSize);
    const db = new Executor(createDriver({ uri: neo.uri, username: 'neo4j', password: '' }));
    const rows = await db.read({
      name: 'bench.rels',
      text: 'MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n',
    });
    await db.driver.close();
    const rels = rows
      .filter((r) => RELS.includes(r.t as string))
      .reduce((n, r) => n + Number(r.n), 0);
    const cites = Number(rows.find((r) => r.t === 'CITES')?.n ?? 0);
    const s = run.seconds;
    const line = `| ${papers.toLocaleString('en')} | ${cites.toLocaleString('en')} | ${rels.toLocaleString('en')} | ${s.toFixed(1)} | ${Math.round(papers / s).toLocaleString('en')} | ${Math.round(rels / s).toLocaleString('en')} | ${run.rssMiB ?? '?'} | ${neo.peakRssMiB() ?? '?'} |`;
    console.error(line, run.stdout.trim());
    return line;
  } finally {
    await neo.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const batch = parseArgs({
  options: { sizes: { type: 'string' }, 'batch-size': { type: 'string', default: '10000' } },
}).values['batch-size']!;
const header = `## Import throughput — ${new Date().toISOString().slice(0, 10)}

Machine: ${machineFacts()}.
\`npm run bench:import\`: synthetic corpus (\`generate --seed 1\`), imported by \`evidence-graph import --batch-size ${batch}\` into a fresh embedded Neo4j 5.26 (heap 4g, page cache 4g).
Relationships counted: ${RELS.join(', ')}. Time is the whole command (parse, schema, write). RSS is peak VmHWM in MiB.

| papers | CITES | relationships | seconds | papers/s | relationships/s | import RSS | JVM RSS |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`;
// The header goes in first and each row as soon as it is measured, so a long
// run that is stopped still leaves the sizes it finished.
const results = join(ROOT, 'bench/RESULTS.md');
appendResults(results, header);
for (const n of sizes()) appendFileSync(results, `${await benchOne(n, batch)}\n`);
console.error('appended to bench/RESULTS.md');
