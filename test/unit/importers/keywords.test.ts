/**
 * Keywords and topics as every metadata parser reads them (the full-text readers' are in
 * fulltext.test.ts): the one cleaning rule (values.ts `terms`), then each format's fields on
 * small records written here in the formats' documented shapes.
 */
import { describe, expect, it } from 'vitest';
import { parseBibtex, parseCslJson, parseRis } from '../../../src/importers/parsers/citation-js.js';
import { parseCrossref } from '../../../src/importers/parsers/crossref.js';
import { checkPaperLimits, LIMITS, MAX_TERMS } from '../../../src/importers/parsers/limits.js';
import { parseOpenAlex } from '../../../src/importers/parsers/openalex.js';
import { CONCEPT_MIN_SCORE } from '../../../src/importers/parsers/openalex-map.js';
import { parseSemanticScholar } from '../../../src/importers/parsers/semantic-scholar.js';
import { isMesh, splitTerms, terms } from '../../../src/importers/parsers/values.js';

const opts = { file: 'x' };

describe('terms: the cleaning rule of keyword and topic lists', () => {
  it('trims, collapses spaces, drops empties and case-insensitive repeats, in order', () => {
    expect(terms(['  Peer   support ', '', 'peer SUPPORT', 3, null, 'Hope'])).toEqual([
      'Peer support',
      '3',
      'Hope',
    ]);
  });

  it('is undefined when nothing is left, so no empty list is ever stored', () => {
    expect(terms([])).toBeUndefined();
    expect(terms([' ', {}])).toBeUndefined();
  });

  it('drops a term over LIMITS.term and keeps at most MAX_TERMS', () => {
    const long = 'x'.repeat(LIMITS.term + 1);
    expect(terms([long, 'ok'])).toEqual(['ok']);
    const many = Array.from({ length: MAX_TERMS + 7 }, (_, i) => `k${i}`);
    expect(terms(many)).toHaveLength(MAX_TERMS);
    expect(terms(many)?.at(-1)).toBe(`k${MAX_TERMS - 1}`);
  });

  it('splits one-field lists at ; and , and knows MeSH by name', () => {
    expect(splitTerms('a; b,c ,  d')).toEqual(['a', 'b', 'c', 'd']);
    expect(splitTerms(undefined)).toEqual([]);
    expect([
      isMesh('MeSH'),
      isMesh('mesh-terms'),
      isMesh('author-keywords'),
      isMesh(undefined),
    ]).toEqual([true, true, false, false]);
  });

  it('checkPaperLimits refuses a record holding more than MAX_TERMS or a long term', () => {
    const many = Array.from({ length: MAX_TERMS + 1 }, (_, i) => `k${i}`);
    expect(() => checkPaperLimits({ title: 't', keywords: many })).toThrow(/keywords/);
    expect(() => checkPaperLimits({ title: 't', topics: ['y'.repeat(LIMITS.term + 1)] })).toThrow(
      /topics/,
    );
  });
});

describe('BibTeX, RIS and CSL-JSON keywords', () => {
  it('BibTeX keywords, split at ; and ,', () => {
    const bib = `@article{k1, title={Walking groups}, year={2020},
  keywords={peer support; Hope, recovery; hope}}`;
    const [paper] = parseBibtex(bib, opts).batch.papers;
    expect(paper?.keywords).toEqual(['peer support', 'Hope', 'recovery']);
    expect(paper?.topics).toBeUndefined();
  });

  it('RIS KW lines, one keyword each (a comma inside one is kept)', () => {
    const ris = `TY  - JOUR\nTI  - Walking groups\nKW  - peer support\nKW  - Depression, Postpartum\nKW  - PEER SUPPORT\nER  - \n`;
    const [paper] = parseRis(ris, opts).batch.papers;
    expect(paper?.keywords).toEqual(['peer support', 'Depression, Postpartum']);
  });

  it('a RIS record without KW has no keywords', () => {
    const [paper] = parseRis(`TY  - JOUR\nTI  - Plain\nER  - \n`, opts).batch.papers;
    expect(paper).not.toHaveProperty('keywords');
  });

  it('CSL-JSON keyword string', () => {
    const csl = JSON.stringify([
      { type: 'article-journal', title: 'T', keyword: 'hope, empowerment' },
    ]);
    expect(parseCslJson(csl, opts).batch.papers[0]?.keywords).toEqual(['hope', 'empowerment']);
  });
});

describe('OpenAlex keywords and topics', () => {
  const work = (extra: Record<string, unknown>) =>
    JSON.stringify({ id: 'https://openalex.org/W100', title: 'A work', ...extra });
  const paperOf = (extra: Record<string, unknown>) =>
    parseOpenAlex(work(extra), opts).batch.papers[0]!;

  it('keywords[].display_name → keywords; MeSH descriptors then topics → topics', () => {
    const p = paperOf({
      keywords: [
        {
          id: 'https://openalex.org/keywords/peer-support',
          display_name: 'Peer Support',
          score: 0.6,
        },
        { id: 'https://openalex.org/keywords/hope', display_name: 'Hope', score: 0.4 },
      ],
      topics: [
        {
          id: 'https://openalex.org/T1',
          display_name: 'Mental Health Treatment and Access',
          score: 0.99,
        },
      ],
      mesh: [
        {
          descriptor_ui: 'D003863',
          descriptor_name: 'Depression',
          qualifier_name: 'therapy',
          is_major_topic: true,
        },
        {
          descriptor_ui: 'D003863',
          descriptor_name: 'Depression',
          qualifier_name: null,
          is_major_topic: false,
        },
      ],
      concepts: [{ display_name: 'Psychology', score: 0.9, level: 0 }],
    });
    expect(p.keywords).toEqual(['Peer Support', 'Hope']);
    // Concepts are not read when the work has topics.
    expect(p.topics).toEqual(['Depression', 'Mental Health Treatment and Access']);
  });

  it('2023-era keywords ({keyword, score}) are read too', () => {
    expect(paperOf({ keywords: [{ keyword: 'self-help groups', score: 0.5 }] }).keywords).toEqual([
      'self-help groups',
    ]);
  });

  it('without topics: legacy concepts at or above the score threshold, unqualified names only', () => {
    const p = paperOf({
      concepts: [
        { display_name: 'Psychiatry', score: 0.8, level: 1 },
        { display_name: 'Quality of life', score: CONCEPT_MIN_SCORE, level: 2 },
        { display_name: 'Hope', score: CONCEPT_MIN_SCORE - 0.01, level: 2 },
        { display_name: 'Depression (economics)', score: 0.9, level: 2 },
      ],
    });
    expect(p.topics).toEqual(['Psychiatry', 'Quality of life']);
  });

  it('a work with none of them has neither field', () => {
    const p = paperOf({ keywords: [], topics: [], concepts: [] });
    expect(p).not.toHaveProperty('keywords');
    expect(p).not.toHaveProperty('topics');
  });
});

describe('Crossref subject and Semantic Scholar fields of study', () => {
  it('Crossref subject → topics', () => {
    const msg = JSON.stringify({
      status: 'ok',
      'message-type': 'work',
      message: {
        DOI: '10.5555/kw.1',
        title: ['A work'],
        subject: [
          'Psychiatry and Mental health',
          'Clinical Psychology',
          'psychiatry and mental health',
        ],
      },
    });
    const [paper] = parseCrossref(msg, opts).batch.papers;
    expect(paper?.topics).toEqual(['Psychiatry and Mental health', 'Clinical Psychology']);
    expect(paper).not.toHaveProperty('keywords');
  });

  it('S2 fieldsOfStudy are too coarse to keep', () => {
    const s2 = JSON.stringify([
      {
        paperId: 'a'.repeat(40),
        title: 'A work',
        fieldsOfStudy: ['Medicine', 'Psychology'],
        s2FieldsOfStudy: [{ category: 'Medicine', source: 'external' }],
      },
    ]);
    const [paper] = parseSemanticScholar(s2, opts).batch.papers;
    expect(paper?.title).toBe('A work');
    expect(paper).not.toHaveProperty('topics');
    expect(paper).not.toHaveProperty('keywords');
  });
});
