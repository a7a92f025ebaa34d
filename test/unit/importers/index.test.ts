import { describe, expect, it } from 'vitest';
import { FORMATS, parse } from '../../../src/importers/parsers/index.js';
import { fixture } from './load.js';

describe('parse', () => {
  it('dispatches every format', () => {
    const files: Record<(typeof FORMATS)[number], string> = {
      openalex: 'openalex-work.json',
      s2: 's2-citations.json',
      crossref: 'crossref-work.json',
      bibtex: 'refs.bib',
      ris: 'refs.ris',
      'csl-json': 'refs.csl.json',
      'statements-csv': 'statements.csv',
      'findings-csv': 'findings.csv',
      'taxonomy-csv': 'taxonomy.csv',
      jats: '../fulltext/article.nxml',
      tei: '../fulltext/grobid.tei.xml',
    };
    const reads = FORMATS.map(
      (f) =>
        parse(f, fixture(files[f]), {
          file: files[f],
          paper: { doi: '10.1186/s12888-021-03321-z' },
        }).read,
    );
    expect(reads).toEqual([1, 3, 1, 6, 4, 4, 3, 12, 12, 1, 1]);
  });
});
