/**
 * The eight operations of the side-by-side benchmark (src/perf/ops.ts), as our GraphQL
 * documents, on a small generated corpus imported through the real importer: each costs at
 * most nesting depth + 1 Cypher round trips, and no Cypher query it runs starts from an
 * all-nodes or label scan (every leaf of its PROFILE plan is checked).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kind, parse, type SelectionSetNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  capturingExecutor,
  profileQuery,
  SCANS,
  type CapturedQuery,
} from '../../src/perf/profile.js';
import { benchConfig } from '../../src/perf/config.js';
import { OPERATIONS, type Pools } from '../../src/perf/ops.js';
import { enrich, readPools } from '../../src/perf/pools.js';
import { generateCorpus } from '../../src/importers/generate/index.js';
import { fileSource, runImport } from '../../src/importers/run.js';
import { createApp, type App } from '../../src/server/app.js';
import { createContext } from '../../src/server/context.js';
import { useDatabase } from '../helpers/suite.js';

const config = benchConfig();
let app: App;
let pools: Pools;

/** Depth of nested object fields: `paper { tally { x } }` is 2. */
function nestingDepth(set: SelectionSetNode | undefined): number {
  let depth = 0;
  for (const s of set?.selections ?? []) {
    if (s.kind === Kind.FIELD && s.selectionSet)
      depth = Math.max(depth, 1 + nestingDepth(s.selectionSet));
    if (s.kind === Kind.INLINE_FRAGMENT) depth = Math.max(depth, nestingDepth(s.selectionSet));
  }
  return depth;
}

/** A small generated corpus through the real importer, with the bench-only tags and tallies. */
const db = useDatabase(async (graph) => {
  const dir = mkdtempSync(join(tmpdir(), 'eg-bench-ops-'));
  try {
    const corpus = await generateCorpus({ papers: 300, seed: 6, out: dir });
    const summary = await runImport(
      graph,
      corpus.files.map((f) => fileSource(join(dir, f), 'auto')),
    );
    expect(summary.rejected).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await enrich(graph.driver);
});
beforeAll(async () => {
  pools = await readPools(db.driver);
  app = createApp({ db, config });
  await app.apollo.start();
});
afterAll(async () => {
  await app?.apollo.stop();
});

describe('benchmark operations', () => {
  it('has parameters for every operation in the corpus', () => {
    expect(pools.dois.length).toBeGreaterThan(10);
    expect(pools.citingDois.length).toBeGreaterThan(10);
    expect(pools.pairs.length).toBeGreaterThan(0);
    expect(pools.domains.length).toBeGreaterThan(0);
  });

  for (const [k, op] of OPERATIONS.entries()) {
    it(`op ${op.name}: ≤ depth + 1 round trips, no scan starts`, async () => {
      const depth = nestingDepth(
        parse(op.ours).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)?.selectionSet,
      );
      for (const sample of [0, 1, 2]) {
        const captured: CapturedQuery[] = [];
        const context = createContext(capturingExecutor(db.driver, captured), config);
        const response = await app.apollo.executeOperation(
          { query: op.ours, variables: op.vars(pools, sample + k) },
          { contextValue: context },
        );
        const body = response.body.kind === 'single' ? response.body.singleResult : null;
        expect(body?.errors).toBeUndefined();
        expect(body?.data).toBeTruthy();
        expect(context.stats.roundTrips).toBe(captured.length);
        expect(context.stats.roundTrips).toBeGreaterThan(0);
        expect(context.stats.roundTrips).toBeLessThanOrEqual(depth + 1);
        for (const q of captured) {
          const plan = await profileQuery(db.driver, q.text, q.params);
          expect({ query: q.name, scans: plan.leaves.filter((l) => SCANS.test(l)) }).toEqual({
            query: q.name,
            scans: [],
          });
        }
      }
    });
  }
});

/**
 * Query.paper reads the papers' shown fields only, and its one citations, references or
 * coCited field in the same round trip (src/resolvers/paper-prefetch.ts); Query.statements
 * reads its papers' shown fields only. The same documents with that read-ahead defeated (a
 * directive on the child field, `abstract` asked of every paper so they are read whole) must
 * answer the same, Query.paper's in one more round trip.
 */
describe('paper read with its page in one round trip', () => {
  /** Ops 1, 2, 3 and 8 ask for one paper by DOI and at most one page below it; op 5 for statements and their papers. */
  const ONE_TRIP = [0, 1, 2, 4, 7];
  const CHILD = /(citations|references|coCited)(\(.*?\))/s;
  // The child field with a directive (no read-ahead), and every paper asked for its abstract.
  // (Op 5's `node` is a statement; its papers are `citing` and `cited`.)
  const PAPERS = /((?:node|paper|citing|cited|\$doi\)) \{ id)\b(?! text)/g;
  const plain = (doc: string) =>
    doc.replace(CHILD, '$1$2 @include(if: true)').replace(PAPERS, '$1 abstract');

  async function run(doc: string, vars: Record<string, unknown>) {
    const context = createContext(db, config);
    const response = await app.apollo.executeOperation(
      { query: doc, variables: vars },
      { contextValue: context },
    );
    const body = response.body.kind === 'single' ? response.body.singleResult : null;
    expect(body?.errors).toBeUndefined();
    return { data: body?.data as Record<string, any>, trips: context.stats.roundTrips };
  }

  /** The answer without the abstracts `plain` added. */
  const withoutAbstracts = (v: unknown): unknown =>
    JSON.parse(JSON.stringify(v), (k, x) => (k === 'abstract' ? undefined : x));

  for (const k of ONE_TRIP) {
    const op = OPERATIONS[k]!;
    it(`op ${op.name}: one round trip, the same answer as read in two`, async () => {
      for (const sample of [0, 1, 2, 3]) {
        const vars = op.vars(pools, sample + k);
        const lean = await run(op.ours, vars);
        const whole = await run(plain(op.ours), vars);
        expect(lean.trips).toBe(1);
        expect(whole.trips).toBe(k === 0 || k === 4 ? 1 : 2);
        expect(Object.values(lean.data)[0]).toBeTruthy();
        expect(lean.data).toEqual(withoutAbstracts(whole.data));
      }
    });
  }
});
