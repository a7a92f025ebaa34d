/**
 * The whole path graph → effect sizes → pooling, on primary-study findings with raw arm
 * data (test/scenarios/evidence-synthetic.ts). Expected values are not computed by this
 * code:
 * - dat.bcg, log RR, REML: estimate −0.7145, se 0.1798, CI (−1.0669, −0.3622), tau²
 *   0.3132, I² 92.2214 %, Q 152.233 (metafor README, `rma(yi, vi, data=dat)`); DL tau²
 *   0.3088, estimate −0.7141; FE estimate −0.4303 (metafor's documented outputs).
 * - dat.normand1999, SMD, REML: estimate −0.5371, tau² 0.7908, se 0.3087 — REML solved
 *   separately (Python bisection on the REML score equation) from metafor's published
 *   escalc yi/vi (Van Lissa, "Doing Meta-Analysis in R", 4.1).
 * The last block checks that a map showing no finding, whose findings are read as value
 * lists, gets the same cells as one that reads them whole.
 */
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/server/context.js';
import { evidenceScenario } from '../scenarios/evidence-synthetic.js';
import { testConfig } from '../helpers/db.js';
import { batchScenario, useSeededService } from '../helpers/suite.js';

const { db, server } = useSeededService(async (graph) => {
  await batchScenario(evidenceScenario, { file: 'evidence-synthetic' })(graph);
  // Fewer TB cases and shorter stays are better: set on the nodes, as an import would.
  await graph.write({
    name: 'test.lowerIsBetter',
    text: `MATCH (o:Outcome) WHERE o.id IN ['tuberculosis', 'length-of-stay'] SET o.lowerIsBetter = true`,
  });
});

const CELLS = `query($method: PoolingMethod, $kh: Boolean) {
  evidenceMap(method: $method, knappHartung: $kh) { cells {
    intervention { id } outcome { id lowerIsBetter } studies reviews
    direction { favoursIntervention favoursControl noDifference unknown }
    effects { finding { id } included weight reason }
    pooled { measure method basis estimate se ciLower ciUpper tau2 i2 q qDf k poolable reason direction }
  } } }`;

async function cells(method: string, kh = false) {
  const { data, errors } = await server.gql<any>(CELLS, { method, kh });
  expect(errors).toBeUndefined();
  return new Map<string, any>(data.evidenceMap.cells.map((c: any) => [c.intervention.id, c]));
}

describe('BCG trials (2×2 counts) through the graph', () => {
  it('pools the 13 trials by REML as metafor does, leaving the review out', async () => {
    const bcg = (await cells('REML')).get('bcg-vaccine');
    // 13 trial papers ('controlled trial') and 1 review paper ('meta-analysis').
    expect([bcg.studies, bcg.reviews, bcg.effects.length]).toEqual([13, 1, 14]);
    const p = bcg.pooled;
    expect(p).toMatchObject({
      measure: 'LOG_RR',
      method: 'REML',
      basis: 'PRIMARY_STUDIES',
      k: 13,
      qDf: 12,
      poolable: true,
    });
    expect(p.estimate).toBeCloseTo(-0.7145, 4);
    expect(p.se).toBeCloseTo(0.1798, 4);
    expect(p.ciLower).toBeCloseTo(-1.0669, 4);
    expect(p.ciUpper).toBeCloseTo(-0.3622, 4);
    expect(p.tau2).toBeCloseTo(0.3132, 4);
    expect(p.i2).toBeCloseTo(92.2214, 4);
    expect(p.q).toBeCloseTo(152.233, 3);
    expect(p.reason).toBe('1 review-level result(s) left out to avoid double counting');
    // Fewer TB cases (log RR < 0) on an outcome where lower is better favours the vaccine.
    expect(bcg.outcome.lowerIsBetter).toBe(true);
    expect(p.direction).toBe('FAVOURS_INTERVENTION');
    const review = bcg.effects.find((e: any) => e.finding.id === 'bcg-review-tb');
    expect(review).toMatchObject({ included: false, weight: null });
    const total = bcg.effects.reduce((s: number, e: any) => s + (e.weight ?? 0), 0);
    expect(total).toBeCloseTo(100, 8);
  });

  it('gives the DerSimonian–Laird and fixed-effect results for the same trials', async () => {
    const dl = (await cells('DL')).get('bcg-vaccine').pooled;
    expect(dl.estimate).toBeCloseTo(-0.7141, 4);
    expect(dl.tau2).toBeCloseTo(0.3088, 4);
    const fe = (await cells('FE')).get('bcg-vaccine').pooled;
    expect(fe.estimate).toBeCloseTo(-0.4303, 4);
    expect(fe.tau2).toBe(0);
  });

  it('widens the REML interval under Knapp–Hartung (metafor test="knha")', async () => {
    const kh = (await cells('REML', true)).get('bcg-vaccine').pooled;
    expect(kh.estimate).toBeCloseTo(-0.7145, 4);
    expect(kh.se).toBeCloseTo(0.1808, 4);
    expect(kh.ciLower).toBeCloseTo(-1.1084, 4);
    expect(kh.ciUpper).toBeCloseTo(-0.3206, 4);
  });
});

describe('Normand 1999 (means, SDs, ns) through the graph', () => {
  it('pools the SMDs by REML to the independently solved value', async () => {
    const cell = (await cells('REML')).get('specialist-care');
    expect([cell.studies, cell.reviews]).toEqual([9, 0]);
    const p = cell.pooled;
    expect(p).toMatchObject({
      measure: 'SMD',
      basis: 'PRIMARY_STUDIES',
      k: 9,
      poolable: true,
      reason: null,
    });
    expect(p.estimate).toBeCloseTo(-0.5371, 4);
    expect(p.tau2).toBeCloseTo(0.7908, 4);
    expect(p.se).toBeCloseTo(0.3087, 4);
    // CI −1.1421 to 0.0679 contains 0.
    expect(p.direction).toBe('NO_DIFFERENCE');
    // Per study, by hand from metafor's yi ± 1.96·√vi: studies 1, 3, 4 and 8 lie below 0
    // (shorter stay: favour specialist care); 2, 5, 6, 7 and 9 cross 0.
    expect(cell.direction).toEqual({
      favoursIntervention: 4,
      favoursControl: 0,
      noDifference: 5,
      unknown: 0,
    });
  });
});

describe('what the map reads for what is asked', () => {
  // Findings from raw 2×2 counts and means/SDs/ns: every value pooling reads must survive
  // the lean read (findings as value lists) that a map showing no finding gets.
  const MAP = (extra: string) => `query($rollUp: Boolean) {
    evidenceMap(rollUp: $rollUp) { cells { intervention { id } outcome { id } studies reviews
      direction { favoursIntervention favoursControl noDifference unknown }
      effects { measure yi vi ciLower ciUpper direction included weight reason ${extra} }
      pooled { measure method basis poolable reason k estimate se ciLower ciUpper tau2 i2 q qDf direction }
    } } }`;
  async function run(extra: string, rollUp: boolean) {
    const ctx = createContext(db, testConfig());
    const res = await server.app.apollo.executeOperation(
      { query: MAP(extra), variables: { rollUp } },
      { contextValue: ctx },
    );
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    expect(res.body.singleResult.errors).toBeUndefined();
    const cells = (res.body.singleResult.data as any).evidenceMap.cells;
    return {
      queries: ctx.stats.queries.filter((q) => q !== 'evidence.concepts'),
      cells: cells.map((c: any) => ({
        ...c,
        effects: c.effects.map(({ finding: _, ...e }: any) => e),
      })),
    };
  }

  it('gives the same cells from findings read as value lists as from whole findings', async () => {
    for (const rollUp of [false, true]) {
      const lean = await run('', rollUp);
      const whole = await run('finding { id timepoint }', rollUp);
      expect(lean.queries[0]).toBe('evidence.paperKeys');
      expect(whole.queries[0]).toBe('evidence.wholeFindings');
      expect(lean.cells.map((c: any) => c.intervention.id)).toEqual(
        expect.arrayContaining(['bcg-vaccine', 'specialist-care']),
      );
      expect(lean.cells.flatMap((c: any) => c.effects).length).toBeGreaterThan(20);
      expect(lean.cells).toEqual(whole.cells);
    }
  });

  it('counts statements with a query of its own for each roll-up choice', async () => {
    expect((await run('', false)).queries[1]).toBe('evidence.statementCounts');
    expect((await run('', true)).queries[1]).toBe('evidence.statementCounts.rollUp');
  });
});
