/**
 * Expected export contents of the network scenario, derived from its tables
 * (test/scenarios/network.ts) rather than from the code under test, and assertions shared by
 * the HTTP and CLI export round-trip tests.
 */
import { expect } from 'vitest';
import type { ParsedNetwork } from './network-formats.js';
import { CITATIONS, YEARS, nid } from './network.js';

/** Edge polarity counts per "citing>cited", counted from the scenario's statement table. */
export function expectedEdgeCounts(): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  for (const [from, to, statements] of CITATIONS) {
    const count = (p: string) => String(statements.filter((s) => s[0] === p).length);
    out.set(`${nid(from)}>${nid(to)}`, {
      supporting: count('SUPPORTING'),
      mentioning: count('MENTIONING'),
      contrasting: count('CONTRASTING'),
      unclassified: count('UNCLASSIFIED'),
      statementCount: String(statements.length),
    });
  }
  return out;
}

/** Asserts node ids, edge list, attributes of papers a and b and of three edges. */
export function expectScenarioExport(
  net: ParsedNetwork,
  keys: string,
  bTitle: string,
  options: { depths?: Record<string, number> } = {},
): void {
  const ids = [...keys].map(nid).sort();
  expect([...net.nodes.keys()].sort()).toEqual(ids);
  const counts = expectedEdgeCounts();
  const expectedPairs = [...counts.keys()].filter((k) => {
    const [s, t] = k.split('>');
    return ids.includes(s as string) && ids.includes(t as string);
  });
  const pairs = net.edges.map((e) => `${e.source}>${e.target}`);
  expect(pairs.sort()).toEqual(expectedPairs.sort());
  for (const e of net.edges) expect(e.attrs).toMatchObject(counts.get(`${e.source}>${e.target}`)!);

  const edge = (s: string, t: string) =>
    net.edges.find((e) => e.source === nid(s) && e.target === nid(t))?.attrs;
  if (ids.includes(nid('b'))) {
    expect(edge('b', 'a')).toMatchObject({ dominantPolarity: 'SUPPORTING', weight: '2' });
  }
  if (ids.includes(nid('c'))) {
    expect(edge('c', 'a')).toMatchObject({ dominantPolarity: 'CONTRASTING', weight: '1' });
  }
  if (ids.includes(nid('g'))) {
    expect(edge('g', 'e')?.dominantPolarity).toBeUndefined();
    expect(edge('g', 'e')?.weight).toBe('1');
  }

  const a = net.nodes.get(nid('a'))!;
  expect(a).toMatchObject({
    title: 'Network paper A',
    year: String(YEARS.a),
    doi: '10.5555/net.a',
    venue: 'Journal & Review',
    citingPaperCount: '4',
    interventions: 'Net intervention',
    outcomes: 'Net outcome',
  });
  expect(a.publicationTypes?.split('|').sort()).toEqual(['JournalArticle', 'Review']);
  const b = net.nodes.get(nid('b'));
  if (b) {
    expect(b).toMatchObject({
      title: bTitle,
      year: '2012',
      doi: '10.5555/net.b',
      venue: 'Net Journal',
      publicationTypes: 'JournalArticle',
      citingPaperCount: '2',
    });
    expect(b.interventions ?? '').toBe('');
  }
  if (options.depths) {
    for (const [key, depth] of Object.entries(options.depths)) {
      expect(net.nodes.get(nid(key))?.depth).toBe(String(depth));
    }
    const total = [...net.nodes.values()].reduce((s, n) => s + Number(n.score), 0);
    expect(total).toBeCloseTo(1, 6);
  } else {
    for (const n of net.nodes.values()) expect(n.depth).toBeUndefined();
  }
}
