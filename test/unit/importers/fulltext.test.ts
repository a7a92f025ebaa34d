/**
 * The full-text parsers on hand-written fixtures (test/fixtures/fulltext): every
 * expected paper, edge, statement, section and drop below was counted by hand
 * from the fixture, so a change in extraction shows up as a changed count.
 */
import { describe, expect, it } from 'vitest';
import { newPaperId } from '../../../src/domain/identity.js';
import { parse, ParseError } from '../../../src/importers/parsers/index.js';
import {
  citedBy,
  fixtureText as text,
  parseFixture as run,
  sections,
} from '../../helpers/fulltext.js';

describe('JATS article fixture', () => {
  const r = run('article.nxml');
  const { papers, citations, statements } = r.batch;

  it('yields the citing paper from the front matter', () => {
    expect(papers[0]).toEqual({
      doi: '10.5555/ft.citing.1',
      pmid: '30000001',
      pmcid: 'PMC9000001',
      title: 'Invented trial of walking outdoors',
      abstract: 'We walked a lot – and felt better [1].',
      // Untyped and author groups are keywords (cleaned, repeats ignoring case dropped); the
      // MeSH group is topics; the research-organism group is neither.
      keywords: ['walking', 'Outdoor walking', 'Green space'],
      topics: ['Walking', 'Depression'],
      year: 2021,
      publicationDate: '2021-03-15',
      authors: [{ name: 'Ada Okafor', orcid: '0000-0002-1825-0097' }, { name: 'Per Lindqvist' }],
      venue: {
        name: 'Journal of Invented Results',
        issn: '1234-5678',
        volume: '12',
        issue: '3',
        pages: '101–110',
      },
      source: 'jats',
    });
    expect(r.read).toBe(1);
    expect(r.rejects).toEqual([]);
  });

  it('makes one partial paper per identifiable reference (r10 has only a malformed DOI)', () => {
    // Citing paper + r1..r9, r11, r12 (title stub), r13 (uncited).
    expect(papers).toHaveLength(13);
    expect(papers.slice(1).every((p) => p.partial && p.source === 'jats')).toBe(true);
    expect(papers.find((p) => p.doi === '10.5555/ref.5')).toBeDefined(); // https://doi.org/ and case normalised
    expect(papers.find((p) => p.pmid === '20000011')).toBeDefined(); // object-id only
    expect(papers.find((p) => p.pmcid === 'PMC4000004')).toBeDefined();
    const stub = papers.find((p) => p.title === 'A report with no identifier');
    expect(stub).toEqual({
      id: newPaperId({ title: 'A report with no identifier', year: 2019 }),
      title: 'A report with no identifier',
      year: 2019,
      authors: [{ name: 'Bo Jones' }],
      partial: true,
      source: 'jats',
    });
  });

  it('makes CITES only for references the body cites', () => {
    // r1..r9, r11, r12: r10 identifies nothing, r13 is never cited, r99 does not exist.
    expect(citations).toHaveLength(11);
    expect(citations.every((c) => c.citing.doi === '10.5555/ft.citing.1')).toBe(true);
    expect(citations.some((c) => c.cited.doi === '10.5555/ref.13')).toBe(false);
  });

  it('makes one statement per citing sentence per cited reference, by section', () => {
    expect(statements).toHaveLength(16);
    expect(sections(statements)).toEqual({ INTRODUCTION: 7, METHODS: 3, OTHER: 2, RESULTS: 4 });
    for (const s of statements) {
      expect(s).toMatchObject({
        polarity: 'UNCLASSIFIED',
        purpose: null,
        confidence: null,
        about: [],
        source: 'jats',
      });
    }
  });

  it('expands [2]–[4] (two callouts joined by a dash) through the reference order', () => {
    const sentence =
      'Earlier work by Smith et al. found gains in E. coli cultures, e.g. a 2.5 fold rise vs. baseline [2]–[4].';
    expect(citedBy(statements, sentence)).toEqual(['20000002', '10.5555/ref.3', 'PMC4000004']);
    const s = statements.find((x) => x.text === sentence)!;
    expect(s.context).toEqual({
      before: 'Walking helps people feel better [1].',
      after: 'Nothing is cited here.',
    });
  });

  it('expands 7-9 inside one callout, and a grouped [1,7,9]', () => {
    expect(citedBy(statements, 'We used a range of tools [7-9].')).toEqual([
      '10.5555/ref.7',
      '10.5555/ref.8',
      '20000009',
    ]);
    expect(citedBy(statements, 'Both agree with earlier reports [1,7,9].')).toEqual([
      '10.5555/ref.1',
      '10.5555/ref.7',
      '20000009',
    ]);
  });

  it('attaches a superscript callout after the full stop to the sentence before, in a subsection', () => {
    const s = statements.find((x) => x.cited.doi === '10.5555/ref.5')!;
    expect(s.text).toBe('Two groups differed in Fig. 2 of the protocol.5');
    expect(s.section).toBe('INTRODUCTION');
    expect(s.context).toEqual({ after: 'Later trials agreed [1, 6].' });
    expect(citedBy(statements, 'Later trials agreed [1, 6].')).toEqual([
      '10.5555/ref.1',
      '10.5555/ref.6',
    ]);
  });

  it('keeps a figure caption citation in section OTHER and an author–year one with its sentence', () => {
    const caption = statements.find((x) => x.cited.pmid === '20000011')!;
    expect(caption).toMatchObject({ text: 'Arms as described before [11].', section: 'OTHER' });
    expect(caption.context).toBeUndefined();
    const stubId = newPaperId({ title: 'A report with no identifier', year: 2019 });
    expect(statements.find((x) => x.cited.id === stubId)).toMatchObject({
      text: 'Results matched those of Jones (2019).',
      section: 'RESULTS',
    });
  });

  it('makes a table row that cites one statement, its cells joined (no caption: no context)', () => {
    const row = statements.filter((x) => x.text === 'Source; 1');
    expect(row).toHaveLength(1);
    expect(row[0]).toMatchObject({ cited: { doi: '10.5555/ref.1' }, section: 'OTHER' });
    expect(row[0]!.context).toBeUndefined();
  });

  it('counts every citation that made no statement, by reason, and the reference census', () => {
    // The abstract's callout is outside the body; the table's is a row statement now.
    expect(r.dropped).toEqual({
      'unresolved-rid': 1,
      'malformed-identifier': 1,
      'outside-body': 1,
    });
    // read = citation records (11) + withoutId (r10).
    expect(r.references).toEqual({
      read: 12,
      withoutId: 1,
      selfCitations: 0,
      duplicates: 0,
      rejected: 0,
    });
    expect(r.warnings).toEqual([
      'article.nxml: 1 malformed identifier(s) in the reference list were dropped, not guessed at',
    ]);
  });

  it('gives the same batch on a second parse (stable ids for re-import)', () => {
    expect(run('article.nxml').batch).toEqual(r.batch);
  });
});

describe('GROBID TEI fixture', () => {
  const r = run('grobid.tei.xml');
  const { papers, citations, statements } = r.batch;

  it('yields the citing paper from the header', () => {
    expect(papers[0]).toEqual({
      doi: '10.5555/ft.tei.1',
      title: 'Invented rehabilitation series',
      abstract: 'A made-up abstract.',
      // term elements are keywords; a MeSH scheme's plain line is split into topics.
      keywords: ['Gardening', 'Peer support'],
      topics: ['Gardening', 'Depression'],
      year: 2020,
      publicationDate: '2020-06-01',
      authors: [{ name: 'Mara Quist', orcid: '0000-0001-5109-3700' }],
      venue: { name: 'Invented Rehabilitation', issn: '2345-6789', volume: '4', pages: '7–19' },
      source: 'tei',
    });
  });

  it('counts papers, edges and statements by section', () => {
    // Citing + b0..b8 (b8 a title stub: its malformed DOI is dropped).
    expect(papers).toHaveLength(10);
    expect(papers.find((p) => p.title === 'Uncited with a bad DOI')?.doi).toBeUndefined();
    expect(citations).toHaveLength(8);
    expect(statements).toHaveLength(10);
    expect(sections(statements)).toEqual({ INTRODUCTION: 2, METHODS: 5, DISCUSSION: 2, OTHER: 1 });
    expect(statements.every((s) => s.source === 'tei')).toBe(true);
  });

  it('moves a callout GROBID put at the start of the next sentence back to its sentence', () => {
    expect(citedBy(statements, 'Stroke is common. [1]')).toEqual(['10.5555/tei.b0']);
    expect(citedBy(statements, 'Therapy helps some patients [2].')).toEqual(['21000001']);
  });

  it('carries the last mapped heading over a flat div and expands [5-7] by list order', () => {
    const scales = statements.filter((s) => s.text === 'Scales came from [5-7].');
    expect(scales.map((s) => s.section)).toEqual(['METHODS', 'METHODS', 'METHODS']);
    expect(citedBy(statements, 'Scales came from [5-7].')).toEqual([
      '10.5555/tei.b4',
      '10.5555/tei.b5',
      'PMC6000006',
    ]);
    expect(citedBy(statements, 'We followed the protocol [3][4].')).toEqual([
      '10.5555/tei.b2',
      '10.5555/tei.b3',
    ]);
  });

  it('keeps an author–year group that opens a sentence with that sentence', () => {
    const sentence = '(Lee et al., 2010; Kim, 2012) reported similar gains.';
    expect(citedBy(statements, sentence)).toEqual([
      '21000001',
      newPaperId({ title: 'Gains after stroke without an identifier', year: 2012 }),
    ]);
    expect(statements.find((s) => s.text === sentence)?.section).toBe('DISCUSSION');
  });

  it('drops a bibr ref without target, counted', () => {
    expect(r.dropped).toEqual({ 'no-target': 1 });
    expect(r.references).toEqual({
      read: 8,
      withoutId: 0,
      selfCitations: 0,
      duplicates: 0,
      rejected: 0,
    });
    expect(citations.some((c) => c.cited.id !== undefined)).toBe(true);
  });
});

describe('an article without a body', () => {
  it('still yields its paper and references, with a warning', () => {
    const r = run('no-body.nxml');
    expect(r.batch.papers.map((p) => p.doi ?? p.pmid)).toEqual([
      '10.5555/ft.nobody',
      '10.5555/ref.n1',
      '20000102',
    ]);
    expect(r.batch.citations).toEqual([]);
    expect(r.batch.statements).toEqual([]);
    expect(r.dropped).toEqual({ 'outside-body': 1 });
    expect(r.warnings).toEqual([
      'no-body.nxml: the article has no body; its paper and references were read, no statements',
    ]);
  });
});

describe('unsafe and malformed XML', () => {
  it.each(['xxe.nxml', 'billion-laughs.nxml'])('%s is refused as a parse error', (name) => {
    let error: unknown;
    try {
      run(name);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ParseError);
    expect((error as ParseError).message).toMatch(/declares entities/);
    expect((error as ParseError).message).not.toMatch(/root:/);
  });

  it('refuses an undeclared entity (no DTD is ever read) naming line and column', () => {
    const xml =
      '<article>\n<front><article-meta><article-title>&xxe;</article-title></article-meta></front></article>';
    expect(() => parse('jats', xml, { file: 'a.nxml' })).toThrow(
      /^a\.nxml:2:\d+: not well-formed XML: undefined entity/,
    );
    const laughs = '<article><body><p>&lol9;</p></body></article>';
    expect(() => parse('jats', laughs, { file: 'b.nxml' })).toThrow(/undefined entity/);
  });

  it('names file, line and column of a truncated file', () => {
    let error: ParseError | undefined;
    try {
      run('truncated.nxml');
    } catch (err) {
      error = err as ParseError;
    }
    expect(error).toBeInstanceOf(ParseError);
    expect(error?.file).toBe('truncated.nxml');
    expect(error?.line).toBe(31);
    expect(error?.column).toBeGreaterThan(0);
    expect(error?.message).toMatch(/^truncated\.nxml:31:\d+: not well-formed XML/);
  });

  it('refuses a document whose root is not the format’s', () => {
    expect(() => parse('tei', text('article.nxml'), { file: 'x.xml' })).toThrow(
      /expected a <TEI> document/,
    );
  });
});
