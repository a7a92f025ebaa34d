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
    // SICI DOIs: parentheses, brackets, colons and semicolons are part of the suffix.
    ['10.1672/0277-5212(2006)26[1:ABC]2.0.CO;2', '10.1672/0277-5212(2006)26[1:abc]2.0.co;2'],
    [
      '10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0',
      '10.1002/(sici)1097-4571(199806)49:8<693::aid-asi4>3.0.co;2-0',
    ],
    // Web of Science BibTeX: double braces, `{[}` / `{]}`, TeX escapes.
    ['{{10.3375/043.030.0401}}', '10.3375/043.030.0401'],
    [
      '{10.3375/0885-8608(2008)28{[}330:PIBCSR{]}2.0.CO;2}',
      '10.3375/0885-8608(2008)28[330:pibcsr]2.0.co;2',
    ],
    ['10.1000/a\\_b\\&c\\%d', '10.1000/a_b&c%d'],
    // Unicode dashes as printed in publishers' reference lists.
    ['10.1111/2041\u2010210X.13692', '10.1111/2041-210x.13692'],
    [
      '10.1000/a\u2011b\u2012c\u2013d\u2014e\u2015f\u2212g\uFE58h\uFE63i\uFF0Dj',
      '10.1000/a-b-c-d-e-f-g-h-i-j',
    ],
    ['https://doi.org/10.1111/2041\u2010210X.13692', '10.1111/2041-210x.13692'],
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
    '{10.1186/}',
    '10.1186/a\u0007b',
    '10.1186/a\u200bb',
    '10\u20101186/x',
  ])('refuses %j', (input) => {
    expect(normaliseDoi(input)).toBeNull();
    expect(isDoi(input)).toBe(false);
  });

  it('compares case- and dash-insensitively: every spelling of one DOI is one value', () => {
    const spellings = [
      '10.1111/2041-210X.13692',
      '10.1111/2041\u2010210x.13692',
      '{{10.1111/2041-210X.13692}}',
      'doi:10.1111/2041\u2212210X.13692',
    ];
    expect(new Set(spellings.map(normaliseDoi))).toEqual(new Set(['10.1111/2041-210x.13692']));
  });

  it('refuses non-strings and absurdly long values', () => {
    expect(normaliseDoi(undefined)).toBeNull();
    expect(normaliseDoi(null)).toBeNull();
    expect(normaliseDoi(`10.1234/${'x'.repeat(400)}`)).toBeNull();
  });
});
