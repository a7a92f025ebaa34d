/**
 * Pure assembly of the evidence map: cells, direction, roll-up, poolability and the
 * double-count rule. Expected numbers are worked out by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { assembleEvidenceMap, type AssembleInput } from '../../src/domain/evidence/cells.js';
import type {
  ConceptNode,
  EvidenceFinding,
  EvidencePaper,
} from '../../src/domain/evidence/types.js';

const interventions: ConceptNode[] = [
  { id: 'i', name: 'I' },
  { id: 'i-sub', name: 'I sub', parentId: 'i' },
];
const outcomes: ConceptNode[] = [
  { id: 'o', name: 'O', domain: 'PSYCHOSOCIAL' },
  { id: 'o-sub', name: 'O sub', parentId: 'o', domain: 'PSYCHOSOCIAL' },
  { id: 'worse', name: 'Worse', parentId: 'o', domain: 'CLINICAL', lowerIsBetter: true },
];

let n = 0;
const finding = (
  paperId: string,
  i: string,
  o: string,
  v: Partial<EvidenceFinding>,
): EvidenceFinding => ({
  id: `f${String(++n).padStart(2, '0')}`,
  paperId,
  interventionId: i,
  outcomeId: o,
  measure: 'SMD',
  ...v,
});
const paper = (id: string, types: string[], year = 2020): EvidencePaper => ({
  id,
  year,
  publicationTypes: types,
});

function build(
  rows: {
    paper: EvidencePaper;
    findings: EvidenceFinding[];
    interventions?: string[];
    outcomes?: string[];
  }[],
  extra: Partial<AssembleInput<EvidencePaper, EvidenceFinding, ConceptNode>> = {},
) {
  return assembleEvidenceMap({
    papers: rows.map((r) => ({ interventions: [], outcomes: [], ...r })),
    interventions,
    outcomes,
    statements: [],
    filter: { interventions: null, outcomes: null, domains: null, designs: null },
    method: 'FE',
    knappHartung: false,
    rollUp: false,
    ...extra,
  });
}
const cellOf = (map: ReturnType<typeof build>, i: string, o: string) =>
  map.cells.find((c) => c.intervention.id === i && c.outcome.id === o);

describe('direction', () => {
  it('reads each finding from its CI and the outcome orientation', () => {
    const t = paper('t', ['randomized controlled trial']);
    const map = build([
      {
        paper: t,
        findings: [
          finding('t', 'i', 'o', { estimate: 0.3, ciLower: 0.1, ciUpper: 0.5 }), // above 0: intervention
          finding('t', 'i', 'o', { estimate: 0.05, ciLower: -0.2, ciUpper: 0.3 }), // spans 0
          finding('t', 'i', 'o', { estimate: 0.2 }), // no precision: unknown
          finding('t', 'i', 'o', { measure: 'RR', estimate: 0.5, ciLower: 0.3, ciUpper: 0.8 }), // log < 0: control
          finding('t', 'i', 'worse', { estimate: -0.3, ciLower: -0.5, ciUpper: -0.1 }), // lower is better
        ],
      },
    ]);
    expect(cellOf(map, 'i', 'o')!.direction).toEqual({
      favoursIntervention: 1,
      favoursControl: 1,
      noDifference: 1,
      unknown: 1,
    });
    const worse = cellOf(map, 'i', 'worse')!;
    expect(worse.lowerIsBetter).toBe(true);
    expect(worse.direction.favoursIntervention).toBe(1);
    // k = 1: the single estimate, its own CI, and the direction it shows.
    expect(worse.pooled).toMatchObject({
      k: 1,
      poolable: false,
      estimate: -0.3,
      direction: 'FAVOURS_INTERVENTION',
    });
    expect(worse.pooled.reason).toBe('single study, not pooled');
  });
});

describe('roll-up', () => {
  const rows = [
    {
      paper: paper('p', ['randomized controlled trial']),
      findings: [
        finding('p', 'i-sub', 'o-sub', { estimate: 0.2, se: 0.1 }),
        finding('p', 'i-sub', 'o-sub', { estimate: 0.4, se: 0.2 }),
      ],
    },
  ];
  it('keeps a subtype finding in its own cell only without roll-up', () => {
    const map = build(rows);
    expect(map.cells.map((c) => `${c.intervention.id}×${c.outcome.id}`)).toEqual(['i-sub×o-sub']);
  });
  it('counts it under every ancestor pair with roll-up, each paper once', () => {
    const map = build(rows, { rollUp: true });
    // lineages: i-sub → [i-sub, i]; o-sub → [o-sub, o]: 2 × 2 cells, in tree order.
    expect(map.cells.map((c) => `${c.intervention.id}×${c.outcome.id}`)).toEqual([
      'i×o',
      'i×o-sub',
      'i-sub×o',
      'i-sub×o-sub',
    ]);
    for (const c of map.cells) {
      expect(c.papers.map((p) => p.id)).toEqual(['p']);
      expect(c.studies).toBe(1);
      expect(c.findings).toHaveLength(2);
      // Two findings of one paper: only one enters the pool (rule 3).
      expect(c.pooled.k).toBe(1);
    }
    expect(map.interventions.map((c) => c.id)).toEqual(['i', 'i-sub']);
  });
  it('adds tagged papers (STUDIES × MEASURES) to cells without findings', () => {
    const map = build([
      {
        paper: paper('r', ['scoping review']),
        findings: [],
        interventions: ['i'],
        outcomes: ['o', 'o-sub'],
      },
    ]);
    expect(map.cells.map((c) => [c.outcome.id, c.reviews, c.studies, c.pooled.reason])).toEqual([
      ['o', 1, 0, 'no findings'],
      ['o-sub', 1, 0, 'no findings'],
    ]);
  });
  it('does not pool outcomes of opposite orientation brought together by roll-up', () => {
    const map = build(
      [
        {
          paper: paper('a', ['trial']),
          findings: [finding('a', 'i', 'o-sub', { estimate: 0.2, se: 0.1 })],
        },
        {
          paper: paper('b', ['trial']),
          findings: [finding('b', 'i', 'worse', { estimate: -0.2, se: 0.1 })],
        },
      ],
      { rollUp: true },
    );
    const io = cellOf(map, 'i', 'o')!;
    expect(io.pooled.poolable).toBe(false);
    expect(io.pooled.reason).toMatch(/opposite orientation/);
  });
});

describe('pooling rules', () => {
  it('pools primary studies and leaves review-level results out (double counting)', () => {
    // FE by hand: w = 1/0.1² = 100 and 1/0.2² = 25; estimate = (100·0.2 + 25·0.4)/125 = 0.24;
    // se = √(1/125) = 0.0894427; Q = 100·0.04² + 25·0.16² = 0.8.
    const map = build([
      {
        paper: paper('a', ['randomized controlled trial']),
        findings: [finding('a', 'i', 'o', { estimate: 0.2, se: 0.1 })],
      },
      {
        paper: paper('b', ['randomized controlled trial']),
        findings: [finding('b', 'i', 'o', { estimate: 0.4, se: 0.2 })],
      },
      {
        paper: paper('r', ['meta-analysis']),
        findings: [finding('r', 'i', 'o', { estimate: 0.9, se: 0.05, pooled: true })],
      },
    ]);
    const c = cellOf(map, 'i', 'o')!;
    expect([c.studies, c.reviews]).toEqual([2, 1]);
    expect(c.pooled).toMatchObject({
      basis: 'PRIMARY_STUDIES',
      k: 2,
      poolable: true,
      measure: 'SMD',
      qDf: 1,
    });
    expect(c.pooled.estimate).toBeCloseTo(0.24, 10);
    expect(c.pooled.se).toBeCloseTo(0.0894427, 6);
    expect(c.pooled.q).toBeCloseTo(0.8, 10);
    expect(c.pooled.reason).toMatch(/1 review-level result\(s\) left out to avoid double counting/);
    const review = c.effects.find((e) => e.finding.paperId === 'r')!;
    expect(review).toMatchObject({ included: false, weight: null });
    expect(c.effects.filter((e) => e.included).map((e) => Math.round(e.weight! * 10) / 10)).toEqual(
      [80, 20],
    );
  });
  it('pools review-level results only when nothing else exists, and says so', () => {
    const map = build([
      {
        paper: paper('r1', ['systematic review']),
        findings: [finding('r1', 'i', 'o', { estimate: 0.2, se: 0.1, pooled: true })],
      },
      {
        paper: paper('r2', ['meta-analysis']),
        findings: [finding('r2', 'i', 'o', { estimate: 0.4, se: 0.2, pooled: true })],
      },
    ]);
    const c = cellOf(map, 'i', 'o')!;
    expect(c.pooled).toMatchObject({ basis: 'REVIEW_RESULTS', k: 2, poolable: true });
    expect(c.pooled.estimate).toBeCloseTo(0.24, 10);
    expect(c.pooled.reason).toMatch(/pooled from 2 review-level results.*double counting/);
  });
  it('never pools different measures, and names them', () => {
    const map = build([
      {
        paper: paper('a', ['trial']),
        findings: [finding('a', 'i', 'o', { estimate: 0.2, se: 0.1 })],
      },
      {
        paper: paper('b', ['trial']),
        findings: [finding('b', 'i', 'o', { measure: 'RR', estimate: 1.5, se: 0.1 })],
      },
    ]);
    const p = cellOf(map, 'i', 'o')!.pooled;
    expect(p).toMatchObject({ poolable: false, k: 0, estimate: null });
    expect(p.reason).toMatch(/different measures.*LOG_RR.*SMD|SMD.*LOG_RR/);
  });
  it('lists a finding without precision but does not pool it', () => {
    const map = build([
      {
        paper: paper('r', ['meta-analysis']),
        findings: [finding('r', 'i', 'o', { n: 929, pooled: true })],
      },
    ]);
    const c = cellOf(map, 'i', 'o')!;
    expect(c.findings).toHaveLength(1);
    expect(c.pooled).toMatchObject({ poolable: false, basis: 'NONE', estimate: null });
    expect(c.pooled.reason).toMatch(/no finding gives an effect with its precision/);
    expect(c.effects[0]).toMatchObject({ yi: null, direction: 'UNKNOWN', included: false });
  });
});

describe('filters', () => {
  const rows = [
    {
      paper: paper('a', ['randomized controlled trial'], 2010),
      findings: [finding('a', 'i-sub', 'o', { estimate: 0.2, se: 0.1 })],
    },
    {
      paper: paper('b', ['study protocol'], 2012),
      findings: [finding('b', 'i', 'worse', { estimate: 0.2, se: 0.1 })],
    },
  ];
  const filter = { interventions: null, outcomes: null, domains: null, designs: null };
  it('selects rows by intervention including subtypes, and columns by domain', () => {
    const byI = build(rows, { filter: { ...filter, interventions: ['i'] } });
    expect(byI.cells.map((c) => c.intervention.id).sort()).toEqual(['i', 'i-sub']);
    const byD = build(rows, { filter: { ...filter, domains: ['CLINICAL'] } });
    expect(byD.cells.map((c) => c.outcome.id)).toEqual(['worse']);
  });
  it('filters papers by design class or publication type; a protocol is not a study', () => {
    expect(
      build(rows, { filter: { ...filter, designs: ['study'] } }).cells.map(
        (c) => c.intervention.id,
      ),
    ).toEqual(['i-sub']);
    const proto = build(rows, { filter: { ...filter, designs: ['Study Protocol'] } });
    expect(proto.cells.map((c) => [c.intervention.id, c.studies, c.reviews])).toEqual([
      ['i', 0, 0],
    ]);
  });
});
