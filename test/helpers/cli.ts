/**
 * Runs the real `evidence-graph` bin as a child process against this worker's test
 * database, as a user would, and hands back its exit code and output. One home for
 * what the import tests used to restate each in their own file.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { neo4jUri } from './db.js';

export const BIN = fileURLToPath(new URL('../../bin/evidence-graph.js', import.meta.url));
export const IMPORT_FIXTURES = fileURLToPath(new URL('../fixtures/import/', import.meta.url));

/** The taxonomy and the paper files of the import fixtures, which the statements and findings CSVs name. */
export const TAXONOMY_AND_PAPER_FIXTURES = [
  'taxonomy.csv',
  'openalex-work.json',
  'openalex-list.json',
  'openalex-snapshot.jsonl',
  'crossref-work.json',
  'crossref-items.json',
  'refs.bib',
  'refs.ris',
  'refs.csl.json',
];

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `evidence-graph <args>` in `cwd` (the import fixtures by default), on the test database. */
export function runCli(args: string[], cwd = IMPORT_FIXTURES): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd, env: { ...process.env, NEO4J_URI: neo4jUri() } },
      (err, stdout, stderr) => resolve({ code: err ? (err.code as number) : 0, stdout, stderr }),
    );
  });
}

/** `evidence-graph import <args>` in the import fixtures folder. */
export const runImport = (args: string[]): Promise<CliResult> => runCli(['import', ...args]);
