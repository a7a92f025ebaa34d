import { describe, expect, it } from 'vitest';
import { isDoi, normaliseDoi } from '../../../src/domain/doi.js';

describe('normaliseDoi', () => {
  it.each([
    ['10.1186/s12888-021-03321-z', '10.1186/s12888-021-03321-z'],
    ['10.1186/S12888-021-03321-Z', '10.1186/s12888-021-03321-z'],
    ['https://doi.org/10.1186/S12888-021-03321-Z', '10.1186/s12888-021-03321-z'],
    ['http://dx.doi.org/10.1002/jcop.23090', '10.1002/jcop.23090'],
    ['doi: 10.1002/14651858.CD004807.pub2', '10.1002/14651858.cd004807.pub2'],
    ['  10.1016/S2215-0366(21)00398-9 ', '10.1016/s2215-0366(21)00398-9'],
    ['https://doi.org/10.1111%2Fj.1600-0447.2008.01216.x', '10.1111/j.1600-0447.2008.01216.x'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseDoi(input)).toBe(expected);
  });

  it.each([
    'not a doi',
    '',
    '10.1/x',
    '11.1186/abc',
    '10.1186/',
    '10.1186/has space',
    'https://example.org/10.1186/x',
  ])('refuses %j', (input) => {
    expect(normaliseDoi(input)).toBeNull();
    expect(isDoi(input)).toBe(false);
  });

  it('refuses non-strings and absurdly long values', () => {
    expect(normaliseDoi(undefined)).toBeNull();
    expect(normaliseDoi(null)).toBeNull();
    expect(normaliseDoi(`10.1234/${'x'.repeat(400)}`)).toBeNull();
  });
});
