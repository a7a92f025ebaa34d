/**
 * Explorer render time (issue 19), not a test: `npm run bench:explorer [-- --runs 5]`.
 * A synthetic network of 2,000 papers all citing one hub (plus four citations each among
 * themselves, years 1990–2024) is written through the real writer into a fresh embedded Neo4j;
 * the real HTTP service serves /explore. Headless Chromium (Debian's, outside network blocked)
 * opens /explore?seed=<hub>&limit=2000 — the default axis layout — and the page reports, in
 * milliseconds since navigation start: the network's GraphQL answer, the first frame drawn
 * with every node placed (drawnAt) and the view ready with its paper list (readyAt). Then,
 * on the drawn map, the time from a zoom to its next frame and from a list hover to the
 * node's highlight frame (responsiveness), the switch to the force layout (ForceAtlas2 on the
 * server past 300 papers), and the page's main-thread busy time (CDP
 * TaskDuration). Appends a section to bench/RESULTS.md (`--print-only` to skip); PROFILE=1
 * also logs the page's top functions by self time for the first measured run.
 */
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { createDriver } from '../src/db/driver.js';
import { Executor } from '../src/db/executor.js';
import { applySchema } from '../src/db/schema.js';
import type { RecordBatch } from '../src/domain/import-format.js';
import { writeBatch } from '../src/importers/writer/index.js';
import { benchConfig } from '../src/perf/config.js';
import { createApp } from '../src/server/app.js';
import { fmt, intOption, log, median } from './lib/format.js';
import { appendResults, machineFacts } from './lib/machine.js';
import { startFreshNeo4j } from './lib/neo4j.js';

const { values: args } = parseArgs({
  options: { runs: { type: 'string' }, 'print-only': { type: 'boolean', default: false } },
});
const RUNS = intOption(args.runs, 5);
const PAPERS = 2000;
const HUB = 'bench-hub';

interface Row {
  busy: number;
  force: number;
  gql: number;
  drawn: number;
  ready: number;
  zoom: number;
  hover: number;
  nodes: number;
  edges: number;
}

// Runs in the page, as text: tsx would otherwise wrap named functions in a helper the page lacks.
const PROBE = `(async () => {
  const e = window.__explorer;
  if (e.error) throw new Error(e.error);
  const cy = e.X.cy;
  const gql = performance.getEntriesByType('resource').find((x) => x.name.endsWith('/graphql'));
  const frame = (act) => new Promise((resolve) => {
    const t0 = performance.now();
    cy.one('render', () => resolve(performance.now() - t0));
    act();
  });
  const zoom = await frame(() => cy.zoom({ level: cy.zoom() * 1.5, renderedPosition: { x: 300, y: 300 } }));
  const row = document.querySelector('#papers tbody tr:nth-child(10)');
  const hover = await frame(() => row.dispatchEvent(new MouseEvent('mouseenter')));
  const select = document.querySelector('#view select[name="layout"]');
  const f0 = performance.now();
  const loads = e.loads;
  select.value = 'force';
  select.dispatchEvent(new Event('change', { bubbles: true }));
  while (e.loads === loads && performance.now() - f0 < 120000) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const force = performance.now() - f0;
  return { force, t: e.X.timings, gql: gql.responseEnd, drawn: e.X.drawnAt, ready: e.readyAt, zoom, hover,
    nodes: cy.nodes().length, edges: cy.edges().length };
})()`;

/** Deterministic corpus: paper i cites the hub and four earlier papers. */
function corpus(): RecordBatch {
  let state = 42;
  const rand = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const id = (i: number) => `bench-p${i}`;
  const papers = [{ id: HUB, title: 'Hub paper', year: 1990, publicationTypes: [] as string[] }];
  const citations = [];
  for (let i = 0; i < PAPERS; i++) {
    papers.push({
      id: id(i),
      title: `Bench paper ${i}`,
      year: 1991 + Math.floor((34 * i) / PAPERS),
      publicationTypes: [],
    });
    citations.push({ citing: { id: id(i) }, cited: { id: HUB } });
    const seen = new Set<number>();
    for (let k = 0; k < 4 && i > 4; k++) {
      const j = Math.floor(rand() * i);
      if (seen.has(j)) continue;
      seen.add(j);
      citations.push({ citing: { id: id(i) }, cited: { id: id(j) } });
    }
  }
  return {
    concepts: [],
    papers,
    citations,
    statements: [],
    findings: [],
    tallies: [],
    inclusions: [],
  };
}

async function main(): Promise<void> {
  const machine = machineFacts();
  const neo = await startFreshNeo4j('1g', '512m');
  const db = new Executor(createDriver({ uri: neo.uri }), { timeoutMs: 600_000 });
  const app = createApp({ db, config: benchConfig() });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    await applySchema(db);
    const t = performance.now();
    const batch = corpus();
    const summary = await writeBatch(db, batch, { file: 'bench-explorer', classify: false });
    if (summary.rejected > 0) throw new Error(`${summary.rejected} records rejected`);
    log(
      `[bench:explorer] wrote ${batch.papers.length} papers, ${batch.citations.length} citations in ${fmt((performance.now() - t) / 1000, 1)} s`,
    );
    const port = await app.listen(0, '127.0.0.1');
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.route('**/*', (route) => {
      const host = new URL(route.request().url()).hostname;
      return host === '127.0.0.1' ? route.continue() : route.abort('blockedbyclient');
    });
    // Main-thread busy time of the page (CDP TaskDuration): what the page itself costs, which
    // the wall times above include along with waiting for a share of the loaded CPU.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const busy = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')!
        .value * 1000;
    const rows: Row[] = [];
    for (let run = 0; run <= RUNS; run++) {
      await page.goto('about:blank');
      const busyBefore = await busy();
      if (process.env.PROFILE && run === 1) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.start');
      }
      await page.goto(`http://127.0.0.1:${port}/explore?seed=${HUB}&limit=2000`);
      await page.waitForFunction(
        () => (window as any).__explorer?.loads >= 1 || (window as any).__explorer?.error,
        null,
        { timeout: 120_000, polling: 50 },
      );
      const busyReady = (await busy()) - busyBefore;
      if (process.env.PROFILE && run === 1) {
        const { profile } = await cdp.send('Profiler.stop');
        const self = new Map<string, number>();
        const dt = profile.timeDeltas ?? [];
        const byId = new Map(profile.nodes.map((n) => [n.id, n]));
        (profile.samples ?? []).forEach((id, i) => {
          const f = byId.get(id)!.callFrame;
          const k = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
          self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0) / 1000);
        });
        log(
          [...self]
            .sort((a, b) => b[1] - a[1])
            .slice(0, 25)
            .map(([k, v]) => `${v.toFixed(0)} ms ${k}`)
            .join('\n'),
        );
      }
      const r = { ...((await page.evaluate(PROBE)) as Row), busy: busyReady };
      log(
        `[bench:explorer] run ${run}${run === 0 ? ' (warm-up, not counted)' : ''}: ${JSON.stringify(r)}`,
      );
      if (run > 0) rows.push(r);
    }
    const m = (k: keyof (typeof rows)[0]) => fmt(median(rows.map((r) => r[k])));
    const section = `## Explorer render (2,000-node axis layout) — ${new Date().toISOString().slice(0, 10)}

Machine: ${machine}. Shared with other engineers' test suites and JVMs while it ran.
\`npm run bench:explorer -- --runs ${RUNS}\`: a hub paper cited by ${PAPERS} papers (each also citing four earlier ones; ${batch.citations.length} citations), embedded Neo4j (heap 1g), the real HTTP service, Debian's headless Chromium (1400×900, \`--disable-gpu\`). The page opens \`/explore?seed=bench-hub&limit=2000\` (default axis layout); times are milliseconds since navigation start, medians of ${RUNS} runs after one warm-up.

| nodes | edges | GraphQL answer received | axis layout drawn | view ready (list filled) | page main-thread busy until ready | zoom → next frame | list hover → node highlighted | switch to force layout (server ForceAtlas2) |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| ${rows[0]!.nodes} | ${rows[0]!.edges} | ${m('gql')} | ${m('drawn')} | ${m('ready')} | ${m('busy')} | ${m('zoom')} | ${m('hover')} | ${m('force')} |
`;
    console.log(section);
    if (!args['print-only']) appendResults('bench/RESULTS.md', section);
  } finally {
    await browser.close();
    await app.stop();
    await db.driver.close();
    await neo.stop();
  }
}

await main();
