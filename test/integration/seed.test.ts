import { describe, expect, it } from 'vitest';
import { loadSeed } from '../../seed/load.js';
import { seedDataset } from '../../seed/dataset/index.js';
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
});
