/**
 * The classifier in the graph (issue 15), on the real Neo4j: importing a JATS
 * article and an S2 citations file leaves no statement UNCLASSIFIED unless its
 * text is empty; each label says who set it (SOURCE, CURATOR, MODEL with its
 * version, `classifier@<version>` in sources); `classify --all` keeps a
 * curator's and a source's label; a new model version relabels only MODEL
 * labels; counters equal a recount after every write; GraphQL filters by label
 * source; and `classify --input/--output` needs no database. The assertions
 * hold for any model: predicted classes are checked only where the test
 * controls the input (a source's label, the stand-in model of another version).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { POLARITY_VERSION, PURPOSE_VERSION } from '../../src/classifier/index.js';
import type { Classification } from '../../src/classifier/index.js';
import type { RecordBatch } from '../../src/domain/import-format.js';
import { writeBatch } from '../../src/importers/writer/index.js';
import { ClassifyRepository } from '../../src/repositories/classify.js';
import { CurationRepository } from '../../src/repositories/curation.js';
import { classifyStored } from '../../src/services/classify.js';
import { runCli, runImport } from '../helpers/cli.js';
import { counterDrift } from '../helpers/db.js';
import { useDatabase, useServer } from '../helpers/suite.js';

const FULLTEXT = fileURLToPath(new URL('../fixtures/fulltext/article.nxml', import.meta.url));
const LYONS = '10.1186/s12888-021-03321-z';
const A = '10.5555/classify.a';
const B = '10.5555/classify.b';

/** Statements a provider labelled, one it left open, one without text, written through the writer. */
const batch = (): RecordBatch => {
  const statement = (text: string, more: object) => ({
    citing: { doi: A },
    cited: { doi: B },
    text,
    section: 'DISCUSSION' as const,
    polarity: 'UNCLASSIFIED' as const,
    purpose: null,
    confidence: null,
    about: [],
    source: 'scite',
    ...more,
  });
  return {
    concepts: [],
    papers: [
      { doi: A, title: 'Classify citing' },
      { doi: B, title: 'Classify cited' },
    ],
    citations: [],
    statements: [
      statement('Our estimate agrees with the cited trial.', {
        polarity: 'SUPPORTING',
        confidence: 0.9,
      }),
      statement('The cited trial used a cluster design.', { purpose: 'METHOD' }),
      statement('A statement the curator will label.', {}),
      statement('   ', {}),
    ],
    findings: [],
    tallies: [],
    inclusions: [],
  };
};

const db = useDatabase(async (d) => {
  expect((await writeBatch(d, batch(), { file: 'classify', source: 'scite' })).rejected).toBe(0);
});
const server = useServer(db);

interface Stored {
  id: string;
  text: string;
  polarity: string;
  polaritySource: string | null;
  polarityVersion: string | null;
  purpose: string | null;
  purposeSource: string | null;
  purposeVersion: string | null;
  confidence: number | null;
  sources: string[];
}

/** Every statement with its labels, in id order (one round trip). */
const statements = async (): Promise<Stored[]> =>
  (
    await db.read({
      name: 'test.classify.statements',
      text: `MATCH (s:Statement) RETURN s {.id, .text, .polarity, .polaritySource, .polarityVersion,
      .purpose, .purposeSource, .purposeVersion, .confidence, .sources} AS s ORDER BY s.id`,
    })
  ).map((r) => r.s as Stored);

const byText = (all: Stored[], text: string) => all.find((s) => s.text === text)!;

/** A stand-in model of another version, so relabelling is visible whatever the shipped one says. */
const otherModel = (): Classification => ({
  polarity: { polarity: 'CONTRASTING', confidence: 0.7, rule: 'test.other', version: 'test-pol@9' },
  purpose: { purpose: 'RESULT', confidence: 0.6, version: 'test-pur@9' },
});

describe('classify: labels at import and over the stored graph', { timeout: 300_000 }, () => {
  it('import labels every statement with text, and each label says who set it', async () => {
    const r = await runImport(['--json', 's2-citations.json', '--paper', LYONS]);
    // The fixture holds one entry without a citing paper: rejected (exit 3), the rest loaded.
    expect(r.code, r.stderr).toBe(3);
    expect(JSON.parse(r.stdout)).toMatchObject({ rejected: 1, created: 8 });
    expect((await runImport(['--json', FULLTEXT])).code).toBe(0);

    const all = await statements();
    expect(all.length).toBeGreaterThan(6);
    for (const s of all) {
      const empty = s.text.trim() === '';
      expect(s.polarity === 'UNCLASSIFIED', s.text).toBe(empty);
      expect(s.purpose === null, s.text).toBe(empty);
      if (empty) {
        expect(s).toMatchObject({ polaritySource: null, purposeSource: null });
        expect(s.sources.some((x) => x.startsWith('classifier@'))).toBe(false);
      }
    }
    // The provider's polarity and confidence are SOURCE; the model filled its missing purpose.
    expect(byText(all, 'Our estimate agrees with the cited trial.')).toMatchObject({
      polarity: 'SUPPORTING',
      polaritySource: 'SOURCE',
      polarityVersion: null,
      confidence: 0.9,
      purposeSource: 'MODEL',
      purposeVersion: PURPOSE_VERSION,
      sources: [`classifier@${PURPOSE_VERSION}`, 'scite'].sort(),
    });
    // A provider's class (S2 intents, here the statements' purpose) is SOURCE too.
    expect(byText(all, 'The cited trial used a cluster design.')).toMatchObject({
      purpose: 'METHOD',
      purposeSource: 'SOURCE',
      polaritySource: 'MODEL',
      polarityVersion: POLARITY_VERSION,
    });
    const s2 = all.filter((s) => s.sources.includes('s2'));
    const jats = all.filter((s) => s.sources.includes('jats'));
    expect(s2.length).toBeGreaterThan(0);
    expect(jats.length).toBeGreaterThan(0);
    for (const s of [...s2, ...jats]) {
      expect(s.polaritySource).toBe('MODEL');
      expect(s.polarityVersion).toBe(POLARITY_VERSION);
      expect(s.sources).toContain(`classifier@${POLARITY_VERSION}`);
      expect(s.confidence).toBeGreaterThanOrEqual(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
    }
    // S2 gave intents: those purposes are the source's, not the model's.
    expect(s2.some((s) => s.purposeSource === 'SOURCE' && s.purposeVersion === null)).toBe(true);
    expect(await counterDrift(db)).toEqual([]);
  });

  it('GraphQL answers the label sources and the classification, and filters by them', async () => {
    const res = await server.gql(
      `query ($b: ID!) {
        source: statements(where: { polaritySource: [SOURCE] }, first: 100) { totalCount edges { node { text polaritySource classification { rule polarityVersion purposeVersion purposeConfidence } } } }
        model: statements(where: { polaritySource: [MODEL], purposeSource: [SOURCE] }, first: 100) { totalCount edges { node { polaritySource purposeSource classification { polarityConfidence polarityVersion purposeVersion } } } }
        sure: statements(where: { minConfidence: 0.85 }, first: 100) { totalCount }
        cited: paper(id: $b) { citations(where: { polaritySource: [SOURCE] }) { totalCount } }
      }`,
      {
        b: (
          await db.read(
            { name: 'test.b', text: 'MATCH (p:Paper {doi: $doi}) RETURN p.id AS id' },
            { doi: B },
          )
        )[0]!.id,
      },
    );
    expect(res.errors).toBeUndefined();
    const data = res.data as any;
    expect(data.source.totalCount).toBe(1);
    expect(data.source.edges[0].node).toEqual({
      text: 'Our estimate agrees with the cited trial.',
      polaritySource: 'SOURCE',
      classification: {
        rule: null,
        polarityVersion: null,
        purposeVersion: PURPOSE_VERSION,
        purposeConfidence: expect.any(Number),
      },
    });
    expect(data.model.totalCount).toBeGreaterThan(1);
    for (const { node } of data.model.edges)
      expect(node).toMatchObject({
        polaritySource: 'MODEL',
        purposeSource: 'SOURCE',
        classification: { polarityVersion: POLARITY_VERSION, purposeVersion: null },
      });
    // minConfidence reads the polarity's confidence, the source's 0.9 included.
    expect(data.sure.totalCount).toBeGreaterThanOrEqual(1);
    expect(data.cited.citations.totalCount).toBe(1);
  });

  it('classify --all keeps curator and source labels; another model version relabels only MODEL labels', async () => {
    const curated = byText(await statements(), 'A statement the curator will label.');
    await new CurationRepository(db, { roundTrips: 0, queries: [] }).updateStatement(
      { id: 'curator-1', role: 'curator' },
      curated.id,
      { polarity: 'CONTRASTING' },
    );

    const run = await runCli(['classify', '--all', '--json']);
    expect(run.code, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary).toMatchObject({ scope: 'all', versions: { polarity: POLARITY_VERSION } });
    // Same model, same labels: a re-run changes nothing (idempotent).
    expect(summary.relabelled).toBe(0);

    const other = await classifyStored(new ClassifyRepository(db), {
      scope: 'all',
      classifier: otherModel,
      batchSize: 3,
    });
    expect(other.relabelled).toBeGreaterThan(0);
    // Pages in id order: the last id done is the greatest with text, and resuming after it finds nothing.
    const withText = (await statements()).filter((s) => s.text.trim() !== '').map((s) => s.id);
    expect(other.lastId).toBe(withText.sort().at(-1));
    const resumed = await classifyStored(new ClassifyRepository(db), {
      scope: 'all',
      classifier: otherModel,
      after: other.lastId!,
    });
    expect(resumed).toMatchObject({ visited: 0, relabelled: 0, lastId: null });
    const after = await statements();
    const source = byText(after, 'Our estimate agrees with the cited trial.');
    expect(source).toMatchObject({
      polarity: 'SUPPORTING',
      polaritySource: 'SOURCE',
      confidence: 0.9,
    });
    expect(source).toMatchObject({ purpose: 'RESULT', purposeVersion: 'test-pur@9' });
    expect(source.sources).toEqual(['classifier@test-pur@9', 'scite']);
    const cur = byText(after, 'A statement the curator will label.');
    expect(cur).toMatchObject({
      polarity: 'CONTRASTING',
      polaritySource: 'CURATOR',
      polarityVersion: null,
    });
    expect(cur.sources).toContain('curated');
    expect(cur.sources).toContain('classifier@test-pur@9');
    for (const s of after.filter((x) => x.polaritySource === 'MODEL'))
      expect(s).toMatchObject({ polarity: 'CONTRASTING', polarityVersion: 'test-pol@9' });
    expect(after.filter((s) => s.polaritySource === 'MODEL').length).toBeGreaterThan(3);
    for (const s of after) expect(s.sources.join()).not.toContain(POLARITY_VERSION);
    expect(await counterDrift(db)).toEqual([]);

    // The explorer's dashed edges: a dominant polarity resting on MODEL labels only.
    const ids = await db.read(
      { name: 'test.classify.ids', text: 'MATCH (p:Paper) WHERE p.doi IN $dois RETURN p.id AS id' },
      { dois: [B, LYONS] },
    );
    const net = await server.gql(
      `query ($seeds: [ID!]!) { citationNetwork(seeds: $seeds, depth: 1, direction: IN) {
        edges { target dominantPolarity modelPolarity } } }`,
      { seeds: ids.map((r) => r.id) },
    );
    expect(net.errors).toBeUndefined();
    const edges = (net.data as any).citationNetwork.edges as any[];
    // A→B: CONTRASTING twice, once the curator's: not model-made only.
    expect(edges.filter((e) => e.modelPolarity === false).length).toBeGreaterThanOrEqual(1);
    // S2 citations of Lyons: every polarity is the stand-in model's CONTRASTING.
    const s2Edges = edges.filter((e) => e.modelPolarity === true);
    expect(s2Edges.length).toBeGreaterThan(0);
    for (const e of s2Edges) expect(e.dominantPolarity).toBe('CONTRASTING');

    // --model-version redoes that version's labels with the shipped model, and nothing else.
    const back = await runCli(['classify', '--model-version', 'test-pol@9', '--json']);
    expect(back.code, back.stderr).toBe(0);
    expect(JSON.parse(back.stdout).relabelled).toBe(
      after.filter((s) => s.polarityVersion === 'test-pol@9').length,
    );
    const final = await statements();
    expect(final.filter((s) => s.polarityVersion === 'test-pol@9')).toEqual([]);
    expect(byText(final, 'A statement the curator will label.').polarity).toBe('CONTRASTING');
    expect(byText(final, 'Our estimate agrees with the cited trial.').polarity).toBe('SUPPORTING');
    expect(await counterDrift(db)).toEqual([]);

    // Nothing is left unlabelled but the empty text, which --unclassified never visits.
    const rest = JSON.parse((await runCli(['classify', '--json'])).stdout);
    expect(rest).toMatchObject({ scope: 'unclassified', visited: 0, relabelled: 0 });
  });

  it('classify --input/--output predicts each good line with no database, and names the bad ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'classify-'));
    const input = join(dir, 'statements.jsonl');
    writeFileSync(
      input,
      [
        JSON.stringify({
          id: 'a',
          text: 'Our result is consistent with [1].',
          section: 'DISCUSSION',
        }),
        '{not json',
        '',
        JSON.stringify({ id: 2, text: 'We used the method of [2].', section: 'METHODS', extra: 1 }),
        JSON.stringify({ id: 'c', text: 'x', section: 'ABSTRACT' }),
      ].join('\n'),
    );
    const output = join(dir, 'predictions.jsonl');
    const r = await runCli(['classify', '--input', input, '--output', output, '--json'], dir, {
      NEO4J_URI: undefined,
      BOLT_PORT: '1',
    });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`${input}:2: not valid JSON`);
    expect(r.stderr).toContain(`${input}:5: "section" must be one of`);
    expect(JSON.parse(r.stdout)).toMatchObject({ read: 4, predicted: 2, rejected: 2 });
    const lines = readFileSync(output, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 2]);
    for (const l of lines) {
      expect(Object.keys(l)).toEqual(
        expect.arrayContaining([
          'purpose',
          'purposeConfidence',
          'polarity',
          'polarityConfidence',
          'rule',
        ]),
      );
      expect(['BACKGROUND', 'METHOD', 'RESULT']).toContain(l.purpose);
      expect(['SUPPORTING', 'CONTRASTING', 'MENTIONING']).toContain(l.polarity);
    }
    expect(lines[1].extra).toBe(1);

    const usage = await runCli(['classify', '--input', input, '--all'], dir, {
      NEO4J_URI: undefined,
    });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--input');
  });
});
