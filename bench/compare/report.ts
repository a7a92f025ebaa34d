/** The benchmark's JSON result and its Markdown rendering for bench/RESULTS.md. */
import type { LoadFigures } from './load.js';

/** One arm's figures for one operation (rps/p50/p99 at the first concurrency). */
export interface ArmFigures {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  roundTrips: number;
  dbHits: number;
  scans: string[];
  byConcurrency: Record<string, LoadFigures>;
}

/** The file `--out` writes. */
export interface BenchResult {
  date: string;
  machine: string;
  corpus: { papers: number; citations: number; statements: number };
  method: {
    rounds: number;
    seconds: number;
    concurrencies: number[];
    quick: boolean;
    poolSize: number;
  };
  ops: {
    name: string;
    note: string | null;
    ours: ArmFigures;
    neo4jGraphql: ArmFigures;
    cypher: ArmFigures;
  }[];
}

const n = (x: number) => x.toLocaleString('en', { maximumFractionDigits: 1 });
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '—');

/** A Markdown section: one table per concurrency, then round trips and db hits. */
export function markdownSection(r: BenchResult): string {
  const lines = [
    `## Side by side: ours vs @neo4j/graphql vs Cypher, ${n(r.corpus.papers)} papers${r.method.quick ? ', quick run' : ''} — ${r.date.slice(0, 10)}`,
    '',
    `Machine: ${r.machine}.`,
    `Corpus: ${n(r.corpus.papers)} papers, ${n(r.corpus.citations)} citations, ${n(r.corpus.statements)} statements (\`generate --seed 1\`, bulk-loaded with \`evidence-graph import --bulk\`).`,
    `Method: \`npm run bench\` — ${r.method.rounds} rounds, ${r.method.seconds} s per measurement, arms interleaved with the order rotating by round (ABC, BCA, CAB), median round by req/s; requests cycle through ${r.method.poolSize} papers. A = our server, B = @neo4j/graphql 7 on the same Apollo/express stack and driver, C = hand-written Cypher through neo4j-driver (auto-commit reads, as A) behind a bare node:http handler; every server runs with NODE_ENV=production. Round trips and db hits (sum of PROFILE dbHits per request) are averages over probe requests.`,
  ];
  for (const c of r.method.concurrencies) {
    lines.push(
      '',
      `### Concurrency ${c}`,
      '',
      '| operation | A req/s | B req/s | C req/s | A/B req/s | A p50 | B p50 | C p50 | A/C p50 | A p99 | B p99 | C p99 |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const op of r.ops) {
      const [a, b, x] = [op.ours, op.neo4jGraphql, op.cypher].map((f) => f.byConcurrency[c]!);
      // No request finished inside the window: there is no latency to show.
      const ms = (f: LoadFigures, v: number) => (f.rps === 0 ? '—' : String(v));
      lines.push(
        `| ${op.name} | ${n(a!.rps)} | ${n(b!.rps)} | ${n(x!.rps)} | ${ratio(a!.rps, b!.rps)} | ${ms(a!, a!.p50Ms)} | ${ms(b!, b!.p50Ms)} | ${ms(x!, x!.p50Ms)} | ${a!.rps && x!.rps ? ratio(a!.p50Ms, x!.p50Ms) : '—'} | ${ms(a!, a!.p99Ms)} | ${ms(b!, b!.p99Ms)} | ${ms(x!, x!.p99Ms)} |`,
      );
    }
  }
  const c0 = r.method.concurrencies[0]!;
  const cpu = (f: LoadFigures | undefined, k: 'serverCpuMs' | 'neo4jCpuMs') =>
    f?.[k] === undefined ? '—' : f[k]!.toFixed(2);
  if (r.ops.some((op) => op.ours.byConcurrency[c0]?.serverCpuMs !== undefined)) {
    lines.push(
      '',
      `### CPU per request (ms), concurrency ${c0}, median round`,
      '',
      "Each arm's server process and the Neo4j JVM, user + system time over the measurement window",
      'divided by the requests it completed (`/proc/<pid>/stat`).',
      '',
      '| operation | A server | A Neo4j | A total | B server | B Neo4j | B total | C server | C Neo4j | C total |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const op of r.ops) {
      const cells = [op.ours, op.neo4jGraphql, op.cypher].flatMap((arm) => {
        const f = arm.byConcurrency[c0];
        const total =
          f?.serverCpuMs === undefined ? '—' : (f.serverCpuMs + (f.neo4jCpuMs ?? 0)).toFixed(2);
        return [cpu(f, 'serverCpuMs'), cpu(f, 'neo4jCpuMs'), total];
      });
      lines.push(`| ${op.name} | ${cells.join(' | ')} |`);
    }
  }
  lines.push(
    '',
    'Latencies in ms; 0 req/s and — mean no request finished inside the window (the arm was still',
    'working through earlier ones). Round trips per request and db hits per request:',
    '',
    '| operation | A trips | B trips | C trips | A db hits | B db hits | C db hits | scans (A) | B differs |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
  );
  for (const op of r.ops) {
    lines.push(
      `| ${op.name} | ${op.ours.roundTrips} | ${op.neo4jGraphql.roundTrips} | ${op.cypher.roundTrips} | ${n(op.ours.dbHits)} | ${n(op.neo4jGraphql.dbHits)} | ${n(op.cypher.dbHits)} | ${op.ours.scans.join(', ') || 'none'} | ${op.note ?? ''} |`,
    );
  }
  return lines.join('\n');
}

/** p50 per size for the operations of the first result, matched by name in the others. */
export function scaleSection(results: BenchResult[]): string {
  const c = results[0]!.method.concurrencies[0]!;
  const lines = [
    `## Side by side: scale curve — ${results[0]!.date.slice(0, 10)}`,
    '',
    `Machine: ${results[0]!.machine}.`,
    `p50 in ms at concurrency ${c} (\`npm run bench -- --scale ...\`), per corpus size (papers):`,
    '',
    `| operation | arm | ${results.map((r) => n(r.corpus.papers)).join(' | ')} |`,
    `| --- | --- | ${results.map(() => '---:').join(' | ')} |`,
  ];
  const names = results[0]!.ops.map((o) => o.name);
  for (const name of names) {
    for (const key of ['ours', 'neo4jGraphql', 'cypher'] as const) {
      const cells = results.map((r) => {
        const f = r.ops.find((o) => o.name === name)?.[key].byConcurrency[c];
        return f ? String(f.p50Ms) : '—';
      });
      lines.push(`| ${name} | ${key} | ${cells.join(' | ')} |`);
    }
  }
  return lines.join('\n');
}
