/**
 * Louvain clusters (src/domain/network/communities.ts) and ForceAtlas2 positions
 * (force-layout.ts) for the explorer, on hand-built graphs whose communities are known: two
 * dense groups joined by one bridge.
 */
import { describe, expect, it } from 'vitest';
import { communities } from '../../src/domain/network/communities.js';
import { forceLayout } from '../../src/domain/network/force-layout.js';

const edge = (source: string, target: string, weight = 1) => ({ source, target, weight });

/** Two 4-cliques {a1..a4} and {b1..b5 minus one edge}, joined by a1–b1. */
function twoGroups() {
  const a = ['a1', 'a2', 'a3', 'a4'];
  const b = ['b1', 'b2', 'b3', 'b4', 'b5'];
  const edges = [];
  for (const group of [a, b])
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) edges.push(edge(group[i]!, group[j]!));
  edges.push(edge('a1', 'b1'));
  return { ids: [...a, ...b], edges };
}

describe('communities', () => {
  it('finds the two groups of a bridged pair of cliques, largest first', () => {
    const { ids, edges } = twoGroups();
    const got = communities(ids, edges);
    expect(got.count).toBe(2);
    expect(got.modularity).toBeGreaterThan(0.3);
    for (const id of ['b1', 'b2', 'b3', 'b4', 'b5']) expect(got.community[id]).toBe(0);
    for (const id of ['a1', 'a2', 'a3', 'a4']) expect(got.community[id]).toBe(1);
  });

  it('gives the same answer every time and ignores direction and foreign edges', () => {
    const { ids, edges } = twoGroups();
    const reversed = edges.map((e) => edge(e.target, e.source)).concat(edge('a1', 'zz'));
    expect(communities(ids, reversed)).toEqual(communities(ids, edges));
  });

  it('puts a paper with no edge in a cluster of its own and handles an empty network', () => {
    const got = communities(['x', 'y', 'z'], [edge('x', 'y')]);
    expect(got.count).toBe(2);
    expect(got.community.x).toBe(got.community.y);
    expect(got.community.z).toBe(1);
    expect(communities([], [])).toEqual({ community: {}, count: 0, modularity: 0 });
  });
});

describe('forceLayout', () => {
  it('keeps fixed nodes in place, draws linked papers closer than unlinked ones, and repeats', () => {
    const { ids, edges } = twoGroups();
    const nodes = ids.map((id) => (id === 'a1' ? { id, x: 0, y: 0, fixed: true } : { id }));
    const pos = forceLayout(nodes, edges, 200);
    expect(pos.a1).toEqual({ x: 0, y: 0 });
    expect(Object.keys(pos).sort()).toEqual([...ids].sort());
    const d = (a: string, b: string) => Math.hypot(pos[a]!.x - pos[b]!.x, pos[a]!.y - pos[b]!.y);
    const centre = (g: string[]) => ({
      x: g.reduce((s, id) => s + pos[id]!.x, 0) / g.length,
      y: g.reduce((s, id) => s + pos[id]!.y, 0) / g.length,
    });
    // Members of a group sit nearer their own group's centre than the other's.
    const ca = centre(['a2', 'a3', 'a4']);
    const cb = centre(['b2', 'b3', 'b4', 'b5']);
    for (const id of ['a2', 'a3', 'a4']) {
      expect(Math.hypot(pos[id]!.x - ca.x, pos[id]!.y - ca.y)).toBeLessThan(
        Math.hypot(pos[id]!.x - cb.x, pos[id]!.y - cb.y),
      );
    }
    expect(d('a2', 'a3')).toBeLessThan(d('a2', 'b5'));
    expect(forceLayout(nodes, edges, 200)).toEqual(pos);
  });
});
