/**
 * GET /export/evidence.csv and .json over the seed graph. Counts are by hand from
 * seed/dataset (see evidence-seed.test.ts for how the 41 cells are counted).
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../../seed/load.js';
import { useSeededService } from '../helpers/suite.js';

const { server } = useSeededService(loadSeed);

const get = (path: string) => fetch(`${server.url}${path}`);

describe('CSV export', () => {
  it('has one RFC 4180 row per cell with counts and pooled figures', async () => {
    const res = await get('/export/evidence.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const text = await res.text();
    expect(text.endsWith('\r\n')).toBe(true);
    const rows: Record<string, string>[] = parse(text, { columns: true });
    expect(rows).toHaveLength(41);
    const psg = rows.find(
      (r) => r.interventionId === 'peer-support-group' && r.outcomeId === 'recovery',
    )!;
    expect(psg).toMatchObject({
      interventionName: 'Peer support group',
      outcomeName: 'Recovery',
      outcomeDomain: 'PSYCHOSOCIAL',
      papers: '1',
      studies: '0',
      reviews: '1',
      findings: '1',
      favoursIntervention: '1',
      noDifference: '0',
      mentioning: '1',
      contrasting: '0',
      measure: 'SMD',
      method: 'REML',
      basis: 'REVIEW_RESULTS',
      poolable: 'false',
      k: '1',
      estimate: '0.18',
      tau2: '',
      reason: 'single review-level result, not pooled',
    });
    expect(Number(psg.ciLower)).toBeCloseTo(0.07, 6);
    // A reason with commas and parentheses survives quoting.
    const dep = rows.find(
      (r) => r.interventionId === 'peer-support-group' && r.outcomeId === 'depression',
    )!;
    expect(dep.reason).toMatch(
      /^no finding gives an effect with its precision \(lyons-2021-depression: .*,.*\)$/,
    );
    expect(text).toContain(
      '"no finding gives an effect with its precision (lyons-2021-depression:',
    );
  });

  it('applies the filters: peer-support-group rows (with subtypes) × recovery columns', async () => {
    const res = await get(
      '/export/evidence.csv?interventions=peer-support-group&outcomes=recovery',
    );
    const rows: Record<string, string>[] = parse(await res.text(), { columns: true });
    // Lyons tags peer-support-group and its two subtypes, and recovery: 3 cells.
    expect(rows.map((r) => r.interventionId)).toEqual([
      'peer-support-group',
      'anti-stigma-peer-support-group',
      'self-management-peer-support-group',
    ]);
  });
});

describe('JSON export', () => {
  it('gives {generatedAt, method, filters, cells} with the same rows', async () => {
    const res = await get('/export/evidence.json?domains=SERVICE_USE&rollUp=true&method=DL');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(Number.isNaN(Date.parse(body.generatedAt))).toBe(false);
    expect(body.method).toBe('DL');
    expect(body.rollUp).toBe(true);
    expect(body.filters.domains).toEqual(['SERVICE_USE']);
    // Pitt's finding on crisis-service-use, rolled up to service-use as well.
    expect(body.cells.map((c: any) => [c.interventionId, c.outcomeId])).toEqual([
      ['peer-support', 'service-use'],
      ['peer-support', 'crisis-service-use'],
    ]);
    for (const c of body.cells) {
      expect(c).toMatchObject({
        paperIds: ['pitt-2013'],
        findingIds: ['pitt-2013-crisis-service-use'],
      });
      expect(c).toMatchObject({
        estimate: -0.34,
        k: 1,
        method: 'DL',
        pooledDirection: 'FAVOURS_INTERVENTION',
      });
    }
    // crisis-service-use is lower-is-better; its parent service-use is not listed as such.
    expect(body.cells.map((c: any) => c.lowerIsBetter)).toEqual([false, true]);
  });
});

describe('bad parameters', () => {
  it.each([
    ['/export/evidence.json?method=XYZ', 'method'],
    ['/export/evidence.csv?yearFrom=abc', 'yearFrom'],
    ['/export/evidence.csv?interventions=bad%20id', 'interventions'],
    ['/export/evidence.json?colour=red', 'colour'],
  ])('%s → 400 BAD_USER_INPUT naming %s', async (path, argument) => {
    const res = await get(path);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', argument });
    expect(typeof body.errors[0].message).toBe('string');
  });
});
