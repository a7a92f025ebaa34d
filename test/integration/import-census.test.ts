/**
 * Nothing is lost silently: `evidence-graph import --json --rejects` on every
 * bibliographic fixture, each into an empty graph, accounts for every record and
 * every reference it lists:
 *
 *   records read    = records loaded (found in the graph) + records rejected
 *   references read = edges (found in the graph) + duplicates + self-citations
 *                     + references rejected + references without an identifier
 *
 * and every rejection is a line of --rejects with its reason. The same for this
 * project's CSVs (taxonomy, statements, findings), imported with the papers and
 * concepts they name: rows (as csv-parse counts them) = rows loaded + rows
 * rejected, each rejection naming its row. Then the cases the
 * real exports showed: Unicode-hyphen DOIs meet their ASCII twins, a Web of
 * Science export loads every record, and numbers are stored as Integers.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { SELF_CITATION_REASON, type ReferenceCensus } from '../../src/importers/resolve/census.js';
import { resetDatabase } from '../helpers/db.js';
import { IMPORT_FIXTURES, runImport, TAXONOMY_AND_PAPER_FIXTURES } from '../helpers/cli.js';
import { useDatabase } from '../helpers/suite.js';

const OUT = mkdtempSync(join(tmpdir(), 'eg-import-census-'));
const LYONS = '10.1186/s12888-021-03321-z';

type Census = ReferenceCensus;
interface Summary {
  read: number;
  rejected: number;
  references: Census;
}
interface Reject {
  file: string;
  line?: number;
  index?: number;
  reason: string;
  raw: unknown;
}

const importFiles = runImport;

async function importWithRejects(file: string, extra: string[] = [], before: string[] = []) {
  const rejectsFile = join(OUT, `${file.replace(/\W/g, '_')}.jsonl`);
  const r = await importFiles([...before, file, '--json', '--rejects', rejectsFile, ...extra]);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  const summary = JSON.parse(r.stdout) as Summary;
  const rejects = readFileSync(rejectsFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Reject);
  return { code: r.code, summary, rejects };
}

const db = useDatabase();
const count = async (text: string, params: Record<string, unknown> = {}): Promise<number> =>
  ((await db.read({ name: 'test.count', text }, params))[0]?.n as number) ?? 0;

/**
 * Each fixture: its records and references as written in the file, and what a
 * loaded record is in the graph (a full paper, or for a citations response, an edge).
 */
const CASES: [file: string, records: number, references: number, loaded: 'papers' | 'edges'][] = [
  ['openalex-work.json', 1, 3, 'papers'],
  ['openalex-list.json', 3, 3, 'papers'],
  ['openalex-snapshot.jsonl', 2, 1, 'papers'],
  ['openalex-bad.jsonl', 5, 1, 'papers'],
  ['s2-paper.json', 1, 0, 'papers'],
  ['s2-citations.json', 3, 3, 'edges'],
  ['crossref-work.json', 1, 3, 'papers'],
  ['crossref-items.json', 3, 0, 'papers'],
  ['refs.bib', 6, 0, 'papers'],
  ['refs.ris', 4, 0, 'papers'],
  ['refs.csl.json', 4, 0, 'papers'],
  ['exports/wos.bib', 3, 0, 'papers'],
  ['exports/dblp.bib', 2, 0, 'papers'],
  ['exports/mendeley.bib', 2, 0, 'papers'],
  ['exports/zotero.bib', 2, 0, 'papers'],
  ['exports/zotero.csl.json', 3, 0, 'papers'],
  ['exports/scopus.ris', 2, 0, 'papers'],
  ['exports/pubmed.ris', 2, 0, 'papers'],
  ['exports/endnote.ris', 2, 0, 'papers'],
  ['exports/scielo.ris', 2, 0, 'papers'],
  ['exports/s2-batch.json', 4, 0, 'papers'],
  ['exports/crossref-unicode.json', 2, 7, 'papers'],
];

/** A reject the writer made of a citation record (`raw` is `{citing, cited}`). */
const isCitationReject = (r: Reject): boolean =>
  typeof r.raw === 'object' && r.raw !== null && 'citing' in r.raw && 'cited' in r.raw;

describe('import census', { timeout: 600_000 }, () => {
  it.each(CASES)(
    '%s: every record and every reference is accounted for',
    async (file, records, references, loadedAs) => {
      await resetDatabase(db);
      const citationsResponse = file === 's2-citations.json';
      const { code, summary, rejects } = await importWithRejects(
        file,
        citationsResponse ? ['--paper', LYONS] : [],
      );
      expect(code).toBe(summary.rejected > 0 ? 3 : 0);

      // Every rejection is in --rejects, with where it came from and why.
      expect(rejects).toHaveLength(summary.rejected);
      for (const r of rejects) expect(r).toMatchObject({ file, reason: expect.any(String) });

      // Records.
      const papers = await count('MATCH (p:Paper) WHERE NOT p.stub RETURN count(p) AS n');
      const edges = await count('MATCH ()-[c:CITES]->() RETURN count(c) AS n');
      const citationRejects = rejects.filter(isCitationReject);
      const recordRejects = rejects.length - citationRejects.length;
      expect(summary.read).toBe(records);
      expect(summary.read).toBe((loadedAs === 'papers' ? papers : edges) + recordRejects);

      // References.
      const refs = summary.references;
      expect(refs.read).toBe(references);
      expect(refs.read).toBe(
        refs.edges + refs.duplicates + refs.selfCitations + refs.rejected + refs.withoutId,
      );
      expect(refs.edges).toBe(edges);
      // In a citations response each entry is a reference, so its record rejects are reference rejects.
      const referenceRejects = citationsResponse ? rejects : citationRejects;
      const selfRejects = referenceRejects.filter((r) => r.reason === SELF_CITATION_REASON);
      expect(refs.rejected).toBe(referenceRejects.length - selfRejects.length);
      expect(refs.selfCitations).toBeGreaterThanOrEqual(selfRejects.length);
    },
  );

  it('a reference DOI with Unicode hyphens is the paper with the ASCII DOI: one node, one edge', async () => {
    await resetDatabase(db);
    // Lloyd-Evans 2014 arrives first with its ASCII DOI (Web of Science export) ...
    expect((await importWithRejects('exports/wos.bib')).code).toBe(0);
    // ... then as U+2010 / U+2011 reference DOIs in two Crossref reference lists.
    const { summary } = await importWithRejects('exports/crossref-unicode.json');
    expect(summary.references).toMatchObject({
      read: 7,
      edges: 3,
      duplicates: 1,
      selfCitations: 1,
    });
    expect(
      await count("MATCH (p:Paper) WHERE p.doi STARTS WITH '10.1186/1471' RETURN count(p) AS n"),
    ).toBe(1);
    const [lloydEvans] = await db.read({
      name: 'test.lloydEvans',
      text: `MATCH (p:Paper {doi: '10.1186/1471-244x-14-39'})
        RETURN p.stub AS stub, p.title AS title, p.citingPaperCount AS citing,
               [(c)-[:CITES]->(p) | c.doi] AS citedBy`,
    });
    expect(lloydEvans).toMatchObject({ stub: false, citing: 2 });
    expect((lloydEvans!.citedBy as string[]).sort()).toEqual([LYONS, '10.1186/s12916-024-03260-y']);
    // Lyons 2021: a record of the list and, hyphenated and in ASCII, a reference of the other.
    expect(await count('MATCH (p:Paper {doi: $d}) RETURN count(p) AS n', { d: LYONS })).toBe(1);
    expect(await count("MATCH (p:Paper) WHERE p.doi CONTAINS '\u2010' RETURN count(p) AS n")).toBe(
      0,
    );
  });

  it('a Web of Science export loads every record, SICI DOI and escaped title included', async () => {
    await resetDatabase(db);
    const { code, summary } = await importWithRejects('exports/wos.bib');
    expect(code).toBe(0);
    expect(summary).toMatchObject({ read: 3, rejected: 0 });
    const rows = await db.read({
      name: 'test.wos',
      text: "MATCH (p:Paper) WHERE p.doi STARTS WITH '10.5555/' RETURN p.doi AS doi, p.title AS title",
    });
    expect(rows).toEqual([
      {
        doi: '10.5555/0277-5212(2006)26[1:fpsr]2.0.co;2',
        title: 'Fixture peer support & recovery: 50% of trials report a Hope [HHI] score',
      },
    ]);
  });

  it('stores years, author positions and counters as Integers through the writer', async () => {
    await resetDatabase(db);
    await importWithRejects('exports/crossref-unicode.json');
    const [types] = await db.read(
      {
        name: 'test.types',
        text: `MATCH (p:Paper {doi: $d})<-[a:AUTHORED]-()
        WITH p, a LIMIT 1
        MATCH (p)<-[c:CITES]-()
        RETURN valueType(p.year) AS year, valueType(a.position) AS position,
               valueType(p.citingPaperCount) AS counter, valueType(c.statementCount) AS edge`,
      },
      { d: LYONS },
    );
    expect(types).toEqual({
      year: 'INTEGER NOT NULL',
      position: 'INTEGER NOT NULL',
      counter: 'INTEGER NOT NULL',
      edge: 'INTEGER NOT NULL',
    });
  });
});

/**
 * This project's CSVs, counted independently of the importer: csv-parse reads each
 * file (a row with the wrong number of columns kept, so it is counted too) and
 * gives each record's cells and the line it starts on (the line after the
 * previous record ends).
 */
function csvRecords(file: string): { line: number; cells: string[] }[] {
  const text = readFileSync(join(IMPORT_FIXTURES, file), 'utf8').replace(/\r\n?/g, '\n');
  const parsed = parse(text, {
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  return parsed.slice(1).map((p, i) => ({ line: parsed[i]!.info.lines + 1, cells: p.record }));
}

/** What a loaded row of each CSV is in the graph. */
const CSV_KINDS: [pattern: RegExp, query: string][] = [
  [
    /^taxonomy/,
    `MATCH (c) WHERE c:InterventionType OR c:Outcome OR c:Population OR c:Setting
     RETURN count(c) AS n`,
  ],
  [/^statements/, 'MATCH (s:Statement) RETURN count(s) AS n'],
  [/^findings/, 'MATCH (f:Finding) RETURN count(f) AS n'],
];
const kindQuery = (file: string): string => CSV_KINDS.find(([re]) => re.test(file))![1];

/** The papers and concepts the statements and findings name, loaded in the same call. */
const CSV_DEPENDENCIES = TAXONOMY_AND_PAPER_FIXTURES;
const CSV_CASES: [file: string, before: string[]][] = [
  ['taxonomy.csv', []],
  ['statements.csv', CSV_DEPENDENCIES],
  ['statements-bad.csv', CSV_DEPENDENCIES],
  ['findings.csv', CSV_DEPENDENCIES],
];
const BIBLIOGRAPHIC_RECORDS = new Map(CASES.map(([file, records]) => [file, records]));

describe('import census: the CSV formats', { timeout: 600_000 }, () => {
  it.each(CSV_CASES)('%s: every row is loaded or rejected on its line', async (file, before) => {
    await resetDatabase(db);
    const { code, summary, rejects } = await importWithRejects(file, [], before);
    expect(code).toBe(summary.rejected > 0 ? 3 : 0);
    expect(rejects).toHaveLength(summary.rejected);

    // The summary's read is the sum over the files; the CSV rows as csv-parse reads them.
    const files = [...before, file];
    const records = new Map(files.filter((f) => f.endsWith('.csv')).map((f) => [f, csvRecords(f)]));
    const expectedRead = files.reduce(
      (n, f) => n + (records.get(f)?.length ?? BIBLIOGRAPHIC_RECORDS.get(f)!),
      0,
    );
    expect(summary.read).toBe(expectedRead);

    // Per CSV: rows = loaded of its kind + its rejections, each one naming its own row.
    for (const [csv, rows] of records) {
      const own = rejects.filter((r) => r.file === csv);
      // The parser names a row by the line it starts on ...
      const parserLines = own.flatMap((r) => (r.line === undefined ? [] : [r.line]));
      for (const line of parserLines) expect(rows.map((r) => r.line)).toContain(line);
      // ... the resolution stage, which sees records and not lines, by its index
      // among the rows the parser accepted: that names the row just as well.
      const accepted = rows.filter((r) => !parserLines.includes(r.line));
      const resolvedLines = own
        .filter((r) => r.line === undefined)
        .map((r) => {
          const row = accepted[r.index!];
          expect(row, `${csv}: ${JSON.stringify(r)}`).toBeDefined();
          const doi = (r.raw as { paper?: { doi?: string } }).paper?.doi;
          if (doi !== undefined) expect(row!.cells[0]!.toLowerCase()).toContain(doi);
          return row!.line;
        });
      expect(new Set([...parserLines, ...resolvedLines]).size).toBe(own.length);
      expect({ csv, rows: rows.length }).toEqual({
        csv,
        rows: (await count(kindQuery(csv))) + own.length,
      });
    }
  });

  it('the bad rows of the CSV fixtures are rejections, not losses', async () => {
    await resetDatabase(db);
    const { rejects } = await importWithRejects(
      'findings.csv',
      [],
      [...CSV_DEPENDENCIES, 'statements-bad.csv'],
    );
    const linesOf = (f: string) =>
      rejects
        .filter((r) => r.file === f)
        .map((r) => r.line)
        .sort((a, b) => a! - b!);
    expect(linesOf('statements-bad.csv')).toEqual([2, 3, 4, 5]);
    expect(linesOf('findings.csv')).toEqual(expect.arrayContaining([9, 10, 11, 12, 13]));
    expect(await count('MATCH (s:Statement) RETURN count(s) AS n')).toBe(1);
  });
});
