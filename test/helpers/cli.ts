/**
 * Runs `evidence-graph <args>` against this worker's test database and hands back
 * its exit code and output. One home for what the import tests used to restate
 * each in their own file.
 *
 * The command runs in this process, through the same `run` the bin calls, with
 * stdout, stderr, the working directory and NEO4J_URI redirected for the call:
 * a child process per command cost about a second of CPU in loading alone, and
 * the suite runs a hundred. The bin itself runs as a child process in the tests
 * that need a real process: cli-help (the help and usage-error lines the README
 * promises), import-mutation, import-kill and lifecycle.
 */
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { run } from '../../src/cli/index.js';
import { neo4jUri } from './db.js';

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

/** Environment variables for one command; `undefined` unsets one. */
export type CliEnv = Record<string, string | undefined>;

let queue: Promise<unknown> = Promise.resolve();

/**
 * `evidence-graph <args>` in `cwd` (the import fixtures by default), on the test
 * database, in this process. Calls run one at a time: they share the process's
 * streams, working directory and environment.
 */
export function runCli(
  args: string[],
  cwd = IMPORT_FIXTURES,
  env: CliEnv = {},
): Promise<CliResult> {
  const result = queue.then(() => runInProcess(args, cwd, env));
  queue = result.catch(() => undefined);
  return result;
}

type Write = typeof process.stdout.write;

async function runInProcess(args: string[], cwd: string, env: CliEnv): Promise<CliResult> {
  const out = { stdout: '', stderr: '' };
  const capture = (key: keyof typeof out): Write =>
    ((chunk: string | Uint8Array, encoding?: unknown, callback?: unknown) => {
      out[key] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      const done = typeof encoding === 'function' ? encoding : callback;
      if (typeof done === 'function') queueMicrotask(() => (done as () => void)());
      return true;
    }) as Write;
  const line =
    (key: keyof typeof out) =>
    (...values: unknown[]) => {
      out[key] += `${format(...values)}\n`;
    };
  const saved = {
    cwd: process.cwd(),
    stdout: process.stdout.write,
    stderr: process.stderr.write,
    console: { log: console.log, info: console.info, warn: console.warn, error: console.error },
    env: Object.fromEntries(
      Object.keys({ NEO4J_URI: '', ...env }).map((k) => [k, process.env[k]] as const),
    ),
  };
  // A caller that names NEO4J_URI (the unit tests, which have no database) keeps it.
  const uri = 'NEO4J_URI' in env ? env.NEO4J_URI : neo4jUri();
  for (const [k, v] of Object.entries({ ...env, NEO4J_URI: uri })) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  process.chdir(cwd);
  process.stdout.write = capture('stdout');
  process.stderr.write = capture('stderr');
  Object.assign(console, {
    log: line('stdout'),
    info: line('stdout'),
    warn: line('stderr'),
    error: line('stderr'),
  });
  try {
    const code = await run(args, {
      serve: () => Promise.reject(new Error('runCli does not start the server; spawn the bin')),
    });
    return { code, ...out };
  } finally {
    Object.assign(console, saved.console);
    process.stdout.write = saved.stdout;
    process.stderr.write = saved.stderr;
    process.chdir(saved.cwd);
    for (const [k, v] of Object.entries(saved.env)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/** `evidence-graph import <args>` in the import fixtures folder. */
export const runImport = (args: string[]): Promise<CliResult> => runCli(['import', ...args]);
