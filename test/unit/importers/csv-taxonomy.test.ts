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

  it('reads synonyms and instruments as ;-separated lists, trimmed and distinct, absent when empty', () => {
    const text = [
      'kind,id,name,parent,domain,synonyms,instruments',
      'intervention,ps,Peer support,,,"peer-led; peer  worker ;;peer-led",',
      'outcome,hope,Hope,,PSYCHOSOCIAL,,Herth Hope Index;Adult Hope Scale',
      'outcome,dep,Depression,,CLINICAL,,',
      'intervention,bad,Bad,,,,PHQ-9',
    ].join('\n');
    const r = parseTaxonomyCsv(text, { file: 't.csv' });
    expect(r.batch.concepts).toEqual([
      {
        kind: 'intervention',
        id: 'ps',
        name: 'Peer support',
        synonyms: ['peer-led', 'peer worker'],
      },
      {
        kind: 'outcome',
        id: 'hope',
        name: 'Hope',
        domain: 'PSYCHOSOCIAL',
        instruments: ['Herth Hope Index', 'Adult Hope Scale'],
      },
      { kind: 'outcome', id: 'dep', name: 'Depression', domain: 'CLINICAL' },
    ]);
    expect(r.rejects.map((j) => [j.line, j.field])).toEqual([[5, 'instruments']]);
  });

  it('takes the synonyms column alone, and refuses optional columns out of order', () => {
    const ok = parseTaxonomyCsv('kind,id,name,parent,domain,synonyms\nintervention,a,A,,,a1;a2\n', {
      file: 't.csv',
    });
    expect(ok.batch.concepts[0]?.synonyms).toEqual(['a1', 'a2']);
    expect(() =>
      parseTaxonomyCsv('kind,id,name,parent,domain,instruments\noutcome,a,A,,CLINICAL,x\n', {
        file: 't.csv',
      }),
    ).toThrow(/wrong header .*optionally followed by "synonyms,instruments"/);
  });
});
