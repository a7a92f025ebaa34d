import { describe, expect, it } from 'vitest';
import { cytoscapeJson } from '../../../src/exporters/serialisers/cytoscape.js';
import { EDGES, FLAG_NOTE, NODES, collect } from './network.js';

async function roundTrip(description?: string) {
  const chunks = await collect(cytoscapeJson(NODES, EDGES, { description }));
  return { chunks, doc: JSON.parse(chunks.join('')) };
}

describe('cytoscapeJson', () => {
  it('round-trips every node attribute exactly, with arrays for lists and null for absent', async () => {
    const { doc } = await roundTrip();
    const data = doc.elements.nodes.map((n: { data: unknown }) => n.data);
    expect(data).toEqual(
      NODES.map((n) => ({ ...n, depth: n.depth ?? null, score: n.score ?? null })),
    );
    // JSON can carry the control character the XML formats have to drop.
    expect(data[0].title).toBe(`CBT & "usual care" <vs> waitlist: it's\u0007 complicated`);
    expect(data[1]).toMatchObject({ year: null, doi: null, publicationTypes: [], score: null });
    expect(Object.keys(data[0])).toEqual([
      'id',
      'title',
      'year',
      'doi',
      'venue',
      'publicationTypes',
      'citingPaperCount',
      'interventions',
      'outcomes',
      'depth',
      'score',
    ]);
  });

  it('round-trips every edge attribute, with ids, source and target', async () => {
    const { doc } = await roundTrip();
    const data = doc.elements.edges.map((e: { data: unknown }) => e.data);
    expect(data).toEqual(EDGES.map((e, i) => ({ id: `e${i}`, ...e })));
    // Provenance stays a JSON array: no separator to split on.
    expect(data[0].sources).toEqual(['crossref', 'seed']);
    expect(data[2].sources).toEqual([]);
    expect(data[1]).toMatchObject({ contrasting: 2, dominantPolarity: 'CONTRASTING' });
    expect(data[2].dominantPolarity).toBeNull();
    // Verification is a JSON boolean; an unflagged edge has a null note.
    expect(data[0]).toMatchObject({ verified: true, note: null });
    expect(data[2]).toMatchObject({ verified: false, note: FLAG_NOTE });
  });

  it('has only elements unless a description is given, and yields one chunk when small', async () => {
    expect(Object.keys((await roundTrip()).doc)).toEqual(['elements']);
    const { chunks, doc } = await roundTrip('Citations of <n1> & co');
    expect(chunks).toHaveLength(1);
    expect(doc.data).toEqual({ description: 'Citations of <n1> & co' });
  });

  it('writes valid JSON for empty and one-element lists', async () => {
    const empty = JSON.parse((await collect(cytoscapeJson([], []))).join(''));
    expect(empty).toEqual({ elements: { nodes: [], edges: [] } });
    const one = JSON.parse((await collect(cytoscapeJson(NODES.slice(0, 1), []))).join(''));
    expect(one.elements.nodes).toHaveLength(1);
    expect(one.elements.edges).toEqual([]);
  });
});
