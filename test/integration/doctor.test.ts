/**
 * `evidence-graph doctor` against a real store: a graph written by the importer passes; each
 * planted problem (counter drift, an identifier clash, a title-year-first-author duplicate, an
 * orphan stub, a fact without sources, a float year) is found and named; `--fix` repairs the
 * counters and the types and nothing else. The CLI (in-process through the bin's own run(), see
 * test/helpers/cli.ts) is checked for the exit codes and --json; the other cases call the service.
 */
import { describe, expect, it } from 'vitest';
import { emptyBatch, type RecordBatch } from '../../src/domain/import-format.js';
import { writeBatch } from '../../src/importers/writer/index.js';
import { DoctorRepository } from '../../src/repositories/doctor.js';
import { doctor, type CheckName, type DoctorReport } from '../../src/services/doctor.js';
import { networkScenario, nid } from '../scenarios/network.js';
import { runCli } from '../helpers/cli.js';
import { counterDrift } from '../helpers/db.js';
import { useDatabase } from '../helpers/suite.js';

const cli = (...args: string[]) => runCli(['doctor', ...args]);

/** The network scenario with authors, a finding and an external tally, written by the importer. */
function cleanScenario(): RecordBatch {
  const batch = networkScenario();
  batch.papers = batch.papers.map((p, i) => ({
    ...p,
    authors: [{ name: `Author ${String.fromCharCode(65 + i)} Family${i}` }, { name: 'Co Author' }],
  }));
  batch.findings.push({
    id: 'doctor-finding',
    paper: { id: nid('a') },
    intervention: 'net-x',
    outcome: 'net-y',
    measure: 'SMD',
    estimate: -0.3,
    n: 120,
    k: 6,
    pooled: true,
  });
  batch.tallies.push({
    paper: { id: nid('a') },
    source: 'scite',
    citingPublications: 40,
    statements: 55,
    supporting: 5,
    mentioning: 45,
    contrasting: 1,
    unclassified: 4,
  });
  return batch;
}

const db = useDatabase(async (d) => {
  const summary = await writeBatch(d, cleanScenario(), { file: 'doctor' });
  expect(summary.rejected).toBe(0);
});
const repo = () => new DoctorRepository(db);

const check = (report: DoctorReport, name: CheckName) => {
  const found = report.checks.find((c) => c.name === name);
  expect(found, name).toBeDefined();
  return found!;
};

/** Runs a statement that plants a problem (test data, so values are parameters here too). */
const plant = (name: string, text: string, params: Record<string, unknown> = {}) =>
  db.write({ name: `test.doctor.${name}`, text }, params);

const EMPTY: RecordBatch = emptyBatch();

describe('evidence-graph doctor', () => {
  it('passes a graph the importer wrote: every check', async () => {
    const report = await doctor(repo());
    for (const name of [
      'counter-drift',
      'identifier-clash',
      'likely-duplicate',
      'orphan-stub',
      'missing-provenance',
      'wrong-type',
    ] as const)
      expect(check(report, name), name).toMatchObject({ ok: true, count: 0, examples: [] });
  });

  it('exits 0 on a clean store and prints every check with --json', async () => {
    const res = await cli('--json');
    expect(res.code, res.stderr + res.stdout).toBe(0);
    const report = JSON.parse(res.stdout) as DoctorReport;
    expect(report.ok).toBe(true);
    expect(report.checks.map((c) => [c.name, c.ok, c.count])).toEqual([
      ['counter-drift', true, 0],
      ['identifier-clash', true, 0],
      ['likely-duplicate', true, 0],
      ['orphan-stub', true, 0],
      ['missing-provenance', true, 0],
      ['wrong-type', true, 0],
    ]);
    expect(report.fixed).toBeUndefined();
  });

  it('finds planted counter drift on a paper and on a citation, exits 1 and names them', async () => {
    await plant('drift', `MATCH (p:Paper {id: $id}) SET p.citingPaperCount = toInteger($wrong)`, {
      id: nid('a'),
      wrong: 99,
    });
    await plant(
      'edgeDrift',
      `MATCH (:Paper {id: $citing})-[c:CITES]->(:Paper {id: $cited}) SET c.supporting = toInteger($wrong)`,
      { citing: nid('d'), cited: nid('a'), wrong: 7 },
    );
    const drift = check(await doctor(repo()), 'counter-drift');
    expect(drift.ok).toBe(false);
    expect(drift.count).toBe(2);
    expect(drift.examples).toEqual([
      'citation net-d -> net-a: supporting 7 (recount 1)',
      'paper net-a: citingPaperCount 99 (recount 4)',
    ]);

    const res = await cli();
    expect(res.code).toBe(1);
    expect(res.stdout).toMatch(/✗ counter-drift: 2 problems/);
    expect(res.stdout).toContain('net-a: citingPaperCount');
  });

  it('finds two papers holding the same PMID (compared ignoring case for DOIs)', async () => {
    await plant('clash', `MATCH (p:Paper) WHERE p.id IN $ids SET p.pmid = $pmid`, {
      ids: [nid('b'), nid('c')],
      pmid: '31415926',
    });
    await plant('doiCase', `MATCH (p:Paper {id: $id}) SET p.doi = $doi`, {
      id: nid('e'),
      doi: '10.5555/NET.E',
    });
    const report = await doctor(repo());
    const clash = check(report, 'identifier-clash');
    expect(report.ok).toBe(false);
    expect(clash.count).toBe(1);
    expect(clash.examples).toEqual(['pmid 31415926: net-b, net-c']);
    // One paper with an upper-case DOI is no clash by itself.
    await plant('doiClash', `MATCH (p:Paper {id: $id}) SET p.doi = $doi`, {
      id: nid('h'),
      doi: '10.5555/net.E',
    });
    const both = check(await doctor(repo()), 'identifier-clash');
    expect(both.count).toBe(2);
    expect(both.examples).toContain('doi 10.5555/net.e: net-e, net-h');
    await plant('doiUndo', `MATCH (p:Paper {id: $id}) SET p.doi = $doi`, {
      id: nid('h'),
      doi: '10.5555/net.h',
    });
  });

  it('lists a title-year-first-author duplicate without a shared identifier, and never merges it', async () => {
    const summary = await writeBatch(
      db,
      {
        ...EMPTY,
        papers: [
          {
            doi: '10.5555/dup.one',
            title: 'Peer support for people with severe mental illness: a review',
            year: 2019,
            authors: [{ name: 'Ana Müller-Ruiz' }, { name: 'Bo Chen' }],
          },
          {
            openalexId: 'W4000000001',
            title: 'PEER SUPPORT FOR PEOPLE WITH SEVERE MENTAL ILLNESS — A REVIEW.',
            year: 2019,
            authors: [{ name: 'Muller-Ruiz, A.' }],
          },
          // Same title and first author, another year: not a duplicate.
          {
            doi: '10.5555/dup.other-year',
            title: 'Peer support for people with severe mental illness: a review',
            year: 2021,
            authors: [{ name: 'Ana Müller-Ruiz' }],
          },
          // Same title and year, another first author: not a duplicate.
          {
            doi: '10.5555/dup.other-author',
            title: 'Peer support for people with severe mental illness: a review',
            year: 2019,
            authors: [{ name: 'Bo Chen' }, { name: 'Ana Müller-Ruiz' }],
          },
        ],
      },
      { file: 'duplicates' },
    );
    expect(summary.rejected).toBe(0);
    const dup = check(await doctor(repo()), 'likely-duplicate');
    expect(dup.ok).toBe(false);
    expect(dup.count).toBe(1);
    expect(dup.examples).toHaveLength(1);
    expect(dup.examples[0]).toMatch(/^mullerruiz 2019 "/);
    const ids = await db.read(
      {
        name: 'test.doctor.dupIds',
        text: `MATCH (p:Paper) WHERE p.doi = $doi OR p.openalexId = $oa RETURN p.id AS id ORDER BY id`,
      },
      { doi: '10.5555/dup.one', oa: 'W4000000001' },
    );
    expect(ids).toHaveLength(2);
    expect(dup.examples[0]).toContain(`: ${ids.map((r) => r.id).join(', ')}`);
  });

  it('finds an orphan stub and a fact without sources, not one that has them', async () => {
    // A work seen only nested in another record, whose citing record is not in the graph.
    const stub = await writeBatch(
      db,
      { ...EMPTY, papers: [{ doi: '10.5555/stub', partial: true }] },
      { file: 'stub' },
    );
    expect(stub.rejected).toBe(0);
    await plant(
      'provenance',
      `MATCH (:Paper {id: $a})-[w:CITES]->(:Paper {id: $b}) SET w.sources = $sources
       WITH count(*) AS _
       MATCH (:Paper {id: $c})-[wo:CITES]->(:Paper {id: $d}) REMOVE wo.sources`,
      { a: nid('b'), b: nid('a'), c: nid('c'), d: nid('a'), sources: ['openalex', 'seed'] },
    );
    await plant('emptySources', `MATCH (f:Finding {id: $id}) SET f.sources = $none`, {
      id: 'doctor-finding',
      none: [],
    });
    const report = await doctor(repo(), { examples: 1000 });
    expect(check(report, 'orphan-stub')).toMatchObject({
      ok: false,
      count: 1,
      examples: [expect.stringMatching(/^\S+ \(doi 10\.5555\/stub\)$/)],
    });
    const provenance = check(report, 'missing-provenance');
    expect(provenance.ok).toBe(false);
    expect(provenance.examples).toContain('CITES net-c -> net-a');
    expect(provenance.examples).not.toContain('CITES net-b -> net-a');
    // Everything else the importer wrote has its sources: only the two planted facts lack them.
    expect(provenance.examples).toEqual(['CITES net-c -> net-a', 'Finding doctor-finding']);
  });

  it('finds a float year, a float citation counter and a string tally count', async () => {
    await plant('floatYear', `MATCH (p:Paper {id: $id}) SET p.year = toFloat($year)`, {
      id: nid('h'),
      year: 2015,
    });
    await plant(
      'floatEdge',
      `MATCH (:Paper {id: $citing})-[c:CITES]->(:Paper {id: $cited}) SET c.statementCount = toFloat(c.statementCount)`,
      { citing: nid('f'), cited: nid('a') },
    );
    await plant('stringTally', `MATCH (t:ExternalTally) SET t.statements = toString(t.statements)`);
    const types = check(await doctor(repo()), 'wrong-type');
    expect(types.ok).toBe(false);
    expect(types.count).toBe(3);
    expect(types.examples).toEqual([
      'citation net-f -> net-a statementCount: FLOAT NOT NULL',
      'paper net-h year: FLOAT NOT NULL',
      expect.stringMatching(/^tally .+ statements: STRING NOT NULL$/),
    ]);
  });

  it('--fix repairs the drift and the types only; a second run still reports the rest', async () => {
    const res = await cli('--fix', '--json');
    expect(res.code, res.stderr).toBe(1);
    const fixed = JSON.parse(res.stdout) as DoctorReport;
    expect(fixed.fixed).toEqual({ counters: 2, types: 3 });
    expect(check(fixed, 'counter-drift').ok).toBe(true);
    expect(check(fixed, 'wrong-type').ok).toBe(true);
    expect(await counterDrift(db)).toEqual([]);
    const [row] = await db.read(
      {
        name: 'test.doctor.types',
        text: `MATCH (p:Paper {id: $h}) MATCH (t:ExternalTally)
RETURN p.year AS year, valueType(p.year) AS yearType, t.statements AS statements,
       valueType(t.statements) AS statementsType`,
      },
      { h: nid('h') },
    );
    expect(row).toEqual({
      year: 2015,
      yearType: 'INTEGER NOT NULL',
      statements: 55,
      statementsType: 'INTEGER NOT NULL',
    });

    const again = await doctor(repo());
    expect(again.ok).toBe(false);
    expect(check(again, 'counter-drift').ok).toBe(true);
    expect(check(again, 'wrong-type').ok).toBe(true);
    expect(check(again, 'identifier-clash').count).toBe(1);
    expect(check(again, 'likely-duplicate').count).toBe(1);
    expect(check(again, 'orphan-stub').count).toBe(1);
    expect(check(again, 'missing-provenance').ok).toBe(false);
    // Reported, never merged: both papers of the clash and of the duplicate are still there.
    const [papers] = await db.read(
      {
        name: 'test.doctor.stillThere',
        text: `RETURN COUNT { MATCH (p:Paper) WHERE p.pmid = $pmid } AS clash,
  COUNT { MATCH (p:Paper) WHERE p.doi = $doi OR p.openalexId = $oa } AS dup`,
      },
      { pmid: '31415926', doi: '10.5555/dup.one', oa: 'W4000000001' },
    );
    expect(papers).toEqual({ clash: 2, dup: 2 });
  });

  it('exits 2 on a bad option, naming it', async () => {
    const res = await cli('--examples', 'many');
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('--examples');
  });
});
