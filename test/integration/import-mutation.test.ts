/**
 * Mutation.importRecords over HTTP: the same code path as the CLI, so a small
 * BibTeX upload gives the same summary and graph as `evidence-graph import`;
 * oversized or unparseable content is BAD_USER_INPUT.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AuthConfig } from '../../src/config.js';
import { graphCensus, neo4jUri, resetDatabase } from '../helpers/db.js';
import { useDatabase, useServer } from '../helpers/suite.js';

const BIN = fileURLToPath(new URL('../../bin/evidence-graph.js', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/import/', import.meta.url));
const IMPORT = `mutation ($format: ImportFormat!, $content: String!, $paper: String, $dryRun: Boolean) {
  importRecords(format: $format, content: $content, paper: $paper, dryRun: $dryRun) {
    read created updated unchanged merged rejected rejects { line index field reason raw }
    references { read edges duplicates selfCitations rejected withoutId }
  }
}`;

function cli(...args: string[]): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, 'import', '--json', ...args],
      { cwd: FIXTURES, env: { ...process.env, NEO4J_URI: neo4jUri() } },
      (err, stdout) => resolve({ code: err ? (err.code as number) : 0, stdout }),
    );
  });
}

const CURATOR = { 'x-api-key': 'import-curator-key-0123456789' };
const READER = { 'x-api-key': 'import-reader-key-0123456789' };
const auth: AuthConfig = {
  jwtSecret: null,
  jwksUrl: null,
  issuer: null,
  audience: null,
  apiKeys: [
    { key: CURATOR['x-api-key'], user: 'import-curator', role: 'curator' },
    { key: READER['x-api-key'], user: 'import-reader', role: 'reader' },
  ],
  anonymousRead: true,
};

const db = useDatabase();
const server = useServer(db, { auth });

describe('Mutation.importRecords', { timeout: 600_000 }, () => {
  it('imports a BibTeX upload exactly as the CLI imports the file', async () => {
    await resetDatabase(db);
    const content = readFileSync(`${FIXTURES}refs.bib`, 'utf8');
    const res = await server.gql<any>(IMPORT, { format: 'BIBTEX', content }, CURATOR);
    expect(res.errors).toBeUndefined();
    const result = res.data.importRecords;
    expect(result).toMatchObject({ read: 6, created: 3, rejected: 3 });
    expect(result.rejects.map((r: any) => [r.line, r.field])).toEqual([
      [35, 'doi'],
      [41, null],
      [45, 'title'],
    ]);
    expect(result.rejects[0].raw).toContain('fixture-baddoi');
    const viaApi = await graphCensus(db);

    await resetDatabase(db);
    const r = await cli('refs.bib');
    expect(r.code).toBe(3);
    const { seconds: _s, ...summary } = JSON.parse(r.stdout);
    const { rejects: _r, ...apiSummary } = result;
    expect(summary).toEqual(apiSummary);
    expect(await graphCensus(db)).toEqual(viaApi);

    const again = await server.gql<any>(IMPORT, { format: 'AUTO', content }, CURATOR);
    expect(again.data.importRecords).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
  });

  it('answers BAD_USER_INPUT for unparseable, oversized or anchorless content, writing nothing', async () => {
    await resetDatabase(db);
    const before = await graphCensus(db);
    const cases = [
      { format: 'CROSSREF', content: readFileSync(`${FIXTURES}truncated.json`, 'utf8') },
      { format: 'RIS', content: 'TY  - JOUR\n'.padEnd(600_000, ' ') },
      { format: 'S2', content: readFileSync(`${FIXTURES}s2-citations.json`, 'utf8') },
    ];
    for (const variables of cases) {
      const res = await server.gql(IMPORT, variables, CURATOR);
      expect(res.errors?.[0]?.extensions?.code, variables.format).toBe('BAD_USER_INPUT');
    }
    expect(await graphCensus(db)).toEqual(before);
  });

  it('is for curators only: anonymous callers and readers are refused', async () => {
    const content = readFileSync(`${FIXTURES}refs.bib`, 'utf8');
    const anonymous = await server.gql(IMPORT, { format: 'BIBTEX', content });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const reader = await server.gql(IMPORT, { format: 'BIBTEX', content }, READER);
    expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('resolves --paper for a Semantic Scholar citations upload', async () => {
    const content = readFileSync(`${FIXTURES}s2-citations.json`, 'utf8');
    const res = await server.gql<any>(
      IMPORT,
      {
        format: 'S2',
        content,
        paper: 'https://doi.org/10.1186/s12888-021-03321-z',
      },
      CURATOR,
    );
    expect(res.data.importRecords).toMatchObject({ read: 3, rejected: 1 });
    const rows = await db.read({
      name: 't',
      text: `MATCH (:Paper {doi: '10.1186/s12888-021-03321-z'})<-[:REFERS_TO]-(s:Statement) RETURN count(s) AS n`,
    });
    expect(rows[0]!.n).toBe(3);
  });
});
