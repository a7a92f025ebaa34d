import { describe, expect, it } from 'vitest';
import { loadSeed } from '../../seed/load.js';
import { seedDataset } from '../../seed/dataset/index.js';
import { NetworkExportRepository } from '../../src/repositories/network/export.js';
import { serialise, wholeGraph } from '../../src/services/network-export.js';
import { readGraphml } from '../scenarios/network-formats.js';
import { counterDrift, graphCensus } from '../helpers/db.js';
import { useDatabase } from '../helpers/suite.js';

const db = useDatabase();

describe('the seed graph', () => {
  it('loads every seed record, and loading it again changes nothing', async () => {
    const first = await loadSeed(db);
    expect(first.rejected).toBe(0);
    expect(first.created).toBeGreaterThan(0);
    const census = await graphCensus(db);

    const second = await loadSeed(db);
    expect(second.created).toBe(0);
    expect(second.updated).toBe(0);
    expect(second.unchanged).toBe(first.created + first.updated + first.unchanged);
    expect(await graphCensus(db)).toEqual(census);
  });

  it('holds every seed paper and statement, with counters equal to a recount', async () => {
    const census = await graphCensus(db);
    expect(census['node:Paper']).toBe(seedDataset.papers.length);
    expect(census['node:Statement']).toBe(seedDataset.statements.length);
    expect(census['rel:HAS_EXTERNAL_TALLY']).toBe(1);
    expect(await counterDrift(db)).toEqual([]);
  });

  it('exports its unverified citations as verified=false, with their notes', async () => {
    const flagged = seedDataset.citations
      .filter((c) => c.verified === false)
      .map((c) => [`${c.citing.id}>${c.cited.id}`, c.note]);
    expect(flagged.length).toBeGreaterThan(0);
    let doc = '';
    for await (const chunk of serialise('graphml', wholeGraph(new NetworkExportRepository(db))))
      doc += chunk;
    const edges = readGraphml(doc).edges;
    // Statements add citations of their own; every seed citation record is among the edges.
    const pairs = new Set(edges.map((e) => `${e.source}>${e.target}`));
    for (const c of seedDataset.citations) expect(pairs).toContain(`${c.citing.id}>${c.cited.id}`);
    const exported = edges
      .filter((e) => e.attrs.verified === 'false')
      .map((e) => [`${e.source}>${e.target}`, e.attrs.note]);
    expect(exported.sort()).toEqual(flagged.sort());
    for (const e of edges) expect(e.attrs.sources).toBe('seed');
  });
});
