import { describe, expect, it } from 'vitest';
import { parseStatementsCsv } from '../../../src/importers/parsers/csv-statements.js';
import { ParseError } from '../../../src/importers/parsers/errors.js';
import { fixture } from './load.js';

const HEADER = 'citing_doi,cited_doi,text,section,polarity,purpose,confidence,about';

describe('parseStatementsCsv', () => {
  it('maps rows, case-insensitive vocabularies and concept lists', () => {
    const r = parseStatementsCsv(fixture('statements.csv'), { file: 'statements.csv' });
    expect(r.read).toBe(3);
    expect(r.rejects).toEqual([]);
    expect(r.batch.statements[0]).toEqual({
      citing: { doi: '10.1186/s12916-024-03260-y' },
      cited: { doi: '10.1186/s12888-021-03321-z' },
      text: 'Fixture statement: group peer support gave small gains in overall recovery, "not" in symptoms.',
      section: 'RESULTS',
      polarity: 'MENTIONING',
      purpose: 'RESULT',
      confidence: 0.99,
      about: ['peer-support.group', 'recovery'],
      source: 'curated',
    });
    expect(r.batch.statements[1]).toMatchObject({
      citing: { doi: '10.1186/s12916-024-03260-y' },
      section: 'INTRODUCTION',
      purpose: null,
      confidence: null,
    });
    expect(r.batch.statements[2]).toMatchObject({
      text: 'Fixture statement spanning\ntwo lines.',
      polarity: 'SUPPORTING',
      purpose: 'BACKGROUND',
      about: [],
    });
  });

  it('rejects bad rows with line and field, and keeps the good row', () => {
    const r = parseStatementsCsv(fixture('statements-bad.csv'), { file: 'statements-bad.csv' });
    expect(r.read).toBe(5);
    expect(r.batch.statements.map((s) => s.text)).toEqual(['Fixture statement that is fine.']);
    expect(r.rejects.map((j) => [j.line, j.field])).toEqual([
      [2, 'confidence'],
      [3, 'polarity'],
      [4, 'cited_doi'],
      [5, undefined],
    ]);
    expect(r.rejects[0]).toMatchObject({
      file: 'statements-bad.csv',
      reason: 'confidence must be within 0..1, got 1.5',
      raw: expect.objectContaining({ confidence: '1.5' }),
    });
    expect(r.rejects[1]?.reason).toMatch(/unknown polarity "NEUTRAL"/);
  });

  it('reports the start line of a row after a multi-line row', () => {
    const text = `${HEADER}\r\n10.5555/a,10.5555/b,"two\r\nlines",OTHER,MENTIONING,,,\r\n10.5555/a,10.5555/b,x,OTHER,MENTIONING,,2,\r\n`;
    const r = parseStatementsCsv(text, { file: 's.csv' });
    expect(r.rejects).toEqual([expect.objectContaining({ line: 4, field: 'confidence' })]);
  });

  it('throws ParseError for a wrong header, an empty file or an unclosed quote', () => {
    expect(() => parseStatementsCsv('a,b\n1,2\n', { file: 's.csv' })).toThrow(/expected exactly/);
    expect(() => parseStatementsCsv('', { file: 's.csv' })).toThrow(ParseError);
    const unclosed = `${HEADER}\n10.5555/a,10.5555/b,ok,OTHER,MENTIONING,,,\n10.5555/a,10.5555/b,"open,OTHER,MENTIONING,,,\n`;
    try {
      parseStatementsCsv(unclosed, { file: 's.csv' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ParseError);
      expect((err as ParseError).line).toBe(3);
    }
  });

  it('rejects an over-limit text with field text', () => {
    const text = `${HEADER}\n10.5555/a,10.5555/b,${'x'.repeat(10_001)},OTHER,MENTIONING,,,\n`;
    const r = parseStatementsCsv(text, { file: 's.csv' });
    expect(r.rejects).toEqual([expect.objectContaining({ line: 2, field: 'text' })]);
  });
});
