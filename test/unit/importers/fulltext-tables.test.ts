/**
 * Full-text tables, captions, appendices and what stays dropped, on hand-written fixtures
 * (test/fixtures/fulltext/tables.nxml, tables.tei.xml): every statement, row text, context
 * and drop below was counted by hand from the fixture's header comment. The table layout
 * (tables.ts) is also tested alone: spans, header rows, bounds.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/importers/parsers/index.js';
import { layTable, type TableShape } from '../../../src/importers/parsers/fulltext/tables.js';
import { parseXml, textOf } from '../../../src/importers/parsers/fulltext/xml.js';
import { citedBy, parseFixture as run, sections } from '../../helpers/fulltext.js';

describe('JATS tables, captions and appendices', () => {
  const r = run('tables.nxml');
  const { papers, citations, statements } = r.batch;

  it('counts papers, CITES edges and statements by section', () => {
    expect(papers).toHaveLength(9);
    expect(citations).toHaveLength(8);
    expect(statements).toHaveLength(12);
    expect(sections(statements)).toEqual({ INTRODUCTION: 1, METHODS: 1, OTHER: 10 });
  });

  it('makes a citing row one statement per cited entry: headers, spans and a range', () => {
    const caption = { before: 'Table 1. Included studies' };
    const smith = 'Study: Smith [2]; Participants – Women: 40; Men: 38; Design: Randomised';
    expect(citedBy(statements, smith)).toEqual(['10.5555/tab.2']);
    // The empty Men cell is left out; two paragraphs of a cell read as one line.
    const lee = 'Study: Lee [3]–[5]; Participants – Women: 12; Design: Cohort two sites';
    expect(citedBy(statements, lee)).toEqual(['22000003', '10.5555/tab.4', '10.5555/tab.5']);
    const okafor = 'Study: Okafor [6]; Participants – Women: 9; Men: 11; Design: Crossover [7]';
    expect(citedBy(statements, okafor)).toEqual(['10.5555/tab.6', '10.5555/tab.7']);
    for (const text of [smith, lee, okafor]) {
      for (const s of statements.filter((x) => x.text === text)) {
        expect(s).toMatchObject({ section: 'OTHER', source: 'jats', context: caption });
      }
    }
    // The Park row cites nothing, so it is no statement.
    expect(statements.some((s) => s.text.includes('Park'))).toBe(false);
  });

  it('reads a leading row of header cells as the header, and a callout there as its row', () => {
    const [row] = statements.filter((s) => s.text === 'Scale; Range [8]');
    expect(row).toMatchObject({ cited: { pmid: '22000008' }, context: { before: 'Table 2' } });
    expect(statements.some((s) => s.text.startsWith('Scale: Mood'))).toBe(false);
  });

  it("keeps a figure's caption and its 'reproduced from' permission line", () => {
    expect(citedBy(statements, 'Adapted from a flow chart [8].')).toEqual(['22000008']);
    const permission = 'Panel B is reproduced from Smith (2001) with permission.';
    expect(citedBy(statements, permission)).toEqual(['10.5555/tab.2']);
    expect(statements.find((s) => s.text === permission)?.section).toBe('OTHER');
  });

  it('reads appendices, each mapped by its title like a top-level section', () => {
    const boxed = statements.find((s) => s.text === 'We searched as the earlier review did [4].');
    expect(boxed).toMatchObject({ section: 'OTHER', cited: { doi: '10.5555/tab.4' } });
    const methods = statements.find((s) => s.text === 'Scales were scored as before [5].');
    expect(methods).toMatchObject({ section: 'METHODS', cited: { doi: '10.5555/tab.5' } });
  });

  it('drops the abstract, a table footnote and the sub-articles, by reason', () => {
    expect(r.dropped).toEqual({ 'outside-body': 2, 'sub-article': 3 });
    expect(r.references).toEqual({
      read: 8,
      withoutId: 0,
      selfCitations: 0,
      duplicates: 0,
      rejected: 0,
    });
  });

  it('gives the same batch on a second parse (stable ids for re-import)', () => {
    expect(run('tables.nxml').batch).toEqual(r.batch);
  });
});

describe('GROBID TEI tables and annexes', () => {
  const r = run('tables.tei.xml');
  const { papers, citations, statements } = r.batch;

  it('counts papers, CITES edges and statements by section', () => {
    expect(papers).toHaveLength(6);
    expect(citations).toHaveLength(5);
    expect(statements).toHaveLength(5);
    expect(sections(statements)).toEqual({ INTRODUCTION: 1, OTHER: 4 });
  });

  it('heads rows by a role="label" row, without its footnote mark, and spans cols', () => {
    const before = 'Table 1. Studies of gardening';
    const kim = statements.filter((s) => s.text === 'Study: Kim [2]; Sample: 30; Outcome: Mood');
    expect(kim.map((s) => s.cited.doi)).toEqual(['10.5555/teitab.1']);
    expect(kim[0]).toMatchObject({ section: 'OTHER', source: 'tei', context: { before } });
    expect(citedBy(statements, 'Study: Ode [3][4]; Sample: not reported')).toEqual([
      '10.5555/teitab.2',
      '10.5555/teitab.3',
    ]);
  });

  it('reads an annex like the body, and keeps the acknowledgement dropped', () => {
    expect(statements.find((s) => s.text === 'Extra scales came from [5].')).toMatchObject({
      section: 'OTHER',
      cited: { pmid: '23000004' },
    });
    expect(r.dropped).toEqual({ 'outside-body': 1 });
  });
});

describe('a callout in a table but in no row', () => {
  it("is dropped as 'table', counted once", () => {
    const xml = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>
      <titleStmt><title>Invented table head</title></titleStmt></fileDesc></teiHeader>
      <text><body><div><head>Results</head><p>Scores rose <ref type="bibr" target="#b0">[1]</ref>.</p>
      <figure type="table"><table><head>Scale of <ref type="bibr" target="#b0">[1]</ref></head>
      <row><cell>Mood</cell><cell>3</cell></row></table></figure></div></body>
      <back><div type="references"><listBibl><biblStruct xml:id="b0"><analytic>
      <idno type="DOI">10.5555/teitab.9</idno></analytic><monogr><imprint /></monogr></biblStruct>
      </listBibl></div></back></text></TEI>`;
    const r = parse('tei', xml, { file: 'head.tei.xml' });
    expect(r.batch.statements.map((s) => s.text)).toEqual(['Scores rose [1].']);
    expect(r.dropped).toEqual({ table: 1 });
  });
});

describe('table layout', () => {
  const shape: TableShape = {
    isRow: (el) => el.name === 'tr',
    isCell: (el) => el.name === 'td' || el.name === 'th',
    isHead: (el) => el.name === 'thead',
    isHeader: (el) => el.name === 'th',
    span: (el) => ({ cols: Number(el.attrs.colspan ?? 1), rows: Number(el.attrs.rowspan ?? 1) }),
  };
  const lay = (xml: string) => layTable(parseXml(xml, 't.xml'), shape, (c) => textOf(c) ?? '');

  it('places cells past a rowspan from above, and gives each column its headers', () => {
    const t = lay(
      '<table><thead><tr><th rowspan="2">A</th><th colspan="2">B</th></tr>' +
        '<tr><th>B1</th><th>B2</th></tr></thead>' +
        '<tbody><tr><td rowspan="2">x</td><td>1</td><td>2</td></tr><tr><td>3</td><td>4</td></tr></tbody></table>',
    );
    expect(t.headers).toEqual([['A'], ['B', 'B1'], ['B', 'B2']]);
    expect(t.rows.map((r) => r.header)).toEqual([true, true, false, false]);
    expect(t.rows[3]!.cells.map((c) => c.column)).toEqual([1, 2]);
  });

  it('bounds a hostile span instead of looping over it', () => {
    const t = lay('<table><tr><td colspan="1000000000">a</td><td>b</td></tr></table>');
    expect(t.rows[0]!.cells.map((c) => c.column)).toEqual([0, 50]);
    expect(t.rows[0]!.header).toBe(false);
  });
});
