import { describe, expect, it } from 'vitest';
import { parseFindingsCsv } from '../../../src/importers/parsers/csv-findings.js';
import { fixture } from './load.js';

describe('parseFindingsCsv', () => {
  const r = parseFindingsCsv(fixture('findings.csv'), { file: 'findings.csv' });

  it('maps summary, arm-level and event rows', () => {
    expect(r.read).toBe(12);
    expect(r.batch.findings).toHaveLength(7);
    expect(r.batch.findings[0]).toEqual({
      paper: { doi: '10.1186/s12888-021-03321-z' },
      intervention: 'peer-support.group',
      outcome: 'recovery',
      measure: 'SMD',
      estimate: 0.18,
      ciLower: 0.07,
      ciUpper: 0.29,
      n: 1265,
      timepoint: 'post-intervention',
    });
    expect(r.batch.findings[1]?.measure).toBe('SMD');
    expect(r.batch.findings[3]?.paper.doi).toBe('10.1017/s0033291722002422');
    expect(r.batch.findings[4]).toMatchObject({
      measure: 'MD',
      meanI: 24.1,
      sdI: 5.2,
      nI: 40,
      nC: 38,
    });
    expect(r.batch.findings[6]).toMatchObject({ eventsI: 12, totalI: 60, eventsC: 20, totalC: 58 });
  });

  it('rejects rows without precision or with bad numbers, naming line and field', () => {
    expect(r.rejects.map((j) => [j.line, j.field])).toEqual([
      [9, 'events_i'],
      [10, 'estimate'],
      [11, 'measure'],
      [12, 'se'],
      [13, 'n'],
    ]);
    expect(r.rejects[1]?.reason).toMatch(/^no precision/);
  });

  it('rejects an estimate outside its CI and a non-positive ratio', () => {
    const head = fixture('findings.csv').split('\n')[0];
    const rows = [
      '10.5555/x,peer-support,recovery,SMD,0.5,,,0.1,0.3,,,,,,,,,,,,',
      '10.5555/x,peer-support,recovery,OR,-1,0.1,,,,,,,,,,,,,,,',
      '10.5555/x,peer-support,recovery,SMD,abc,0.1,,,,,,,,,,,,,,,',
    ];
    const out = parseFindingsCsv([head, ...rows].join('\n'), { file: 'f.csv' });
    expect(out.rejects.map((j) => [j.line, j.field])).toEqual([
      [2, 'estimate'],
      [3, 'estimate'],
      [4, 'estimate'],
    ]);
  });
});
