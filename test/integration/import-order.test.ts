/**
 * Re-importing and re-ordering: the same set of files gives the same graph in
 * any order, a second run creates nothing, and the denormalised counters
 * always equal a full recount.
 */
import { describe, expect, it } from 'vitest';
import { counterDrift, graphCensus, resetDatabase } from '../helpers/db.js';
import { runImport, TAXONOMY_AND_PAPER_FIXTURES } from '../helpers/cli.js';
import { useDatabase } from '../helpers/suite.js';

const FILES = [...TAXONOMY_AND_PAPER_FIXTURES, 's2-paper.json', 'statements.csv', 'findings.csv'];

const run = runImport;

async function importFiles(files: string[]) {
  const r = await run(['--json', ...files]);
  expect(r.stderr).toBe('');
  return { code: r.code, summary: JSON.parse(r.stdout) };
}

const db = useDatabase();

/** Everything but the generated ids: papers by their identifiers, edges between them. */
async function content() {
  const rows = await db.read({
    name: 'test.content',
    text: `MATCH (p:Paper)
WITH p, coalesce(p.doi, p.openalexId, p.s2Id, p.title) AS key
RETURN key, p.title AS title, p.year AS year,
  [p.citingPaperCount, p.referenceCount, p.statementCount, p.mentioningCount, p.supportingCount] AS counters,
  COLLECT { MATCH (p)-[:CITES]->(q) RETURN coalesce(q.doi, q.openalexId, q.s2Id, q.title) AS k ORDER BY k } AS cites,
  COLLECT { MATCH (a)-[:AUTHORED]->(p) RETURN a.id ORDER BY a.id } AS authors
ORDER BY key`,
  });
  return rows;
}

describe('import: order and repetition', { timeout: 600_000 }, () => {
  it('gives the same graph whatever the order of the files, and a re-run creates nothing', async () => {
    await resetDatabase(db);
    const first = await importFiles(FILES);
    expect(first.code).toBe(3);
    const census = await graphCensus(db);
    const graph = await content();
    expect(await counterDrift(db)).toEqual([]);

    // Sources that disagree (e.g. title or pages of one work) are written again
    // in the same order, so values may be rewritten, but nothing is created.
    const again = await importFiles([...FILES].reverse());
    expect(again.summary).toMatchObject({ read: first.summary.read, created: 0 });
    expect(await graphCensus(db)).toEqual(census);
    expect(await content()).toEqual(graph);

    await resetDatabase(db);
    await importFiles([...FILES].reverse());
    expect(await graphCensus(db)).toEqual(census);
    expect(await content()).toEqual(graph);
    expect(await counterDrift(db)).toEqual([]);
  });

  it('re-importing any file right after itself changes nothing', async () => {
    await resetDatabase(db);
    for (const f of FILES) {
      const first = await importFiles([f]);
      const census = await graphCensus(db);
      const second = await importFiles([f]);
      expect(second.summary, f).toMatchObject({
        read: first.summary.read,
        created: 0,
        updated: 0,
        rejected: first.summary.rejected,
      });
      expect(await graphCensus(db), f).toEqual(census);
    }
    expect(await counterDrift(db)).toEqual([]);
  });
});
