/**
 * Pure citation-network code: request validation, truncation ranking, degrees and the
 * PageRank wrapper (expected scores solved by hand for tiny graphs).
 */
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/domain/errors.js';
import { networkRequest, paperRefs } from '../../src/domain/network/options.js';
import { pageRankScores } from '../../src/domain/network/pagerank.js';
import { cutLevel, degrees } from '../../src/domain/network/ranking.js';
import { exportPlan, type ExportParam } from '../../src/exporters/export-params.js';

const badInput = (f: () => unknown, argument: string) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('BAD_USER_INPUT');
    expect((e as AppError).details.argument).toBe(argument);
    return;
  }
  throw new Error('expected BAD_USER_INPUT');
};

describe('networkRequest', () => {
  it('splits seeds into ids and normalised DOIs and applies defaults', () => {
    expect(paperRefs('seeds', ['lyons-2021', 'https://doi.org/10.1186/ABC'])).toEqual({
      ids: ['lyons-2021'],
      dois: ['10.1186/abc'],
    });
    const r = networkRequest({ seeds: ['a'] });
    expect([r.depth, r.direction, r.limit, r.filter.polarity]).toEqual([1, 'BOTH', 200, null]);
  });

  it('refuses bad values naming the argument', () => {
    badInput(() => networkRequest({ seeds: ['a'], depth: 4 }), 'depth');
    badInput(() => networkRequest({ seeds: ['a'], depth: 1.5 }), 'depth');
    badInput(() => networkRequest({ seeds: ['a'], limit: 0 }), 'limit');
    badInput(() => networkRequest({ seeds: ['a'], limit: 2001 }), 'limit');
    badInput(() => networkRequest({ seeds: [] }), 'seeds');
    badInput(() => networkRequest({ seeds: ['no such thing!'] }), 'seeds');
    badInput(() => networkRequest({ seeds: ['a'], direction: 'UP' }), 'direction');
    badInput(() => networkRequest({ seeds: ['a'], polarity: ['HAPPY'] }), 'polarity');
    badInput(() => networkRequest({ seeds: ['a'], minConfidence: -0.1 }), 'minConfidence');
    badInput(() => networkRequest({ seeds: ['a'], yearFrom: 99 }), 'yearFrom');
    badInput(() => networkRequest({ seeds: ['a'], about: ['bad id!'] }), 'about');
  });
});

describe('exportPlan', () => {
  const plan = (q: Record<string, string[]>) =>
    exportPlan(
      (name: ExportParam) => q[name] ?? [],
      Object.keys(q).filter((k) => !['seed', 'depth', 'polarity', 'part', 'limit'].includes(k)),
    );
  it('reads repeated and comma-separated lists; no seed means the whole graph', () => {
    const p = plan({ seed: ['a', 'b,c'], depth: ['2'], polarity: ['supporting,CONTRASTING'] });
    expect(p.request?.seeds.ids).toEqual(['a', 'b', 'c']);
    expect(p.request?.depth).toBe(2);
    expect(p.request?.filter.polarity).toEqual(['SUPPORTING', 'CONTRASTING']);
    expect(p.request?.limit).toBe(2000);
    expect(plan({ part: ['edges'] })).toEqual({ request: null, part: 'edges' });
  });
  it('refuses filters without a seed, unknown names and non-integers', () => {
    badInput(() => plan({ depth: ['2'] }), 'depth');
    badInput(() => plan({ seed: ['a'], colour: ['red'] }), 'colour');
    badInput(() => plan({ seed: ['a'], depth: ['2.5'] }), 'depth');
  });
});

describe('cutLevel and degrees', () => {
  it('keeps the most cited first, ties by id, and says when it cut', () => {
    const level = [
      { id: 'b', citingPaperCount: 2 },
      { id: 'f', citingPaperCount: null },
      { id: 'c', citingPaperCount: 3 },
      { id: 'a', citingPaperCount: 2 },
    ];
    expect(cutLevel(level, 3)).toEqual({
      kept: [level[2], level[3], level[0]],
      truncated: true,
    });
    expect(cutLevel(level, 4).truncated).toBe(false);
    expect(cutLevel(level, 0)).toEqual({ kept: [], truncated: true });
  });
  it('counts in- and out-degree', () => {
    const d = degrees([
      { source: 'a', target: 'b' },
      { source: 'c', target: 'b' },
      { source: 'b', target: 'd' },
    ]);
    expect(Object.fromEntries(d)).toEqual({
      a: { inDegree: 0, outDegree: 1 },
      b: { inDegree: 2, outDegree: 1 },
      c: { inDegree: 0, outDegree: 1 },
      d: { inDegree: 1, outDegree: 0 },
    });
  });
});

describe('pageRankScores', () => {
  it('matches the hand-solved star: three leaves citing a hub', () => {
    // Hub h is dangling; its mass is spread evenly. With α = 0.85 and N = 4:
    //   leaf = (1-α)/4 + α·h/4,  h = (1-α)/4 + α·h/4 + 3α·leaf  ⇒  h = 0.133125 / 0.245625.
    const s = pageRankScores(
      ['h', 'x', 'y', 'z'],
      ['x', 'y', 'z'].map((l) => ({ source: l, target: 'h', weight: 1 })),
    );
    const h = 0.133125 / 0.245625;
    expect(s.get('h')).toBeCloseTo(h, 6);
    for (const l of ['x', 'y', 'z']) expect(s.get(l)).toBeCloseTo((1 - h) / 3, 6);
  });
  it('is uniform on a cycle and without edges, and sums to 1', () => {
    const cycle = pageRankScores(
      ['a', 'b', 'c'],
      [
        { source: 'a', target: 'b', weight: 1 },
        { source: 'b', target: 'c', weight: 5 },
        { source: 'c', target: 'a', weight: 2 },
      ],
    );
    for (const v of cycle.values()) expect(v).toBeCloseTo(1 / 3, 6);
    expect([...pageRankScores(['a', 'b'], []).values()]).toEqual([0.5, 0.5]);
    expect(pageRankScores([], []).size).toBe(0);
  });
  it('weights edges: the heavier of two references gets more', () => {
    const s = pageRankScores(
      ['a', 'b', 'c'],
      [
        { source: 'a', target: 'b', weight: 3 },
        { source: 'a', target: 'c', weight: 1 },
      ],
    );
    expect(s.get('b')!).toBeGreaterThan(s.get('c')!);
    expect([...s.values()].reduce((x, y) => x + y, 0)).toBeCloseTo(1, 9);
  });
});
