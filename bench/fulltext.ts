/**
 * Full-text throughput benchmark (not a test): `npm run bench:fulltext [-- --quick]`.
 * Articles come from the generator (src/importers/generate/jats.ts: ~4,400 words,
 * 40 references, 60 callouts each), made in memory so disk speed plays no part.
 *  1. Extraction only: `parse('jats', …)` over every article on the main thread
 *     (one core), after a warm-up round; the median of several rounds, by wall
 *     time, plus the same rate per CPU-second (steadier on a shared machine).
 *  2. Import into a fresh embedded Neo4j through the normal path (runImport →
 *     the writer), one source per article as `import DIR` reads them.
 *  3. The same articles through the bulk load (`import --bulk`) into a new store.
 *  4. With `--real DIR`: extraction only over real articles read from DIR (files,
 *     directories, `.gz`, PMC packages, as `import` reads them; JATS and TEI), such as
 *     ../shared/fulltext-samples, whose reviews hold tables the generator does not write.
 * Appends a section to bench/RESULTS.md (`--print-only` to skip). Every JVM it
 * starts is stopped before it exits. Profile the parser with
 * `node --cpu-prof --import tsx bench/fulltext.ts --skip-import --skip-bulk`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createDriver } from '../src/db/driver.js';
import { Executor } from '../src/db/executor.js';
import { applySchema } from '../src/db/schema.js';
import { bulkLoad } from '../src/importers/bulk/index.js';
import { jatsArticle, type JatsArticle } from '../src/importers/generate/index.js';
import { expandInputs } from '../src/importers/containers/index.js';
import { detectFormat, parse } from '../src/importers/parsers/index.js';
import { runImport, textSource } from '../src/importers/run.js';
import { fmt, intOption, log, median } from './lib/format.js';
import { appendResults, machineFacts } from './lib/machine.js';
import { startFreshNeo4j } from './lib/neo4j.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    articles: { type: 'string' },
    rounds: { type: 'string' },
    'import-articles': { type: 'string' },
    seed: { type: 'string', default: '1' },
    'skip-import': { type: 'boolean', default: false },
    'skip-bulk': { type: 'boolean', default: false },
    'print-only': { type: 'boolean', default: false },
    real: { type: 'string' },
  },
});
const int = intOption;
const N = int(args.articles, args.quick ? 60 : 300);
const ROUNDS = int(args.rounds, args.quick ? 3 : 5);
const IMPORT_N = Math.min(N, int(args['import-articles'], args.quick ? 30 : N));
const SEED = int(args.seed, 1);

/** One extraction round over every article: wall and CPU seconds, statements and references made. */
function extractRound(articles: JatsArticle[]) {
  const cpu = process.cpuUsage();
  const t = performance.now();
  let statements = 0;
  let papers = 0;
  articles.forEach((a, i) => {
    const r = parse('jats', a.xml, { file: `article-${i + 1}.nxml` });
    statements += r.batch.statements.length;
    papers += r.batch.papers.length;
  });
  const used = process.cpuUsage(cpu);
  return {
    wall: (performance.now() - t) / 1000,
    cpu: (used.user + used.system) / 1e6,
    statements,
    papers,
  };
}

function extraction(articles: JatsArticle[]): string[] {
  log(`extraction: warm-up round over ${articles.length} articles…`);
  const warm = extractRound(articles);
  const rounds = Array.from({ length: ROUNDS }, (_, k) => {
    const r = extractRound(articles);
    log(`  round ${k + 1}: ${r.wall.toFixed(2)} s wall, ${r.cpu.toFixed(2)} s CPU`);
    return r;
  });
  const wall = median(rounds.map((r) => r.wall));
  const cpu = median(rounds.map((r) => r.cpu));
  const expected = articles.reduce((n, a) => n + a.citations, 0);
  const mb = articles.reduce((n, a) => n + a.xml.length, 0) / 1e6;
  return [
    `| extraction only (\`parse('jats')\`, median of ${ROUNDS} rounds after 1 warm-up) | ${articles.length} | ${fmt(warm.statements)} | ${wall.toFixed(2)} | **${fmt(articles.length / wall, 1)}** | ${fmt(warm.statements / wall)} | ${fmt(articles.length / cpu, 1)} articles per CPU-s; ${fmt(mb / wall, 2)} MB/s; ${fmt(warm.papers)} paper records; statements / generated citing pairs = ${fmt(warm.statements)} / ${fmt(expected)} |`,
  ];
}

/** Extraction only over the real articles under `dir`, the same rounds as the generated ones. */
async function realExtraction(dir: string): Promise<string> {
  const files: { name: string; format: 'jats' | 'tei'; text: string }[] = [];
  for (const source of await expandInputs([dir], 'auto')) {
    const text = await source.read();
    const format = detectFormat(source.name, text);
    if (format === 'jats' || format === 'tei') files.push({ name: source.name, format, text });
  }
  const round = () => {
    const cpu = process.cpuUsage();
    const t = performance.now();
    let statements = 0;
    for (const f of files)
      statements += parse(f.format, f.text, { file: f.name }).batch.statements.length;
    const used = process.cpuUsage(cpu);
    return {
      wall: (performance.now() - t) / 1000,
      cpu: (used.user + used.system) / 1e6,
      statements,
    };
  };
  log(`real articles: warm-up round over ${files.length} files from ${dir}…`);
  const { statements } = round();
  // Ten passes a round: one pass over a handful of files is too short to time.
  const rounds = Array.from({ length: ROUNDS }, () => {
    const r = Array.from({ length: 10 }, round);
    return { wall: r.reduce((n, x) => n + x.wall, 0), cpu: r.reduce((n, x) => n + x.cpu, 0) };
  });
  const wall = median(rounds.map((r) => r.wall)) / 10;
  const cpu = median(rounds.map((r) => r.cpu)) / 10;
  const mb = files.reduce((n, f) => n + f.text.length, 0) / 1e6;
  return `| extraction only, real articles (\`--real\`; median of ${ROUNDS} rounds of 10 passes) | ${files.length} | ${fmt(statements)} | ${wall.toFixed(3)} | **${fmt(files.length / wall, 1)}** | ${fmt(statements / wall)} | ${fmt(files.length / cpu, 1)} articles per CPU-s; ${fmt(mb / wall, 2)} MB/s; mean ${fmt((mb * 1000) / files.length, 1)} KB; JATS and TEI, tables included |`;
}

async function writerImport(articles: JatsArticle[]): Promise<string> {
  const neo = await startFreshNeo4j('2g', '1g');
  const db = new Executor(createDriver({ uri: neo.uri, username: 'neo4j', password: '' }));
  try {
    await applySchema(db);
    const sources = articles.map((a, i) => textSource(`article-${i + 1}.nxml`, a.xml, 'jats'));
    log(`import: ${articles.length} articles through runImport → writer…`);
    const t = performance.now();
    const cpu = process.cpuUsage();
    const summary = await runImport(db, sources, {});
    const used = process.cpuUsage(cpu);
    const seconds = (performance.now() - t) / 1000;
    // Node's share of the wall time tells parse/resolve cost from waiting on Neo4j.
    const nodeCpu = (used.user + used.system) / 1e6;
    const [row] = await db.read({
      name: 'bench.fulltext.counts',
      text: `CALL { MATCH (s:Statement) RETURN count(s) AS statements }
             CALL { MATCH (:Paper)-[c:CITES]->(:Paper) RETURN count(c) AS cites }
             CALL { MATCH (p:Paper) RETURN count(p) AS papers }
             RETURN statements, cites, papers`,
    });
    const statements = Number(row!.statements);
    return `| import, writer (\`runImport\`, one source per article; schema applied first, not timed) | ${articles.length} | ${fmt(statements)} | ${seconds.toFixed(1)} | **${fmt(articles.length / seconds, 2)}** | ${fmt(statements / seconds)} | ${fmt(Number(row!.papers))} papers, ${fmt(Number(row!.cites))} CITES, ${summary.rejected} rejected; Node CPU ${nodeCpu.toFixed(1)} s; JVM peak RSS ${neo.peakRssMiB() ?? '?'} MiB |`;
  } finally {
    await db.driver.close();
    await neo.stop();
  }
}

async function bulk(articles: JatsArticle[]): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'eg-bench-fulltext-bulk-'));
  try {
    log(`bulk: ${articles.length} articles through bulkLoad…`);
    const s = await bulkLoad({
      dataDir,
      sources: articles.map((a, i) => textSource(`article-${i + 1}.nxml`, a.xml, 'jats')),
      heap: '2g',
      pageCache: '1g',
      javaHome: process.env.JAVA_HOME,
    });
    const t = s.seconds;
    return `| import, bulk (\`bulkLoad\`, new store, schema included) | ${articles.length} | ${fmt(s.statements)} | ${t.total.toFixed(1)} | **${fmt(articles.length / t.total, 2)}** | ${fmt(s.statements / t.total)} | parse ${t.parse} s, CSV ${t.csv} s, offline import ${t.import} s, schema ${t.schema} s; ${fmt(s.papers)} papers, ${fmt(s.citations)} citations, ${s.rejected} rejected |`;
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
    return `| import, bulk | ${articles.length} | — | — | — | — | failed: ${why} |`;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const machine = machineFacts();
log(`generating ${N} articles (seed ${SEED})…`);
const articles = Array.from({ length: N }, (_, i) => jatsArticle(SEED, i));
const rows = extraction(articles);
if (args.real) rows.push(await realExtraction(args.real));
if (!args['skip-import']) rows.push(await writerImport(articles.slice(0, IMPORT_N)));
if (!args['skip-bulk']) rows.push(await bulk(articles.slice(0, IMPORT_N)));
const kb = articles.reduce((n, a) => n + a.xml.length, 0) / articles.length / 1024;
const section = `## Full-text (JATS) throughput — ${new Date().toISOString().slice(0, 10)}

Machine: ${machine}.
\`npm run bench:fulltext${args.quick ? ' -- --quick' : ''}\`: ${N} generated JATS articles (seed ${SEED}; mean ${fmt(kb, 1)} KB, ~4,400 body words, 40 references, 60 callouts each), generated in memory. Extraction runs on the main thread (one core). Imports go into a fresh embedded Neo4j 5.26 (heap 2g, page cache 1g).

| measure | articles | statements | seconds | articles/s | statements/s | notes |
| --- | ---: | ---: | ---: | ---: | ---: | --- |
${rows.join('\n')}`;
console.log(section);
if (!args['print-only']) {
  appendResults(join(ROOT, 'bench/RESULTS.md'), section);
  log('appended to bench/RESULTS.md');
}
