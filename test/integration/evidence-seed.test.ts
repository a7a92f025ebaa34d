/**
 * evidenceMap over the real seed graph. Every expected number below was counted by hand
 * from seed/dataset/{papers,findings,statements,taxonomy}.ts:
 *
 * Cells without roll-up. Only papers with both an intervention and an outcome tag, or a
 * finding, make cells: Lyons 2021 tags 5 interventions × 5 outcomes = 25 cells (its three
 * findings are on peer-support-group × recovery/hope/depression, inside those 25); on
 * peer-support: Murphy 2024 × 7 outcomes (recovery + 6 implementation outcomes), Kowalski
 * 2020 × recovery (same cell as Murphy's), Pitt × crisis-service-use, Fuhr × quality-of-
 * life and hope, Smit × clinical- and personal-recovery, Pfeiffer × depression, Burke ×
 * empowerment, self-efficacy and internalised-stigma: 7 + 9 = 16 cells. 25 + 16 = 41.
 * Rows: Lyons' 5 types + peer-support = 6. Columns: Lyons' 5 outcomes + 12 more = 17.
 *
 * Designs: 'systematic review', 'meta-analysis', 'scoping review', 'review' are reviews;
 * 'study' (Kowalski) and 'randomized controlled trial' are studies.
 * Statements with an intervention and an outcome in `about`: scite-1 (peer-support; hope,
 * readmission), scite-2 (peer-support; psychosocial-, clinical-outcomes), and the curated
 * Cooper statement (peer-support-group; recovery, hope, depression), all MENTIONING.
 */
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../../seed/load.js';
import { createContext } from '../../src/server/context.js';
import { testConfig } from '../helpers/db.js';
import { useSeededService } from '../helpers/suite.js';

const { db, server } = useSeededService(loadSeed);

const CELL = `intervention { id } outcome { id } studies reviews papers { id } findings { id }
  direction { favoursIntervention favoursControl noDifference unknown }
  statements { supporting mentioning contrasting unclassified }
  pooled { measure basis estimate se ciLower ciUpper tau2 i2 q qDf k poolable reason direction }`;

async function evidence(args = '') {
  const { data, errors } = await server.gql<any>(
    `{ evidenceMap${args} { interventions { id } outcomes { id } cells { ${CELL} } } }`,
  );
  expect(errors).toBeUndefined();
  const map = data.evidenceMap;
  const cell = (i: string, o: string) =>
    map.cells.find((c: any) => c.intervention.id === i && c.outcome.id === o);
  return { map, cell };
}

const none = { favoursIntervention: 0, favoursControl: 0, noDifference: 0, unknown: 0 };
const mentioning = (n: number) => ({
  supporting: 0,
  mentioning: n,
  contrasting: 0,
  unclassified: 0,
});

describe('evidence map over the seed, no roll-up', () => {
  it('has 41 cells over 6 interventions × 17 outcomes', async () => {
    const { map } = await evidence();
    expect(map.cells).toHaveLength(41);
    expect(map.interventions.map((c: any) => c.id)).toEqual([
      'peer-support', // tree order: roots and siblings by name
      'group-peer-support',
      'mutual-support-group',
      'peer-support-group',
      'anti-stigma-peer-support-group',
      'self-management-peer-support-group',
    ]);
    expect(map.outcomes).toHaveLength(17);
  });

  it('peer-support-group × recovery: Lyons 2021 pooled SMD 0.18 (0.07, 0.29)', async () => {
    const c = (await evidence()).cell('peer-support-group', 'recovery');
    expect(c.papers).toEqual([{ id: 'lyons-2021' }]);
    expect([c.studies, c.reviews]).toEqual([0, 1]);
    expect(c.findings).toEqual([{ id: 'lyons-2021-recovery-post' }]);
    expect(c.direction).toEqual({ ...none, favoursIntervention: 1 });
    expect(c.statements).toEqual(mentioning(1)); // the curated Cooper statement
    expect(c.pooled).toMatchObject({
      measure: 'SMD',
      basis: 'REVIEW_RESULTS',
      k: 1,
      poolable: false,
      reason: 'single review-level result, not pooled',
      tau2: null,
      direction: 'FAVOURS_INTERVENTION',
    });
    expect(c.pooled.estimate).toBeCloseTo(0.18, 10);
    // SE from the CI: (0.29 − 0.07) / (2·1.96); the symmetric CI gives back the bounds.
    expect(c.pooled.se).toBeCloseTo(0.22 / (2 * 1.959964), 6);
    expect(c.pooled.ciLower).toBeCloseTo(0.07, 6);
    expect(c.pooled.ciUpper).toBeCloseTo(0.29, 6);
  });

  it('peer-support-group × hope (MD, CI spans 0) and × depression (no estimate)', async () => {
    const { cell } = await evidence();
    const hope = cell('peer-support-group', 'hope');
    expect(hope.direction).toEqual({ ...none, noDifference: 1 });
    expect(hope.pooled).toMatchObject({
      measure: 'MD',
      k: 1,
      estimate: 0.18,
      direction: 'NO_DIFFERENCE',
    });
    const dep = cell('peer-support-group', 'depression');
    expect(dep.findings).toEqual([{ id: 'lyons-2021-depression' }]);
    expect(dep.direction).toEqual({ ...none, unknown: 1 });
    expect(dep.statements).toEqual(mentioning(1));
    expect(dep.pooled).toMatchObject({ poolable: false, basis: 'NONE', k: 0, estimate: null });
    expect(dep.pooled.reason).toMatch(
      /^no finding gives an effect with its precision \(lyons-2021-depression: /,
    );
  });

  it('peer-support cells: counts, directions with lower-is-better outcomes, statements', async () => {
    const { cell } = await evidence();
    const recovery = cell('peer-support', 'recovery'); // Murphy (scoping review), Kowalski ('study')
    expect(recovery.papers.map((p: any) => p.id)).toEqual(['murphy-2024', 'kowalski-2020']);
    expect([recovery.studies, recovery.reviews, recovery.findings.length]).toEqual([1, 1, 0]);
    expect(recovery.pooled).toMatchObject({
      poolable: false,
      reason: 'no findings',
      basis: 'NONE',
    });
    expect(recovery.statements).toEqual(mentioning(0));
    const hope = cell('peer-support', 'hope'); // Fuhr 0.24 (0.02, 0.46); scite statement 1
    expect([hope.studies, hope.reviews]).toEqual([0, 1]);
    expect(hope.direction).toEqual({ ...none, favoursIntervention: 1 });
    expect(hope.statements).toEqual(mentioning(1));
    // Negative SMDs on depression and crisis service use favour peer support.
    for (const [o, f] of [
      ['depression', 'pfeiffer-2011-depression'],
      ['crisis-service-use', 'pitt-2013-crisis-service-use'],
    ] as const) {
      const c = cell('peer-support', o);
      expect(c.findings).toEqual([{ id: f }]);
      expect(c.direction).toEqual({ ...none, favoursIntervention: 1 });
      expect(c.pooled.direction).toBe('FAVOURS_INTERVENTION');
    }
    // Smit reports Hedges' g, analysed on the SMD scale.
    expect(cell('peer-support', 'clinical-recovery').pooled).toMatchObject({
      measure: 'SMD',
      estimate: 0.19,
    });
    // A tag-only cell: Lyons studies mutual support groups and measures recovery.
    const msg = cell('mutual-support-group', 'recovery');
    expect([msg.reviews, msg.findings.length, msg.pooled.reason]).toEqual([1, 0, 'no findings']);
  });

  it('filters papers by year, population and setting (with subtypes) and design', async () => {
    // yearTo 2019: Pitt 2013, Fuhr 2014 (2 cells), Pfeiffer 2011, Burke 2019 (3 cells).
    expect((await evidence('(where: { yearTo: 2019 })')).map.cells).toHaveLength(7);
    // people-with-depression: Fuhr (quality-of-life, hope) and Pfeiffer (depression).
    expect(
      (await evidence('(where: { populations: ["people-with-depression"] })')).map.cells,
    ).toHaveLength(3);
    // The root population and its subtypes: Lyons 25 + Pitt 1 + Fuhr 2 + Smit 2 + Pfeiffer 1.
    expect(
      (await evidence('(where: { populations: ["people-with-mental-health-conditions"] })')).map
        .cells,
    ).toHaveLength(31);
    // mental-health-services and subtypes: Pitt (1 cell), Murphy (7), Kowalski (Murphy's recovery cell).
    expect(
      (await evidence('(where: { settings: ["mental-health-services"] })')).map.cells,
    ).toHaveLength(8);
    const studies = await evidence('(where: { designs: ["study"] })'); // Kowalski only
    expect(
      studies.map.cells.map((c: any) => [c.intervention.id, c.outcome.id, c.studies, c.reviews]),
    ).toEqual([['peer-support', 'recovery', 1, 0]]);
    // Domain filter: SERVICE_USE columns only (crisis-service-use).
    const service = await evidence('(where: { domains: [SERVICE_USE] })');
    expect(service.map.outcomes).toEqual([{ id: 'crisis-service-use' }]);
  });

  it('refuses bad filters with BAD_USER_INPUT', async () => {
    for (const where of [
      '{ yearFrom: 2020, yearTo: 2010 }',
      '{ interventions: [] }',
      '{ outcomes: ["no good"] }',
    ]) {
      const { errors } = await server.gql(`{ evidenceMap(where: ${where}) { cells { studies } } }`);
      expect(errors?.[0]?.extensions?.code, where).toBe('BAD_USER_INPUT');
    }
  });
});

describe('evidence map over the seed, rolled up', () => {
  it('peer-support × recovery gathers Lyons, Smit, Murphy and Kowalski and pools two reviews', async () => {
    const c = (await evidence('(rollUp: true)')).cell('peer-support', 'recovery');
    expect(c.papers.map((p: any) => p.id).sort()).toEqual([
      'kowalski-2020',
      'lyons-2021',
      'murphy-2024',
      'smit-2023',
    ]);
    expect([c.studies, c.reviews]).toEqual([1, 3]);
    expect(c.findings.map((f: any) => f.id)).toEqual([
      'lyons-2021-recovery-post',
      'smit-2023-clinical-recovery',
      'smit-2023-personal-recovery',
    ]);
    expect(c.direction).toEqual({ ...none, favoursIntervention: 3 });
    expect(c.statements).toEqual(mentioning(1)); // Cooper's statement is about peer-support-group
    // One finding per paper: Lyons 0.18 (se 0.22/3.92) and Smit clinical 0.19 (se 0.16/3.92).
    // REML's score at tau² = 0 is negative, so tau² = 0 and REML = FE: weights 34.6 % and
    // 65.4 %, estimate 0.18654, se 0.03301, CI (0.12184, 0.25124), Q 0.02076 (by hand).
    expect(c.pooled).toMatchObject({
      basis: 'REVIEW_RESULTS',
      k: 2,
      qDf: 1,
      poolable: true,
      tau2: 0,
      i2: 0,
    });
    expect(c.pooled.estimate).toBeCloseTo(0.18654, 5);
    expect(c.pooled.se).toBeCloseTo(0.03301, 5);
    expect(c.pooled.ciLower).toBeCloseTo(0.12184, 5);
    expect(c.pooled.ciUpper).toBeCloseTo(0.25124, 5);
    expect(c.pooled.q).toBeCloseTo(0.02076, 5);
    expect(c.pooled.reason).toBe(
      'pooled from 2 review-level results, which may include the same studies (possible double counting); 1 further finding(s) of the same paper not pooled',
    );
  });

  it('peer-support × depression: Pfeiffer alone is pooled; Lyons is listed without an estimate', async () => {
    const c = (await evidence('(rollUp: true)')).cell('peer-support', 'depression');
    expect(c.papers.map((p: any) => p.id).sort()).toEqual(['lyons-2021', 'pfeiffer-2011']);
    expect([c.studies, c.reviews]).toEqual([0, 2]);
    expect(c.direction).toEqual({ ...none, favoursIntervention: 1, unknown: 1 });
    expect(c.statements).toEqual(mentioning(1));
    expect(c.pooled).toMatchObject({ k: 1, estimate: -0.59, poolable: false });
    expect(c.pooled.reason).toBe(
      'single review-level result, not pooled; 1 finding(s) without an effect and its precision',
    );
  });

  it('rolls statements about subtypes up to the ancestor pair', async () => {
    // peer-support × psychosocial-outcomes: scite 1 (peer-support; hope → psychosocial),
    // scite 2 (peer-support; psychosocial-outcomes) and Cooper's (peer-support-group →
    // peer-support; recovery, hope, depression, of which only hope lies under it): 3.
    const c = (await evidence('(rollUp: true)')).cell('peer-support', 'psychosocial-outcomes');
    expect(c.statements).toEqual(mentioning(3));
  });
});

describe('round trips and statement lists', () => {
  it('reads papers whole only when a field shows them; the cells are the same either way', async () => {
    const run = async (extra: string) => {
      const ctx = createContext(db, testConfig());
      const res = await server.app.apollo.executeOperation(
        {
          query: `{ evidenceMap { cells { intervention { id } outcome { id } studies reviews
            direction { favoursIntervention favoursControl noDifference unknown }
            pooled { estimate k } ${extra} } } }`,
        },
        { contextValue: ctx },
      );
      if (res.body.kind !== 'single') throw new Error('expected a single result');
      expect(res.body.singleResult.errors).toBeUndefined();
      const cells = (res.body.singleResult.data as any).evidenceMap.cells;
      return {
        queries: ctx.stats.queries.sort(),
        cells: cells.map(({ papers: _, ...c }: any) => c),
      };
    };
    const lean = await run('');
    const whole = await run('papers { id title }');
    expect(lean.queries).toEqual([
      'evidence.concepts',
      'evidence.paperKeys',
      'evidence.statementCounts',
    ]);
    expect(whole.queries).toEqual([
      'evidence.concepts',
      'evidence.papers',
      'evidence.statementCounts',
    ]);
    expect(lean.cells.length).toBeGreaterThan(3);
    expect(lean.cells).toEqual(whole.cells);
  });

  it('costs 3 queries for the map, 1 for all statement lists, 1 for their citing papers', async () => {
    const ctx = createContext(db, testConfig());
    const res = await server.app.apollo.executeOperation(
      {
        query: `{ evidenceMap { interventions { name } outcomes { name lowerIsBetter }
          cells { papers { title } findings { paper { title } intervention { name } outcome { name } }
                  statementList(first: 5) { id polarity citing { id } } } } }`,
      },
      { contextValue: ctx },
    );
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    expect(res.body.singleResult.errors).toBeUndefined();
    expect(ctx.stats.queries.sort()).toEqual([
      'evidence.concepts',
      'evidence.papers',
      'evidence.statementCounts',
      'evidence.statementList',
      'paper.byIds', // Statement.citing, batched; the cells' own papers were primed
    ]);
    const cells = (res.body.singleResult.data as any).evidenceMap.cells;
    const ids = cells.flatMap((c: any) => c.statementList.map((s: any) => s.id));
    // psg × recovery, hope, depression: the curated statement; peer-support × hope: scite 1.
    expect(ids.sort()).toEqual([
      'curated-cooper-2024-lyons-2021-results',
      'curated-cooper-2024-lyons-2021-results',
      'curated-cooper-2024-lyons-2021-results',
      'scite-lyons-2021-1',
    ]);
  });
});
