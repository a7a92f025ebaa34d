import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/importers/parsers/detect.js';
import { ParseError } from '../../../src/importers/parsers/errors.js';
import { FORMATS } from '../../../src/importers/parsers/index.js';
import { fixture } from './load.js';

describe('detectFormat', () => {
  it.each([
    ['openalex-work.json', 'openalex'],
    ['openalex-list.json', 'openalex'],
    ['openalex-snapshot.jsonl', 'openalex'],
    ['openalex-bad.jsonl', 'openalex'],
    ['s2-paper.json', 's2'],
    ['s2-citations.json', 's2'],
    ['crossref-work.json', 'crossref'],
    ['crossref-items.json', 'crossref'],
    ['truncated.json', 'crossref'],
    ['refs.bib', 'bibtex'],
    ['refs.ris', 'ris'],
    ['refs.csl.json', 'csl-json'],
    ['statements.csv', 'statements-csv'],
    ['statements-bad.csv', 'statements-csv'],
    ['findings.csv', 'findings-csv'],
    ['taxonomy.csv', 'taxonomy-csv'],
  ])('%s is %s', (name, format) => {
    expect(detectFormat(name, fixture(name))).toBe(format);
  });

  it('uses content when the extension says nothing', () => {
    expect(detectFormat('export.txt', fixture('refs.bib'))).toBe('bibtex');
    expect(detectFormat('export.txt', fixture('refs.ris'))).toBe('ris');
    expect(detectFormat('data', `\uFEFF${fixture('taxonomy.csv')}`)).toBe('taxonomy-csv');
  });

  it('throws ParseError listing the accepted formats', () => {
    expect(() => detectFormat('notes.txt', 'hello')).toThrow(ParseError);
    expect(() => detectFormat('x.json', '{"foo": 1}')).toThrow(FORMATS.join(', '));
  });
});
