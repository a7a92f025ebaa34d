/**
 * Fuzzing (bounded, loopback only): 5,000 mutated GraphQL operations sent over
 * HTTP and 5,000 mutated import lines through the parsers. Every response is
 * JSON with either data or typed errors; nothing is masked as an internal
 * error; the parsers only ever raise ParseError.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/importers/parsers/index.js';
import { ParseError } from '../../src/importers/parsers/errors.js';
import type { Format } from '../../src/importers/parsers/formats.js';
import { loadSeed } from '../../seed/load.js';
import { mutate, pick, prng } from '../helpers/random.js';
import { useSeededService } from '../helpers/suite.js';

const { server } = useSeededService(loadSeed);

const CORPUS = [
  `{ paper(doi: "10.1186/s12888-021-03321-z") { title year authors { name } tally { citingPapers statements } } }`,
  `{ paper(id: "lyons-2021") { citations(first: 5, where: { polarity: [MENTIONING], section: [DISCUSSION], minConfidence: 0.5 }) { totalCount edges { cursor node { title } statements { text about { id name } } } pageInfo { endCursor } } } }`,
  `{ papers(first: 10, where: { interventions: ["group-peer-support"], yearFrom: 2000 }, orderBy: { field: YEAR, direction: ASC }) { totalCount edges { node { id title } } } }`,
  `{ statements(where: { cited: "lyons-2021", polarity: [MENTIONING] }, search: "peer support", first: 3) { totalCount edges { node { text citing { id } } } } }`,
  `{ search(text: "recovery hope", first: 5) { edges { score node { __typename ... on Paper { title } ... on Statement { text } } } } }`,
  `{ interventionTypes { id name parent { id } children { id } } outcomes(domain: CLINICAL) { id } }`,
  `query Q($id: ID, $n: Int, $after: String) { paper(id: $id) { references(first: $n, after: $after) { totalCount } findings { estimate k } } }`,
];

const ALLOWED = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'OPERATION_RESOLUTION_FAILURE',
  'PAYLOAD_TOO_LARGE',
]);

function randomVariables(rand: () => number): unknown {
  return pick(rand, [
    {},
    { id: 'lyons-2021', n: 3 },
    {
      id: pick(rand, ['', ' ', 'x'.repeat(300), 'a/b', null, 5]),
      n: pick(rand, [-1, 0, 1e9, 2.5, 'x', null]),
    },
    { after: pick(rand, ['', 'garbage', 'cmVmZXJlbmNlczox', null, 12]) },
    pick(rand, [[], 'str', 42, null]),
  ]);
}

describe('fuzzing', () => {
  it('answers 5,000 mutated operations with data or typed errors, never an internal error', async () => {
    const rand = prng(20261121);
    const cases = Array.from({ length: 5000 }, () => {
      let doc = pick(rand, CORPUS);
      const edits = 1 + Math.floor(rand() * 3);
      for (let i = 0; i < edits; i++) doc = mutate(rand, doc);
      return { query: doc, variables: randomVariables(rand) };
    });
    const failures: unknown[] = [];
    let typedErrors = 0;
    let next = 0;
    const worker = async () => {
      while (next < cases.length) {
        const c = cases[next++]!;
        const res = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(c),
        });
        const text = await res.text();
        let body: {
          data?: unknown;
          errors?: { message: string; extensions?: { code?: string } }[];
        };
        try {
          body = JSON.parse(text);
        } catch {
          failures.push({ c, status: res.status, text: text.slice(0, 200) });
          continue;
        }
        const untyped = (body.errors ?? []).filter((e) => !ALLOWED.has(e.extensions?.code ?? ''));
        if (
          untyped.length > 0 ||
          /\bMATCH\b|Neo4j|\.ts:\d+|at async/.test(text) ||
          (!body.errors && body.data === undefined)
        ) {
          failures.push({ c, status: res.status, errors: body.errors });
        }
        if (body.errors) typedErrors += 1;
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    expect(failures.slice(0, 5)).toEqual([]);
    expect(typedErrors).toBeGreaterThan(1000);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  }, 600_000);

  it('parses 5,000 mutated import lines without crashing', () => {
    const dir = join(import.meta.dirname, '..', 'fixtures', 'import');
    const sources: [Format, string, string][] = [
      ['statements-csv', 'statements.csv', readFileSync(join(dir, 'statements.csv'), 'utf8')],
      ['findings-csv', 'findings.csv', readFileSync(join(dir, 'findings.csv'), 'utf8')],
      ['taxonomy-csv', 'taxonomy.csv', readFileSync(join(dir, 'taxonomy.csv'), 'utf8')],
      ['openalex', 'snapshot.jsonl', readFileSync(join(dir, 'openalex-snapshot.jsonl'), 'utf8')],
      ['ris', 'refs.ris', readFileSync(join(dir, 'refs.ris'), 'utf8')],
      ['bibtex', 'refs.bib', readFileSync(join(dir, 'refs.bib'), 'utf8')],
    ];
    const rand = prng(7);
    const crashes: unknown[] = [];
    let outcomes = 0;
    for (let i = 0; i < 5000; i++) {
      const [format, file, text] = pick(rand, sources);
      const lines = text.split('\n');
      const at = 1 + Math.floor(rand() * Math.max(1, lines.length - 1)); // keep CSV headers intact mostly
      lines[at] = mutate(rand, lines[at] ?? '');
      try {
        const result = parse(format, lines.join('\n'), { file });
        outcomes += result.rejects.length + result.read > 0 ? 1 : 0;
      } catch (error) {
        if (!(error instanceof ParseError))
          crashes.push({ format, line: at, error: String(error) });
        else outcomes += 1;
      }
    }
    expect(crashes.slice(0, 5)).toEqual([]);
    expect(outcomes).toBeGreaterThan(4000);
  });
});
