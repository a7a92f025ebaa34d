import { describe, expect, it } from 'vitest';
import { parseBibtex, parseCslJson, parseRis } from '../../../src/importers/parsers/citation-js.js';
import { ParseError } from '../../../src/importers/parsers/errors.js';
import { fixture } from './load.js';

describe('parseBibtex', () => {
  const r = parseBibtex(fixture('refs.bib'), { file: 'refs.bib' });

  it('keeps CRLF in the fixture and reads every entry', () => {
    expect(fixture('refs.bib')).toContain('\r\n');
    expect(r.read).toBe(6);
    expect(r.batch.papers).toHaveLength(3);
  });

  it('maps fields, resolving @string macros and https://doi.org/ DOIs', () => {
    expect(r.batch.papers[0]).toMatchObject({
      doi: '10.1186/s12888-021-03321-z',
      pmid: '34162340',
      year: 2021,
      publicationDate: '2021-06',
      venue: { name: 'BMC Psychiatry', issn: '1471-244X', volume: '21', issue: '1', pages: '315' },
      source: 'bibtex',
    });
    expect(r.batch.papers[0]?.authors?.map((a) => a.name)).toEqual([
      'Natasha Lyons',
      'Chris Cooper',
      'Brynmor Lloyd-Evans',
    ]);
    expect(r.batch.papers[1]?.venue?.pages).toBe('154–180');
  });

  it('decodes LaTeX accents and drops protective braces', () => {
    const p = r.batch.papers[2];
    expect(p?.title).toBe('Fixture entry (synthetic): Über Peer Support and café groups');
    expect(p?.authors).toEqual([{ name: 'Jérôme Müller' }, { name: 'Søren Østergaard' }]);
  });

  it('rejects bad entries with the line they start on', () => {
    expect(r.rejects.map((j) => [j.line, j.field])).toEqual([
      [35, 'doi'],
      [41, undefined],
      [45, 'title'],
    ]);
    expect(r.rejects[1]?.reason).toMatch(/^unreadable entry/);
    expect(r.rejects[1]?.raw).toMatch(/^@article\{fixture-unclosed/);
  });

  it('throws ParseError when there is no entry at all', () => {
    expect(() => parseBibtex('% only a comment\n', { file: 'x.bib' })).toThrow(ParseError);
  });
});

describe('parseRis', () => {
  const r = parseRis(fixture('refs.ris'), { file: 'refs.ris' });

  it('maps RIS tags', () => {
    expect(r.read).toBe(4);
    expect(r.batch.papers[0]).toMatchObject({
      doi: '10.1186/s12888-020-02923-3',
      year: 2020,
      venue: { name: 'BMC Psychiatry', issn: '1471-244X', volume: '20' },
      authors: [{ name: 'S. White' }],
      // One keyword per KW line, its commas kept.
      keywords: ['One-to-one peer support', 'Hope, agency and opportunity'],
      source: 'ris',
    });
    expect(r.batch.papers[1]).toMatchObject({
      doi: '10.1002/jcop.23090',
      abstract: 'Fixture text, not the published abstract.',
      venue: {
        name: 'Journal of Community Psychology',
        volume: '52',
        issue: '1',
        pages: '154–180',
      },
    });
    expect(r.batch.papers[1]?.authors?.map((a) => a.name)).toEqual([
      'R. Murphy',
      'L. Huggard',
      'A. Fitzgerald',
      'E. Hennessy',
      'A. Booth',
    ]);
  });

  it('rejects an empty record and an unterminated one by start line', () => {
    expect(r.rejects.map((j) => [j.line, j.field, j.reason])).toEqual([
      [31, 'title', 'record has neither a title nor any identifier'],
      [36, undefined, 'entry is not terminated by "ER  -"'],
    ]);
  });

  it('rejects lines outside any entry', () => {
    const text = 'TI  - stray\nER  - \nTY  - JOUR\nTI  - Fixture\nER  - \n';
    const out = parseRis(text, { file: 'x.ris' });
    expect(out.batch.papers.map((p) => p.title)).toEqual(['Fixture']);
    expect(out.rejects).toEqual([
      expect.objectContaining({ line: 1, reason: 'entry does not start with "TY  -"' }),
    ]);
  });
});

describe('parseCslJson', () => {
  const r = parseCslJson(fixture('refs.csl.json'), { file: 'refs.csl.json' });

  it('maps CSL items and normalises DOIs', () => {
    expect(r.read).toBe(4);
    expect(r.batch.papers.map((p) => p.doi)).toEqual([
      '10.1186/s12916-024-03260-y',
      '10.1186/1471-244x-14-39',
      undefined,
    ]);
    expect(r.batch.papers[0]?.venue).toEqual({
      name: 'BMC Medicine',
      issn: '1741-7015',
      volume: '22',
      pages: '72',
    });
  });

  it('names literal authors and particles', () => {
    expect(r.batch.papers[2]?.authors).toEqual([
      { name: 'Fixture Collaboration' },
      { name: 'C. de Beer' },
    ]);
    expect(r.batch.papers[2]?.publicationDate).toBe('2022-03');
  });

  it('rejects an item with neither title nor identifier by index', () => {
    expect(r.rejects).toEqual([expect.objectContaining({ index: 3, field: 'title' })]);
  });
});
