/** Export helpers: query-string parsing of the evidence filters, design classes and RFC 4180 CSV. */
import { describe, expect, it } from 'vitest';
import { classifyDesign } from '../../src/domain/evidence/design.js';
import { parseEvidenceQuery } from '../../src/domain/evidence/filter.js';
import { csvField } from '../../src/domain/csv.js';
import { AppError } from '../../src/domain/errors.js';

describe('parseEvidenceQuery', () => {
  it('reads repeated and comma-separated lists, years, method and flags', () => {
    const { filter, options } = parseEvidenceQuery({
      interventions: ['peer-support', 'online-peer-support,group-peer-support'],
      domains: 'CLINICAL,PSYCHOSOCIAL',
      yearFrom: '2010',
      yearTo: '2020',
      method: 'DL',
      rollUp: 'true',
    });
    expect(filter).toEqual({
      interventions: ['peer-support', 'online-peer-support', 'group-peer-support'],
      outcomes: null,
      domains: ['CLINICAL', 'PSYCHOSOCIAL'],
      populations: null,
      settings: null,
      yearFrom: 2010,
      yearTo: 2020,
      designs: null,
    });
    expect(options).toEqual({ method: 'DL', rollUp: true, knappHartung: false });
  });

  it.each([
    [{ method: 'ML' }, 'method'],
    [{ yearFrom: 'soon' }, 'yearFrom'],
    [{ yearFrom: '2020', yearTo: '2010' }, 'yearFrom'],
    [{ domains: 'SOCIAL' }, 'domains'],
    [{ interventions: 'has space' }, 'interventions'],
    [{ rollUp: 'maybe' }, 'rollUp'],
    [{ colour: 'red' }, 'colour'],
  ])('refuses %j naming %s', (query, argument) => {
    try {
      parseEvidenceQuery(query);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('BAD_USER_INPUT');
      expect((error as AppError).details.argument).toBe(argument);
    }
  });
});

describe('classifyDesign (the seed spellings)', () => {
  it.each([
    [['systematic review', 'meta-analysis'], 'REVIEW'],
    [['meta-analysis'], 'REVIEW'],
    [['scoping review'], 'REVIEW'],
    [['literature review'], 'REVIEW'],
    [['randomized controlled trial'], 'STUDY'],
    [['Randomised Controlled Trial'], 'STUDY'],
    [['study'], 'STUDY'],
    [['study protocol'], 'OTHER'],
    [[], 'OTHER'],
  ])('%j is %s', (types, expected) => {
    expect(classifyDesign(types)).toBe(expected);
  });
});

describe('csvField (RFC 4180)', () => {
  it('quotes commas, quotes and line breaks, doubling quotes; null is empty', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(-0.25)).toBe('-0.25');
    expect(csvField(false)).toBe('false');
  });
});
