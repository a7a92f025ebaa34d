import { describe, expect, it } from 'vitest';
import { parseCrossref } from '../../../src/importers/parsers/crossref.js';
import { ParseError } from '../../../src/importers/parsers/errors.js';
import { fixture } from './load.js';

describe('parseCrossref', () => {
  it('maps a single work response', () => {
    const r = parseCrossref(fixture('crossref-work.json'), { file: 'crossref-work.json' });
    expect(r.read).toBe(1);
    expect(r.batch.papers[0]).toMatchObject({
      doi: '10.1186/s12916-024-03260-y',
      year: 2024,
      publicationDate: '2024-02-19',
      publicationTypes: ['journal-article'],
      venue: { name: 'BMC Medicine', issn: '1741-7015', volume: '22', issue: '1', pages: '72' },
      source: 'crossref',
    });
    expect(r.batch.papers[0]?.authors?.map((a) => a.name)).toEqual([
      'R. E. Cooper',
      'K. R. K. Saunders',
      'S. Johnson',
    ]);
    expect(r.batch.papers[0]?.abstract).toBe(
      'Background Fixture text, not the published abstract: peer support & mental health.',
    );
  });

  it('cites references that have a DOI and counts the rest as skipped', () => {
    const r = parseCrossref(fixture('crossref-work.json'), { file: 'w.json' });
    expect(r.batch.citations).toEqual([
      {
        citing: { doi: '10.1186/s12916-024-03260-y' },
        cited: { doi: '10.1186/s12888-021-03321-z' },
      },
    ]);
    expect(r.batch.papers[1]).toEqual({
      doi: '10.1186/s12888-021-03321-z',
      partial: true,
      source: 'crossref',
    });
    expect(r.skipped).toBe(2);
    expect(r.rejects).toEqual([]);
  });

  it('reads a work-list and rejects an item with a malformed DOI by index', () => {
    const r = parseCrossref(fixture('crossref-items.json'), { file: 'items.json' });
    expect(r.read).toBe(3);
    expect(r.batch.papers.map((p) => p.doi)).toEqual([
      '10.1186/s12888-021-03321-z',
      '10.1002/jcop.23090',
    ]);
    expect(r.batch.papers[1]).toMatchObject({
      publicationDate: '2024-01',
      venue: { pages: '154–180' },
    });
    expect(r.rejects).toEqual([
      expect.objectContaining({ index: 2, field: 'DOI', reason: 'not a DOI: "fixture-not-a-doi"' }),
    ]);
  });

  it('accepts a bare work and keeps ORCIDs without their prefix', () => {
    const work = {
      DOI: '10.5555/fixture.0001',
      title: ['Fixture'],
      author: [
        { given: 'Josiah', family: 'Carberry', ORCID: 'http://orcid.org/0000-0002-1825-0097' },
      ],
    };
    const r = parseCrossref(JSON.stringify(work), { file: 'bare.json' });
    expect(r.batch.papers[0]?.authors).toEqual([
      { name: 'Josiah Carberry', orcid: '0000-0002-1825-0097' },
    ]);
  });

  it('throws ParseError on a truncated document, naming the file and line', () => {
    expect(() => parseCrossref(fixture('truncated.json'), { file: 'truncated.json' })).toThrow(
      ParseError,
    );
    try {
      parseCrossref(fixture('truncated.json'), { file: 'truncated.json' });
    } catch (err) {
      expect((err as ParseError).file).toBe('truncated.json');
      expect((err as ParseError).line).toBe(6);
    }
  });
});
