import { describe, expect, it } from 'vitest';
import { parseTaxonomyCsv } from '../../../src/importers/parsers/csv-taxonomy.js';
import { fixture } from './load.js';

describe('parseTaxonomyCsv', () => {
  it('maps every kind, parents and outcome domains', () => {
    const r = parseTaxonomyCsv(fixture('taxonomy.csv'), { file: 'taxonomy.csv' });
    expect(r.read).toBe(12);
    expect(r.rejects).toEqual([]);
    expect(r.batch.concepts[1]).toEqual({
      kind: 'intervention',
      id: 'peer-support.group',
      name: 'Group peer support',
      parent: 'peer-support',
    });
    expect(r.batch.concepts[6]).toEqual({
      kind: 'outcome',
      id: 'recovery',
      name: 'Recovery',
      domain: 'PSYCHOSOCIAL',
    });
    expect(r.batch.concepts.map((c) => c.kind).slice(-2)).toEqual(['population', 'setting']);
  });

  it('rejects bad kinds, ids, domains and duplicates', () => {
    const text = [
      'kind,id,name,parent,domain',
      'therapy,x,X,,',
      'intervention,-bad,Bad,,',
      'outcome,mood,Mood,,',
      'outcome,mood2,Mood,,FEELINGS',
      'intervention,a,A,,CLINICAL',
      'intervention,b,B,b,',
      'intervention,c,C,,',
      'intervention,c,C again,,',
      'intervention,d,,,',
    ].join('\n');
    const r = parseTaxonomyCsv(text, { file: 't.csv' });
    expect(r.batch.concepts.map((c) => c.id)).toEqual(['c']);
    expect(r.rejects.map((j) => [j.line, j.field])).toEqual([
      [2, 'kind'],
      [3, 'id'],
      [4, 'domain'],
      [5, 'domain'],
      [6, 'domain'],
      [7, 'parent'],
      [9, 'id'],
      [10, 'name'],
    ]);
  });
});
