import { describe, expect, it } from 'vitest';
import { CHUNK_SIZE } from '../../../src/exporters/serialisers/chunks.js';
import { csvEdges, csvNodes } from '../../../src/exporters/serialisers/csv.js';
import { cytoscapeJson } from '../../../src/exporters/serialisers/cytoscape.js';
import { gexf } from '../../../src/exporters/serialisers/gexf.js';
import { graphml } from '../../../src/exporters/serialisers/graphml.js';
import type { NetworkEdge, NetworkNode } from '../../../src/exporters/serialisers/model.js';

const NODES = 200_000;
const EDGES = 20_000;
// No single node or edge of this test's network is anywhere near this long.
const LONGEST_RECORD = 2_000;

/** Counts what a source has handed out, and whether it has finished. */
class Tap {
  pulled = 0;
  done = false;
}

async function* nodes(count: number, tap: Tap): AsyncGenerator<NetworkNode> {
  for (let i = 0; i < count; i++) {
    tap.pulled++;
    yield {
      id: `n${i}`,
      doi: `10.1000/${i}`,
      title: `Paper ${i} & friends`,
      year: 1990 + (i % 30),
      venue: i % 2 ? 'BMJ' : null,
      publicationTypes: ['JournalArticle'],
      citingPaperCount: i % 97,
      interventions: ['CBT'],
      outcomes: ['Anxiety', 'Depression'],
      depth: i % 3,
      score: i / NODES,
    };
  }
  tap.done = true;
}

async function* edges(count: number, tap: Tap, nodeTap: Tap): AsyncGenerator<NetworkEdge> {
  for (let i = 0; i < count; i++) {
    // Every format writes nodes first, so no edge may be asked for before they are all read.
    if (!nodeTap.done) throw new Error('edges read before all nodes');
    tap.pulled++;
    yield {
      source: `n${i}`,
      target: `n${(i * 7919) % NODES}`,
      statementCount: i % 5,
      supporting: i % 2,
      mentioning: i % 3,
      contrasting: i % 5 === 0 ? 1 : 0,
      unclassified: 0,
      dominantPolarity: 'MENTIONING',
      weight: Math.max(1, i % 5),
      sources: ['openalex'],
      verified: i % 11 !== 0,
      note: i % 11 === 0 ? 'flagged' : null,
    };
  }
  tap.done = true;
}

type Serialise = (
  n: AsyncIterable<NetworkNode>,
  e: AsyncIterable<NetworkEdge>,
) => AsyncGenerator<string>;

const FORMATS: Array<[string, Serialise, RegExp, RegExp]> = [
  ['graphml', graphml, /<node /g, /<edge /g],
  ['gexf', gexf, /<node /g, /<edge /g],
  ['cytoscapeJson', cytoscapeJson, /"data":\{"id":"n/g, /"data":\{"id":"e/g],
  ['csv', (n, e) => concat(csvNodes(n), csvEdges(e)), /^n\d+,Paper/gm, /^n\d+,n\d+,/gm],
];

async function* concat(...parts: AsyncIterable<string>[]): AsyncGenerator<string> {
  for (const part of parts) yield* part;
}

describe.each(FORMATS)('%s on a 200k-node, 20k-edge stream', (_name, serialise, nodeRe, edgeRe) => {
  it('reads its input lazily and yields bounded chunks, never the whole document', async () => {
    const nodeTap = new Tap();
    const edgeTap = new Tap();
    let chunks = 0;
    let bytes = 0;
    let largest = 0;
    let nodeCount = 0;
    let edgeCount = 0;
    for await (const chunk of serialise(nodes(NODES, nodeTap), edges(EDGES, edgeTap, nodeTap))) {
      // When the first chunk arrives, only about a chunk's worth of input has been read.
      if (chunks === 0) expect(nodeTap.pulled).toBeLessThan(CHUNK_SIZE / 50);
      chunks++;
      bytes += Buffer.byteLength(chunk);
      largest = Math.max(largest, chunk.length);
      // Records are never split across chunks, so counting per chunk is exact.
      nodeCount += chunk.match(nodeRe)?.length ?? 0;
      edgeCount += chunk.match(edgeRe)?.length ?? 0;
    }
    expect([nodeTap.pulled, edgeTap.pulled, nodeTap.done, edgeTap.done]).toEqual([
      NODES,
      EDGES,
      true,
      true,
    ]);
    expect([nodeCount, edgeCount]).toEqual([NODES, EDGES]);
    expect(largest).toBeLessThanOrEqual(CHUNK_SIZE + LONGEST_RECORD);
    expect(chunks).toBeGreaterThanOrEqual(Math.floor(bytes / (CHUNK_SIZE + LONGEST_RECORD)));
  }, 20_000);
});
