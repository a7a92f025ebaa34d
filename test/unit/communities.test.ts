/**
 * Louvain clusters for the explorer's colour encoding (src/domain/network/communities.ts) on
 * hand-built graphs whose communities are known: two dense groups joined by one bridge.
 */
import { describe, expect, it } from 'vitest';
import { communities } from '../../src/domain/network/communities.js';

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
