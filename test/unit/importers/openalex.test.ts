import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../src/importers/parsers/errors.js';
import { parseOpenAlex } from '../../../src/importers/parsers/openalex.js';
import { rebuildAbstract } from '../../../src/importers/parsers/openalex-map.js';
import { fixture } from './load.js';

describe('parseOpenAlex', () => {
  it('maps a single work', () => {
    const r = parseOpenAlex(fixture('openalex-work.json'), { file: 'openalex-work.json' });
    expect(r.read).toBe(1);
    expect(r.rejects).toEqual([]);
    const [paper] = r.batch.papers;
    expect(paper).toMatchObject({
      openalexId: 'W0000000001',
      doi: '10.1186/s12888-021-03321-z',
      pmid: '34162340',
      pmcid: 'PMC8220835',
      year: 2021,
      publicationDate: '2021-06-23',
      publicationTypes: ['article'],
      venue: { name: 'BMC Psychiatry', issn: '1471-244X', volume: '21', issue: '1', pages: '315' },
      source: 'openalex',
    });
    expect(paper?.title).toMatch(/^A systematic review and meta-analysis of group peer support/);
    expect(paper?.authors).toEqual([
      { name: 'Natasha Lyons' },
      { name: 'Chris Cooper' },
      { name: 'Brynmor Lloyd-Evans' },
    ]);
    expect(paper?.abstract).toBe(
      'Fixture text, not the published abstract: peer support groups compared with peer support absent.',
    );
  });

  it('turns referenced_works into deduplicated citations and partial stubs', () => {
    const r = parseOpenAlex(fixture('openalex-work.json'), { file: 'w.json' });
    expect(r.batch.citations.map((c) => [c.citing.openalexId, c.cited.openalexId])).toEqual([
      ['W0000000001', 'W0000000101'],
      ['W0000000001', 'W0000000102'],
    ]);
    expect(r.batch.papers.slice(1)).toEqual([
      { openalexId: 'W0000000101', partial: true, source: 'openalex' },
      { openalexId: 'W0000000102', partial: true, source: 'openalex' },
    ]);
  });

  it('handles a shard whose cited works number in the hundreds of thousands', () => {
    // 300 works citing 1,000 distinct works each: 300,000 stubs, more than one spread call can pass.
    const lines = Array.from({ length: 300 }, (_, w) =>
      JSON.stringify({
        id: `https://openalex.org/W${900000 + w}`,
        title: `Work ${w}`,
        referenced_works: Array.from({ length: 1000 }, (_, r) => `W${w * 1000 + r + 1}`),
      }),
    );
    const r = parseOpenAlex(lines.join('\n'), { file: 'big.jsonl' });
    expect(r.read).toBe(300);
    expect(r.batch.citations).toHaveLength(300_000);
    expect(r.batch.papers.filter((p) => p.partial)).toHaveLength(300_000);
  });

  it('reads a list response, strips ORCID prefixes and joins page ranges', () => {
    const r = parseOpenAlex(fixture('openalex-list.json'), { file: 'list.json' });
    expect(r.read).toBe(3);
    const full = r.batch.papers.filter((p) => !p.partial);
    expect(full.map((p) => p.openalexId)).toEqual(['W0000000002', 'W0000000003', 'W0000000099']);
    expect(full[1]?.venue?.pages).toBe('154–180');
    expect(full[1]?.pmid).toBe('37740958');
    expect(full[2]?.authors).toEqual([{ name: 'Josiah Carberry', orcid: '0000-0002-1825-0097' }]);
    expect(r.batch.papers.filter((p) => p.partial).map((p) => p.openalexId)).toEqual([
      'W0000000001',
      'W0000000002',
    ]);
  });

  it('reads JSON Lines, one work per line', () => {
    const r = parseOpenAlex(fixture('openalex-snapshot.jsonl'), { file: 'snap.jsonl' });
    expect(r.read).toBe(2);
    expect(r.batch.papers.filter((p) => !p.partial).map((p) => p.doi)).toEqual([
      '10.1186/s12888-020-02923-3',
      '10.1186/1471-244x-14-39',
    ]);
  });

  it('rejects bad lines with their line numbers and keeps the good ones', () => {
    const r = parseOpenAlex(fixture('openalex-bad.jsonl'), { file: 'openalex-bad.jsonl' });
    expect(r.read).toBe(5);
    expect(r.batch.papers.filter((p) => !p.partial)).toHaveLength(2);
    expect(r.rejects.map((j) => [j.line, j.field])).toEqual([
      [2, undefined],
      [3, 'title'],
      [4, 'doi'],
    ]);
    expect(r.rejects[0]).toMatchObject({
      file: 'openalex-bad.jsonl',
      reason: expect.stringMatching(/not valid JSON/),
    });
  });

  it('throws ParseError for an empty or truncated document', () => {
    expect(() => parseOpenAlex('  \n', { file: 'e.json' })).toThrow(ParseError);
    expect(() => parseOpenAlex(fixture('truncated.json'), { file: 'truncated.json' })).toThrow(
      /truncated\.json.*not a valid JSON document/,
    );
  });

  it('rebuilds abstracts in position order', () => {
    expect(rebuildAbstract({ world: [1], hello: [0, 2] })).toBe('hello world hello');
    expect(rebuildAbstract(null)).toBeUndefined();
  });
});
