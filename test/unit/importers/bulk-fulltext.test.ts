/**
 * Full text in the bulk load, without a database: a JATS article parsed by the
 * import's parser, gathered in a BulkGraph and written as the offline
 * importer's CSV, keeps each statement's context in the Statement columns
 * `contextBefore` and `contextAfter` (empty, so absent once loaded, when a side
 * is missing), with source `jats`. That the columns load as the writer stores
 * them is checked node for node by test/integration/bulk-load.test.ts.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { POLARITY_VERSION, PURPOSE_VERSION } from '../../../src/classifier/index.js';
import { BulkGraph } from '../../../src/importers/bulk/collect.js';
import { ARRAY_DELIMITER, emitCsv } from '../../../src/importers/bulk/emit.js';
import { parse } from '../../../src/importers/parsers/index.js';

const FIXTURE = new URL('../../fixtures/fulltext-packages/article.nxml', import.meta.url);

describe('bulk load of a JATS article', () => {
  it('writes each statement with its context and source', () => {
    const parsed = parse('jats', readFileSync(FIXTURE, 'utf8'), { file: 'article.nxml' });
    const graph = new BulkGraph();
    graph.add(parsed.batch, 'article.nxml', 'jats');
    expect(graph.rejects).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'eg-bulk-fulltext-'));
    emitCsv(graph, dir);
    const header = parseCsv(readFileSync(join(dir, 'node-Statement.header.csv')))[0] as string[];
    const rows = (parseCsv(readFileSync(join(dir, 'node-Statement.csv'))) as string[][]).map((r) =>
      Object.fromEntries(header.map((h, i) => [h, r[i]])),
    );
    // Sources: the format, and the classifier of the labels JATS does not give (issue 15).
    const classifier = [`classifier@${POLARITY_VERSION}`, `classifier@${PURPOSE_VERSION}`].sort();
    const jats = [...classifier, 'jats'].sort().join(ARRAY_DELIMITER);
    const pick = rows
      .map((r) => [r.section, r.contextBefore, r.contextAfter, r['sources:string[]']])
      .sort();
    // Hand count in the fixture's header: INTRODUCTION 1, METHODS 2, DISCUSSION 1.
    expect(pick).toEqual([
      ['DISCUSSION', '', 'A fixture sentence points at a missing entry 99.', jats],
      [
        'INTRODUCTION',
        'Fixture sentence one opens the paragraph.',
        'Fixture sentence three closes the paragraph.',
        jats,
      ],
      ['METHODS', '', '', jats],
      ['METHODS', '', '', jats],
    ]);
  });
});
