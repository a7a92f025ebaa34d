/**
 * The pieces of full-text extraction on their own: sentence splitting that
 * survives scientific abbreviations, callout clustering and range expansion,
 * section mapping, named entities, and format detection of JATS and TEI.
 */
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/importers/parsers/detect.js';
import { expand, layout, type RefIndex } from '../../../src/importers/parsers/fulltext/callouts.js';
import type { Piece } from '../../../src/importers/parsers/fulltext/model.js';
import { jatsSection, sectionOf } from '../../../src/importers/parsers/fulltext/sections.js';
import { splitSentences } from '../../../src/importers/parsers/fulltext/sentences.js';
import { parseXml, textOf } from '../../../src/importers/parsers/fulltext/xml.js';

const cite = (rid: string, text: string): Piece => ({ rids: rid ? rid.split(' ') : [], text });
const split = (pieces: Piece[]) => splitSentences(layout(pieces));

function index(n: number, labels = true): RefIndex {
  const byKey = new Map<string, number>();
  const byLabel = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    byKey.set(`r${i + 1}`, i);
    if (labels) byLabel.set(i + 1, i);
  }
  return { byKey, byLabel, size: n };
}

describe('sentence splitting', () => {
  it.each([
    ['et al.', 'Smith et al. found more. Next one.'],
    ['Fig. 2', 'As shown in Fig. 2 the rate rose. Next one.'],
    ['e.g. and i.e.', 'Some agents, e.g. aspirin, i.e. a salicylate, help. Next one.'],
    ['decimals', 'The rate rose 2.5 fold to 0.75 units. Next one.'],
    ['vs.', 'Group A vs. group B differed. Next one.'],
    ['species names', 'Growth of E. coli and S. aureus was slow. Next one.'],
  ])('survives %s', (_, paragraph) => {
    const { sentences } = split([paragraph, cite('r1', '[1]')]);
    expect(sentences).toEqual([paragraph.replace(' Next one.', ''), 'Next one.[1]']);
  });

  it('keeps callouts as written and assigns each cluster to its sentence', () => {
    const { sentences, owners } = split([
      'First claim ',
      cite('r1', '[1]'),
      '. Second claim (',
      cite('r2', 'Lee, 2001'),
      '; ',
      cite('r3', 'Kim, 2002'),
      ').',
    ]);
    expect(sentences).toEqual(['First claim [1].', 'Second claim (Lee, 2001; Kim, 2002).']);
    expect(owners).toEqual([0, 1]);
  });

  it('gives a numeric callout after the full stop to the sentence before', () => {
    const tight = split(['Rates rose.', cite('r1', '1'), ' Then they fell.']);
    expect(tight.sentences).toEqual(['Rates rose.1', 'Then they fell.']);
    expect(tight.owners).toEqual([0]);
    const spaced = split(['Rates rose. ', cite('r1', '[1]'), ' Then they fell.']);
    expect(spaced.sentences).toEqual(['Rates rose. [1]', 'Then they fell.']);
    expect(spaced.owners).toEqual([0]);
  });

  it('keeps a numeric callout that is the subject with the sentence it opens', () => {
    const { sentences, owners } = split([
      'Rates rose. ',
      cite('r1', '[1]'),
      ' showed that they fell.',
    ]);
    expect(sentences).toEqual(['Rates rose.', '[1] showed that they fell.']);
    expect(owners).toEqual([1]);
  });

  it('splits a very long paragraph in bounded time', () => {
    const long = 'The rate rose 2.5 fold in E. coli cultures. '.repeat(3_000);
    const started = performance.now();
    const { sentences, owners } = split([long, cite('r1', '[1]')]);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(sentences).toHaveLength(3_000);
    expect(owners).toEqual([2_999]);
  });
});

describe('callout expansion', () => {
  const clusterOf = (pieces: Piece[]) => layout(pieces).clusters;

  it('expands two callouts joined by a dash, and ranges inside one callout', () => {
    const [dash] = clusterOf(['x [', cite('r4', '4'), ']–[', cite('r7', '7'), ']']);
    expect(expand(dash!, index(10)).refs).toEqual([3, 4, 5, 6]);
    const [inner] = clusterOf(['x [', cite('r4', '4-7'), ']']);
    expect(expand(inner!, index(10)).refs).toEqual([3, 4, 5, 6]);
    const [unlabelled] = clusterOf(['x ', cite('r1', '1–3')]);
    expect(expand(unlabelled!, index(10, false)).refs).toEqual([0, 1, 2]);
    const [twoIds] = clusterOf(['x ', cite('r2 r5', '2–5')]);
    expect(expand(twoIds!, index(10)).refs).toEqual([1, 2, 3, 4]);
  });

  it('keeps groups as listed, and a dash between author–year callouts is no range', () => {
    const [group] = clusterOf([
      'x [',
      cite('r1', '1'),
      ',',
      cite('r7', '7'),
      ', ',
      cite('r9', '9'),
      ']',
    ]);
    expect(group!.callouts).toHaveLength(3);
    expect(expand(group!, index(10)).refs).toEqual([0, 6, 8]);
    const [years] = clusterOf(['x (', cite('r1', 'Lee 2001'), '–', cite('r4', 'Lee 2004'), ')']);
    expect(years!.numeric).toBe(false);
    expect(expand(years!, index(10)).refs).toEqual([0, 3]);
  });

  it('counts callouts without target and with unknown ids', () => {
    const [c] = clusterOf([
      'x [',
      cite('', 'SIQ'),
      ', ',
      cite('r42', '42'),
      ', ',
      cite('r2', '2'),
      ']',
    ]);
    expect(expand(c!, index(10))).toEqual({
      refs: [1],
      dropped: { 'no-target': 1, 'unresolved-rid': 1 },
    });
  });

  it('does not expand an implausible range', () => {
    const [c] = clusterOf(['x ', cite('r3', '3-1000')]);
    expect(expand(c!, index(10)).refs).toEqual([2]);
  });
});

describe('sections', () => {
  it.each([
    ['Introduction', 'INTRODUCTION'],
    ['1. Background', 'INTRODUCTION'],
    ['Materials and Methods', 'METHODS'],
    ['Patients and design', 'METHODS'],
    ['RESULTS', 'RESULTS'],
    ['Results and discussion', 'RESULTS'],
    ['Main findings', 'RESULTS'],
    ['Discussion', 'DISCUSSION'],
    ['Conclusions', 'CONCLUSION'],
    ['Acknowledgements', undefined],
  ])('heading %s → %s', (heading, section) => {
    expect(sectionOf(heading)).toBe(section);
  });

  it('prefers sec-type and falls back to OTHER', () => {
    expect(jatsSection('materials|methods', 'Study population')).toBe('METHODS');
    expect(jatsSection('intro', undefined)).toBe('INTRODUCTION');
    expect(jatsSection(undefined, 'Electrospinning of fibres')).toBe('OTHER');
  });
});

describe('XML text', () => {
  it('decodes predefined, numeric and the common JATS named entities (spaces, nbsp too, collapse)', () => {
    const el = parseXml(
      '<p>a&amp;b &#x2013; &#8212; &ndash;&mdash;&nbsp;&hellip;&plusmn;&le;&deg;&micro;&alpha;&Omega;&times;&rsquo;</p>',
      'e.xml',
    );
    expect(textOf(el)).toBe('a&b – — –— …±≤°µαΩ×’');
  });
});

describe('detecting JATS and TEI', () => {
  const jats =
    '<?xml version="1.0"?>\n<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Publishing DTD v1.2//EN" "x.dtd">\n<article><front>';
  const tei = '<?xml version="1.0"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader>';

  it('recognises them by content, even truncated', () => {
    expect(detectFormat('a.xml', jats)).toBe('jats');
    expect(detectFormat('a.xml', '<article article-type="x"><front><article-meta>')).toBe('jats');
    expect(detectFormat('b.xml', tei)).toBe('tei');
  });

  it('recognises them by name', () => {
    expect(detectFormat('PMC1.nxml', 'anything')).toBe('jats');
    expect(detectFormat('paper.tei.xml', 'anything')).toBe('tei');
  });

  it('does not take other XML or other formats for them', () => {
    expect(() => detectFormat('c.xml', '<rss><channel></channel></rss>')).toThrow(/cannot tell/);
    expect(detectFormat('refs.txt', '@article{a, title={<article>}}')).toBe('bibtex');
  });
});
