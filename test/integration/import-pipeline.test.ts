/**
 * The import makes the next file ready (parses it again when its parse was not kept, tags its
 * papers and statements) while it writes the current one (src/importers/prefetch.ts). The
 * graph and the summary must be those of writing the files one by one, in the same order; a
 * file whose second parse fails stops the import at that file, named, with the files before
 * it written whole and nothing of it or after it.
 */
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { counterDrift, graphCensus, resetDatabase } from '../helpers/db.js';
import { IMPORT_FIXTURES, TAXONOMY_AND_PAPER_FIXTURES } from '../helpers/cli.js';
import { useDatabase } from '../helpers/suite.js';
import {
  fileSource,
  ImportError,
  prepareImport,
  runImport,
  textSource,
  type ImportSource,
  type ImportSummary,
} from '../../src/importers/run.js';
import { inWriteOrder } from '../../src/importers/sources.js';

const FILES = [...TAXONOMY_AND_PAPER_FIXTURES, 'statements.csv', 'findings.csv'];
const sources = (files: string[]) => files.map((f) => fileSource(join(IMPORT_FIXTURES, f), 'auto'));

/** Statements that name concepts without listing them, so the tagger gives them ABOUT links. */
const UNLISTED = textSource(
  'unlisted-statements.csv',
  `citing_doi,cited_doi,text,section,polarity,purpose,confidence,about
10.1186/s12916-024-03260-y,10.1186/s12888-021-03321-z,Peer support raised hope.,Results,supporting,,,
10.1002/jcop.23090,10.1186/s12888-021-03321-z,Group peer support and depression.,Discussion,,,,
`,
  'auto',
);

const db = useDatabase();
beforeEach(() => resetDatabase(db));

/** Every relationship with its ends and properties, in one order. */
async function edges() {
  const rows = await db.read({
    name: 'test.edges',
    text: `MATCH (a)-[r]->(b)
WITH coalesce(a.doi, a.openalexId, a.title, a.id) AS from, type(r) AS type,
  coalesce(b.doi, b.openalexId, b.title, b.id) AS to, properties(r) AS props
RETURN from, type, to, props`,
  });
  return rows.map((r) => JSON.stringify([r.from, r.type, r.to, r.props])).sort();
}

const tally = (s: ImportSummary) => [
  s.read,
  s.created,
  s.updated,
  s.unchanged,
  s.merged,
  s.rejected,
];

describe('import: the next file is made ready while one is written', { timeout: 600_000 }, () => {
  it('gives the graph and the summary of writing the files one at a time', async () => {
    // Nothing kept: every file after the first is parsed again and tagged beside a write.
    const all = [...sources(FILES), UNLISTED];
    const together = await runImport(db, all, { keepParsedChars: 0 });
    const graph = await edges();
    const census = await graphCensus(db);
    expect(await counterDrift(db)).toEqual([]);
    // The tagger ran on papers (STUDIES, MEASURES) and statements (ABOUT) of later files.
    const tagged = graph.filter((e) => e.includes('"linkSource":"TAGGER"'));
    expect(tagged.filter((e) => e.includes('"ABOUT"')).length).toBeGreaterThan(0);
    expect(tagged.filter((e) => !e.includes('"ABOUT"')).length).toBeGreaterThan(0);

    await resetDatabase(db);
    const order = inWriteOrder((await prepareImport(all)).items);
    const sum = [0, 0, 0, 0, 0, 0];
    for (const item of order) {
      const one = tally(await runImport(db, [item.source]));
      one.forEach((n, i) => (sum[i]! += n));
    }
    expect(tally(together)).toEqual(sum);
    expect(await graphCensus(db)).toEqual(census);
    expect(await edges()).toEqual(graph);
  });

  it('stops at a file whose second parse fails, naming it, with the files before it whole', async () => {
    const files = ['taxonomy.csv', 'openalex-work.json', 'statements.csv', 'findings.csv'];
    const [taxonomy, work, statements, findings] = sources(files) as ImportSource[];
    // The statements file changes between the check and the write: its second read is cut short.
    let reads = 0;
    const changing: ImportSource = {
      ...statements!,
      read: async () => {
        const text = await statements!.read();
        return (reads += 1) === 1 ? text : `${text}"unclosed,quote\n`;
      },
    };
    const err = await runImport(db, [taxonomy!, work!, changing, findings!], {
      keepParsedChars: 0,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect(err).toMatchObject({ file: statements!.name, stage: 'parse' });
    expect(reads).toBe(2);
    const graph = await edges();
    const census = await graphCensus(db);

    await resetDatabase(db);
    await runImport(db, [taxonomy!, work!]);
    expect(await graphCensus(db)).toEqual(census);
    expect(await edges()).toEqual(graph);
    expect(census['node:Statement'] ?? 0).toBe(0);
  });
});
