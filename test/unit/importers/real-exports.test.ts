/**
 * The parsers on files shaped as other tools write them (test/fixtures/import/exports:
 * Web of Science, Scopus, PubMed via EndNote, EndNote, SciELO, Zotero, Mendeley, DBLP,
 * Semantic Scholar's batch endpoint, Crossref with Unicode hyphens), and format detection
 * over every fixture the repository has.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PaperRecord } from '../../../src/domain/import-format.js';
import { detectFormat, FORMATS, parse, type Format } from '../../../src/importers/parsers/index.js';
import { NOT_FOUND } from '../../../src/importers/parsers/semantic-scholar.js';
import { fixture } from './load.js';

const DIR = fileURLToPath(new URL('../../fixtures/import/', import.meta.url));

/** Every fixture file and the format it is written in. */
const EXPECTED: Record<string, Format> = {
  'openalex-work.json': 'openalex',
  'openalex-list.json': 'openalex',
  'openalex-snapshot.jsonl': 'openalex',
  'openalex-bad.jsonl': 'openalex',
  'openalex-merge.jsonl': 'openalex',
  'openalex-merge-both.jsonl': 'openalex',
  's2-paper.json': 's2',
  's2-citations.json': 's2',
  'crossref-work.json': 'crossref',
  'crossref-items.json': 'crossref',
  'truncated.json': 'crossref',
  'refs.bib': 'bibtex',
  'refs.ris': 'ris',
  'refs.csl.json': 'csl-json',
  'statements.csv': 'statements-csv',
  'statements-bad.csv': 'statements-csv',
  'findings.csv': 'findings-csv',
  'taxonomy.csv': 'taxonomy-csv',
  'exports/wos.bib': 'bibtex',
  'exports/dblp.bib': 'bibtex',
  'exports/mendeley.bib': 'bibtex',
  'exports/zotero.bib': 'bibtex',
  'exports/zotero.csl.json': 'csl-json',
  'exports/scopus.ris': 'ris',
  'exports/pubmed.ris': 'ris',
  'exports/endnote.ris': 'ris',
  'exports/scielo.ris': 'ris',
  'exports/s2-batch.json': 's2',
  'exports/crossref-unicode.json': 'crossref',
  // The full-text fixtures (test/unit/importers/fulltext.test.ts), unsafe and broken ones too:
  // detection looks at the start of a file, so each is known before the parser refuses it.
  '../fulltext/article.nxml': 'jats',
  '../fulltext/no-body.nxml': 'jats',
  '../fulltext/truncated.nxml': 'jats',
  '../fulltext/xxe.nxml': 'jats',
  '../fulltext/billion-laughs.nxml': 'jats',
  '../fulltext/grobid.tei.xml': 'tei',
  '../fulltext/tables.nxml': 'jats',
  '../fulltext/tables.tei.xml': 'tei',
};

const fixtureFiles = (): string[] =>
  [
    ...readdirSync(DIR, { recursive: true, encoding: 'utf8' }),
    ...readdirSync(join(DIR, '../fulltext')).map((f) => `../fulltext/${f}`),
  ]
    .filter((f) => /\.(json|jsonl|bib|ris|csv|nxml|xml)$/.test(f))
    .sort();

function papersOf(name: string): PaperRecord[] {
  const result = parse(EXPECTED[name]!, fixture(name), { file: name });
  expect(result.rejects).toEqual([]);
  return result.batch.papers;
}

describe('format detection over every fixture', () => {
  it('knows the format of every fixture file, and every format has one', () => {
    expect(fixtureFiles()).toEqual(Object.keys(EXPECTED).sort());
    expect([...new Set(Object.values(EXPECTED))].sort()).toEqual([...FORMATS].sort());
  });

  it.each(Object.entries(EXPECTED))('%s is %s, by name and by content alone', (name, format) => {
    expect(detectFormat(name, fixture(name))).toBe(format);
    expect(detectFormat('upload', fixture(name))).toBe(format);
  });
});

describe('Web of Science BibTeX', () => {
  it('loads every record: double braces, {[} in SICI DOIs, \\& and \\% in titles', () => {
    const papers = papersOf('exports/wos.bib');
    expect(papers.map((p) => p.doi)).toEqual([
      '10.1186/1471-244x-14-39',
      '10.5555/0277-5212(2006)26[1:fpsr]2.0.co;2',
      '10.1016/j.genhosppsych.2010.10.002',
    ]);
    expect(papers[1]).toMatchObject({
      title: 'Fixture peer support & recovery: 50% of trials report a Hope [HHI] score',
      year: 2006,
      venue: { name: 'FIXTURE JOURNAL OF WETLANDS & MENTAL HEALTH', pages: '1–12' },
    });
    expect(papers[0]!.title).toBe(
      'A systematic review and meta-analysis of randomised controlled trials of peer support for people with severe mental illness',
    );
    // `and others` is "et al.", not an author.
    expect(papers[0]!.authors).toEqual([{ name: 'Brynmor Lloyd-Evans' }]);
  });
});

describe('DBLP BibTeX', () => {
  it('gives titles, venues and names as plain text: math, \\mbox and accents resolved', () => {
    const [a, b] = papersOf('exports/dblp.bib');
    expect(a!.title).toBe('Fixture events in EPCs: e²EPCs');
    expect(a!.venue?.name).toBe('Proceedings of the 5ᵗʰ Fixture Workshop, Rostock, Germany');
    expect(a!.authors?.map((x) => x.name)).toEqual([
      'Håkan Fixture',
      'Jürgen Straßer',
      'Jesús Tørresen',
    ]);
    expect(b!.title).toBe('Fixture ΣΔ modulators with radix-2ᵏ stages in 0.35 μm CMOS');
    for (const p of [a!, b!]) expect(`${p.title} ${p.venue?.name}`).not.toMatch(/[\\$<>{}^]/);
  });
});

describe('reference-manager BibTeX', () => {
  it('reads Mendeley (double-braced titles, pmid) and Zotero (month macros) exports', () => {
    const mendeley = papersOf('exports/mendeley.bib');
    expect(mendeley.map((p) => [p.doi, p.pmid, p.year])).toEqual([
      ['10.1186/s12888-021-03321-z', '34162340', 2021],
      ['10.1002/jcop.23090', '37740958', 2024],
    ]);
    expect(mendeley[0]!.title).toBe(
      'A systematic review and meta-analysis of group peer support interventions for people experiencing mental health conditions',
    );
    const zotero = papersOf('exports/zotero.bib');
    expect(zotero.map((p) => [p.doi, p.publicationDate, p.authors])).toEqual([
      ['10.1186/s12888-020-02923-3', '2020-11', [{ name: 'S. White' }]],
      ['10.1017/s0033291722002422', '2023-08', [{ name: 'D. Smit' }]],
    ]);
  });

  it('reads a Zotero CSL-JSON export, a saved web page included', () => {
    const papers = papersOf('exports/zotero.csl.json');
    expect(papers.map((p) => [p.doi ?? null, p.title, p.year ?? null])).toEqual([
      [
        '10.1016/j.genhosppsych.2010.10.002',
        'Efficacy of peer support interventions for depression: a meta-analysis',
        2011,
      ],
      [
        '10.2196/mental.4418',
        'Online peer-to-peer support for young people with mental health problems: a systematic review',
        2015,
      ],
      [null, 'Fixture web page saved from the browser', null],
    ]);
  });
});

describe('RIS exports', () => {
  it('SciELO: BOM, CRLF, empty tags; TI stays the title beside a TT translation', () => {
    const papers = papersOf('exports/scielo.ris');
    expect(papers.map((p) => p.title)).toEqual([
      'Fixture: apoio de pares e recuperação em serviços de saúde mental no Espírito Santo',
      'Fixture: análisis del apoyo entre pares en jóvenes del Alto Valle del Magdalena, Colombia',
    ]);
    // Two AB lines (one per language): the first is the abstract.
    expect(papers[0]!.abstract).toBe('RESUMO Fixture text, not a published abstract.');
    expect(papers[0]!.venue).toEqual({
      name: 'Fixture Revista de Saúde Mental',
      issn: '0000-0001',
      volume: '12',
    });
    expect(papers[1]!.venue?.pages).toBe('34–51');
  });

  it('PubMed records via EndNote: PMID from AN, PMCID from C2, PY wins over a bare DA', () => {
    const papers = papersOf('exports/pubmed.ris');
    expect(papers.map((p) => [p.pmid, p.pmcid ?? null, p.year, p.doi])).toEqual([
      ['34162340', 'PMC8220835', 2021, '10.1186/s12888-021-03321-z'],
      ['37740958', null, 2024, '10.1002/jcop.23090'],
    ]);
  });

  it('Scopus and EndNote exports', () => {
    expect(papersOf('exports/scopus.ris').map((p) => [p.doi, p.year, p.venue?.pages])).toEqual([
      ['10.1007/s00127-014-0857-5', 2014, '1691–1702'],
      ['10.1016/s2215-0366(21)00398-9', 2022, '125–136'],
    ]);
    expect(papersOf('exports/endnote.ris').map((p) => [p.doi, p.year, p.venue?.name])).toEqual([
      ['10.1176/appi.ps.201300244', 2014, 'Psychiatric Services'],
      ['10.1111/j.1600-0447.2008.01216.x', 2008, 'Acta Psychiatrica Scandinavica'],
    ]);
  });
});

describe('Semantic Scholar /paper/batch', () => {
  it('loads the papers and rejects each null as an id S2 could not find', () => {
    const result = parse('s2', fixture('exports/s2-batch.json'), { file: 'batch.json' });
    expect(result.read).toBe(4);
    expect(result.batch.papers.map((p) => p.doi)).toEqual([
      '10.1186/s12888-021-03321-z',
      '10.1002/jcop.23090',
    ]);
    expect(result.rejects).toEqual([
      { file: 'batch.json', index: 0, field: 'paperId', reason: NOT_FOUND, raw: null },
      { file: 'batch.json', index: 2, field: 'paperId', reason: NOT_FOUND, raw: null },
    ]);
  });
});

describe('reference counts', () => {
  it('Crossref: Unicode-hyphen DOIs meet their ASCII twins; every reference is accounted for', () => {
    const result = parse('crossref', fixture('exports/crossref-unicode.json'), { file: 'c' });
    expect(result.batch.citations.map((c) => [c.citing.doi, c.cited.doi])).toEqual([
      ['10.1186/s12916-024-03260-y', '10.1186/s12888-021-03321-z'],
      ['10.1186/s12916-024-03260-y', '10.1186/1471-244x-14-39'],
      ['10.1186/s12888-021-03321-z', '10.1186/1471-244x-14-39'],
    ]);
    // 7 listed: 3 citations, 2 without a usable DOI, its own DOI, one DOI listed twice.
    expect(result.references).toEqual({
      read: 7,
      withoutId: 2,
      selfCitations: 1,
      duplicates: 1,
      rejected: 0,
    });
    expect(result.skipped).toBe(2);
  });

  it('OpenAlex: a referenced work listed twice is a duplicate', () => {
    const result = parse('openalex', fixture('openalex-work.json'), { file: 'w' });
    const r = result.references!;
    expect(r.duplicates).toBeGreaterThan(0);
    expect(r.read).toBe(
      result.batch.citations.length + r.withoutId + r.duplicates + r.selfCitations,
    );
  });

  it('Semantic Scholar citations: each entry is one reference; rejected entries are counted', () => {
    const result = parse('s2', fixture('s2-citations.json'), {
      file: 's',
      paper: { doi: '10.1186/s12888-021-03321-z' },
    });
    expect(result.references).toMatchObject({ read: result.read, rejected: result.rejects.length });
    expect(result.references!.read).toBe(result.batch.citations.length + result.rejects.length);
  });
});
