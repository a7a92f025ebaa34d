/**
 * `evidence-graph import` on bad input: bad records are rejected one by one
 * (exit 3, one JSON line each in --rejects) while the good ones load; a
 * truncated or missing file is fatal (exit 1, named) and nothing is written.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { graphCensus, resetDatabase } from '../helpers/db.js';
import { runImport } from '../helpers/cli.js';
import { useDatabase } from '../helpers/suite.js';

const OUT = mkdtempSync(join(tmpdir(), 'eg-import-rejects-'));

const run = runImport;

const importFiles = (...args: string[]) => run(args);

const readRejects = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

const db = useDatabase();
beforeEach(() => resetDatabase(db));

describe('import: bad records', { timeout: 600_000 }, () => {
  it('loads the good records of a file, rejects each bad one with its reason, exits 3', async () => {
    const rejects = join(OUT, 'openalex.jsonl');
    const r = await importFiles('openalex-bad.jsonl', '--json', '--rejects', rejects);
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout)).toMatchObject({ read: 5, rejected: 3 });
    const lines = readRejects(rejects);
    expect(lines.map((l) => [l.file, l.line, l.field ?? null])).toEqual([
      ['openalex-bad.jsonl', 2, null],
      ['openalex-bad.jsonl', 3, 'title'],
      ['openalex-bad.jsonl', 4, 'doi'],
    ]);
    expect(lines[0].reason).toMatch(/not valid JSON/);
    expect(lines[2].reason).toMatch(/not a DOI/);
    expect(lines[2].raw).toMatchObject({ id: 'https://openalex.org/W0000000007' });
    const papers = await db.read({
      name: 't',
      text: 'MATCH (p:Paper) WHERE p.title IS NOT NULL RETURN p.openalexId AS id ORDER BY id',
    });
    expect(papers.map((p) => p.id)).toEqual(['W0000000004', 'W0000000005']);
  });

  it('rejects statements the parser or the writer refuses, with file, position and reason', async () => {
    expect(
      (await importFiles('taxonomy.csv', 'crossref-items.json', 'crossref-work.json')).code,
    ).toBe(3);
    const rejects = join(OUT, 'statements.jsonl');
    const r = await importFiles('statements-bad.csv', '--json', '--rejects', rejects);
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout)).toMatchObject({ read: 5, created: 1, rejected: 4 });
    const lines = readRejects(rejects);
    expect(lines.map((l) => [l.line, l.field])).toEqual([
      [2, 'confidence'],
      [3, 'polarity'],
      [4, 'cited_doi'],
      [5, undefined],
    ]);
    for (const l of lines)
      expect(l).toMatchObject({ file: 'statements-bad.csv', raw: expect.anything() });
  });
});

describe('import: fatal errors write nothing', () => {
  it('a truncated file exits 1, names the file, and stops the good files with it', async () => {
    const before = await graphCensus(db);
    const r = await importFiles('taxonomy.csv', 'openalex-work.json', 'truncated.json');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/truncated\.json/);
    expect(r.stdout).toBe('');
    expect(await graphCensus(db)).toEqual(before);
  });

  it('a missing file exits 1 and names it', async () => {
    const before = await graphCensus(db);
    const r = await importFiles('taxonomy.csv', 'no-such-file.json', '--json');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no-such-file\.json.*no such file/);
    expect(await graphCensus(db)).toEqual(before);
  });

  it('a Semantic Scholar citations file without --paper exits 1 and says so', async () => {
    const r = await importFiles('s2-citations.json');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/s2-citations\.json.*--paper is required/);
  });

  it('--dry-run reports what it would do and writes nothing', async () => {
    const before = await graphCensus(db);
    const r = await importFiles('openalex-snapshot.jsonl', '--dry-run', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ read: 2, created: 2 });
    expect(await graphCensus(db)).toEqual(before);
  });
});
