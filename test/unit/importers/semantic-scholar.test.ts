import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../src/importers/parsers/errors.js';
import { parseSemanticScholar } from '../../../src/importers/parsers/semantic-scholar.js';
import { fixture } from './load.js';

const LYONS = { doi: '10.1186/s12888-021-03321-z' };

describe('parseSemanticScholar', () => {
  it('maps a paper object', () => {
    const r = parseSemanticScholar(fixture('s2-paper.json'), { file: 's2-paper.json' });
    expect(r.read).toBe(1);
    expect(r.batch.papers).toHaveLength(1);
    expect(r.batch.papers[0]).toMatchObject({
      s2Id: '00000000000000000000000000000000000000a1',
      doi: '10.1186/s12888-021-03321-z',
      pmid: '34162340',
      pmcid: 'PMC8220835',
      year: 2021,
      publicationTypes: ['Review', 'JournalArticle'],
      venue: { name: 'BMC Psychiatry', volume: '21', pages: '315' },
      authors: [
        { name: 'Natasha Lyons' },
        { name: 'Chris Cooper' },
        { name: 'Brynmor Lloyd-Evans' },
      ],
      source: 'semantic-scholar',
    });
    expect(r.batch.papers[0]?.partial).toBeUndefined();
  });

  it('accepts a list and a {data} page of papers', () => {
    const paper = JSON.parse(fixture('s2-paper.json')) as unknown;
    const list = parseSemanticScholar(JSON.stringify([paper]), { file: 'l.json' });
    const page = parseSemanticScholar(JSON.stringify({ total: 1, data: [paper] }), {
      file: 'p.json',
    });
    expect(list.batch.papers[0]?.doi).toBe(LYONS.doi);
    expect(page.batch.papers[0]?.doi).toBe(LYONS.doi);
  });

  it('turns a citations response into citations, partial papers and statements', () => {
    const r = parseSemanticScholar(fixture('s2-citations.json'), {
      file: 's2-citations.json',
      paper: LYONS,
    });
    expect(r.read).toBe(3);
    expect(r.batch.citations.map((c) => [c.citing.doi ?? c.citing.s2Id, c.cited.doi])).toEqual([
      ['10.1186/s12916-024-03260-y', LYONS.doi],
      ['00000000000000000000000000000000000000c3', LYONS.doi],
    ]);
    expect(r.batch.papers.map((p) => p.partial)).toEqual([true, true, true]);
    expect(r.batch.papers[2]).toEqual({ ...LYONS, partial: true, source: 'semantic-scholar' });
    expect(r.batch.statements.map((s) => s.purpose)).toEqual(['BACKGROUND', 'METHOD', 'RESULT']);
    expect(r.batch.statements[0]).toMatchObject({
      cited: LYONS,
      section: 'OTHER',
      polarity: 'UNCLASSIFIED',
      confidence: null,
      about: [],
      source: 'semantic-scholar',
    });
    expect(r.rejects).toEqual([
      expect.objectContaining({
        index: 2,
        field: 'citingPaper.paperId',
        file: 's2-citations.json',
      }),
    ]);
  });

  it('makes the anchor the citing paper of a references response', () => {
    const body = {
      offset: 0,
      data: [
        {
          contexts: ['Fixture context.'],
          intents: ['somethingElse'],
          citedPaper: { paperId: '00000000000000000000000000000000000000d4', title: 'Fixture' },
        },
      ],
    };
    const r = parseSemanticScholar(JSON.stringify(body), { file: 'refs.json', paper: LYONS });
    expect(r.batch.citations).toEqual([
      { citing: LYONS, cited: { s2Id: '00000000000000000000000000000000000000d4' } },
    ]);
    expect(r.batch.statements[0]?.purpose).toBeNull();
  });

  it('requires --paper for a citations response', () => {
    expect(() => parseSemanticScholar(fixture('s2-citations.json'), { file: 'c.json' })).toThrow(
      ParseError,
    );
    expect(() => parseSemanticScholar(fixture('s2-citations.json'), { file: 'c.json' })).toThrow(
      /--paper is required/,
    );
  });
});
