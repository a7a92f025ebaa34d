import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvEdges, csvNodes } from '../../../src/exporters/serialisers/csv.js';
import { EDGES, FLAG_NOTE, LIST_FIELDS, NODES, collect, withoutAbsent } from './network.js';

// CSV has no types: the test says which columns are numbers. Empty fields are absent.
const NUMBER_FIELDS = new Set([
  'year',
  'citingPaperCount',
  'depth',
  'score',
  'supporting',
  'mentioning',
  'contrasting',
  'unclassified',
  'statementCount',
  'weight',
]);

function typed(row: Record<string, string>): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [name, text] of Object.entries(row)) {
    if (LIST_FIELDS.has(name)) record[name] = text === '' ? [] : text.split('|');
    else if (text === '') continue;
    else if (name === 'verified') record[name] = text === 'true';
    else record[name] = NUMBER_FIELDS.has(name) ? Number(text) : text;
  }
  return record;
}

async function read(chunks: AsyncIterable<string>) {
  const text = (await collect(chunks)).join('');
  // Strict column count: a row with a badly quoted field would have too many columns and throw.
  const rows: string[][] = parse(text, { relax_column_count: false });
  const records: Record<string, string>[] = parse(text, { columns: true });
  return { text, header: rows[0], records: records.map(typed) };
}

describe('csvNodes', () => {
  it('has a header row of id and the attribute names', async () => {
    const { header } = await read(csvNodes(NODES));
    expect(header).toEqual([
      'id',
      'title',
      'year',
      'doi',
      'venue',
      'publicationTypes',
      'citingPaperCount',
      'interventions',
      'outcomes',
      'depth',
      'score',
    ]);
  });

  it('round-trips every node attribute exactly, quoting commas, quotes and line breaks', async () => {
    const { text, records } = await read(csvNodes(NODES));
    expect(records).toEqual(NODES.map(withoutAbsent));
    expect(text).toContain(`"CBT & ""usual care"" <vs> waitlist: it's\u0007 complicated"`);
    expect(text).toContain('"Line one,\nline two\twith a tab"');
    expect(text).toContain('"BMJ, Open"');
  });
});

describe('csvEdges', () => {
  it('has a header row of source, target and the attribute names', async () => {
    const { header } = await read(csvEdges(EDGES));
    expect(header).toEqual([
      'source',
      'target',
      'supporting',
      'mentioning',
      'contrasting',
      'unclassified',
      'statementCount',
      'dominantPolarity',
      'weight',
      'sources',
      'verified',
      'note',
    ]);
  });

  it('carries the sources of each citation as one column, joined with |', async () => {
    const text = (await collect(csvEdges(EDGES))).join('');
    expect(text).toContain(',CONTRASTING,4,openalex,true,\r\n');
    expect(text.split('\r\n')[1]).toBe('n1,n2,3,1,0,0,4,SUPPORTING,4,crossref|seed,true,');
    const { records } = await read(csvEdges(EDGES));
    expect(records[0]).toMatchObject({ sources: ['crossref', 'seed'] });
  });

  it('round-trips every edge attribute, including a contrasting edge', async () => {
    const { records } = await read(csvEdges(EDGES));
    expect(records).toEqual(EDGES.map(withoutAbsent));
    expect(records[1]).toMatchObject({ contrasting: 2, dominantPolarity: 'CONTRASTING' });
  });

  it('says which citations are flagged, with the note, after the sources', async () => {
    const text = (await collect(csvEdges(EDGES))).join('');
    expect(text.split('\r\n')[3]).toBe(
      `n3,doi:10.1/x&y,0,0,0,0,0,,1,"",false,"Not in the citing paper's ""reference"" list, <checked> & co"`,
    );
    const { records } = await read(csvEdges(EDGES));
    expect(records.map((r) => r.verified)).toEqual([true, true, false, true, true]);
    expect(records[2]).toMatchObject({ verified: false, note: FLAG_NOTE });
    expect(records[0]).not.toHaveProperty('note');
  });

  it('writes only the header for no edges', async () => {
    expect((await collect(csvEdges([]))).join('')).toBe(
      'source,target,supporting,mentioning,contrasting,unclassified,statementCount,dominantPolarity,weight,sources,verified,note\r\n',
    );
  });
});
