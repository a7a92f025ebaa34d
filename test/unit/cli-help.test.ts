/**
 * Help, --version and usage errors: the paths that need no database. The lines the README
 * promises of the real bin (`--help`, `-h`, `help`, `import --help`, `import -h`, `--version`,
 * an unknown option and an unknown command) run it as a child process, side by side; each
 * such run starts Node with the tsx loader, about a second of CPU. Every other case runs the
 * same `run` in this process (test/helpers/cli.ts), which the child runs too: the first test
 * checks that both print the same.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { runCli, type CliResult } from '../helpers/cli.js';

const BIN = new URL('../../bin/evidence-graph.js', import.meta.url).pathname;
const VERSION = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;
const exec = promisify(execFile);
// No reachable database and a data dir nobody uses: a path that wrongly reached one would fail.
const NO_DATABASE = {
  NEO4J_URI: 'bolt://127.0.0.1:1',
  DATA_DIR: '/nonexistent/evidence-graph-cli-test',
};

/** The bin as a child process. */
async function spawned(...args: string[]): Promise<CliResult> {
  const env = { PATH: process.env.PATH ?? '', DATA_DIR: NO_DATABASE.DATA_DIR };
  try {
    const { stdout, stderr } = await exec(process.execPath, [BIN, ...args], {
      env,
      timeout: 20_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error: any) {
    return { code: error.code ?? -1, stdout: error.stdout ?? '', stderr: error.stderr ?? '' };
  }
}

/** The same command line in this process. */
const cli = (...args: string[]): Promise<CliResult> => runCli(args, process.cwd(), NO_DATABASE);

const COMMANDS = buildProgram({ serve: async () => undefined })
  .program.commands.map((c) => c.name())
  .filter((name) => name !== 'help');

describe('evidence-graph help', { timeout: 60_000 }, () => {
  it('--help, -h and help list every command and exit 0', async () => {
    const runs = await Promise.all([spawned('--help'), spawned('-h'), spawned('help')]);
    for (const r of runs) {
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^Usage: evidence-graph /);
      for (const name of [...COMMANDS, 'help'])
        expect(r.stdout).toMatch(new RegExp(`\\n  ${name}\\b`));
      expect(r.stderr).toBe('');
    }
    expect(runs[1]!.stdout).toBe(runs[0]!.stdout);
    // What runs in this process below is what the bin runs.
    expect(await cli('--help')).toEqual(runs[0]);
  });

  it('import --help and import -h print its usage and options and exit 0', async () => {
    for (const r of await Promise.all([
      spawned('import', '--help'),
      spawned('import', '-h'),
      cli('help', 'import'),
    ])) {
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^Usage: evidence-graph import \[options\] <file\.\.\.>/);
      for (const flag of [
        '--format',
        '--paper',
        '--rejects',
        '--dry-run',
        '--json',
        '--batch-size',
        '--bulk',
      ])
        expect(r.stdout).toContain(flag);
    }
  });

  it('every command answers --help and -h with its own usage, serve included', async () => {
    expect(COMMANDS).toEqual(
      expect.arrayContaining([
        'serve',
        'seed',
        'import',
        'export',
        'generate',
        'token',
        'build-launcher',
      ]),
    );
    const runs = await Promise.all(
      COMMANDS.flatMap((name) =>
        [cli(name, '--help'), cli(name, '-h')].map(async (r) => [name, await r] as const),
      ),
    );
    for (const [name, r] of runs) {
      expect(r.code, `${name}: ${r.stderr}`).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: evidence-graph ${name}\\b`));
    }
  });

  it('--version and -V print the version from package.json', async () => {
    for (const r of await Promise.all([spawned('--version'), cli('-V')])) {
      expect(r.code).toBe(0);
      expect(r.stdout.trim()).toBe(VERSION);
    }
  });
});

describe('evidence-graph usage errors', { timeout: 60_000 }, () => {
  it('an unknown option exits 2 and names it, on the program and on a command', async () => {
    const cases = [
      [['--colour'], '--colour'],
      [['import', '--colour', 'red', 'a.json'], '--colour'],
      [['export', '--format', 'graphml', '--colour', 'red'], '--colour'],
      [['token', '--user', 'ann', '--bogus'], '--bogus'],
    ] as const;
    const runs = await Promise.all(
      cases.map(([args], i) => (i === 0 ? spawned(...args) : cli(...args))),
    );
    runs.forEach((r, i) => {
      expect(r.code, cases[i]![0].join(' ')).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`unknown option '${cases[i]![1]}'`));
      expect(r.stdout).toBe('');
    });
  });

  it('an unknown command exits 2 and names it', async () => {
    const r = await spawned('imprt', 'a.json');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command 'imprt'/);
    expect(r.stderr).toMatch(/Did you mean import\?/);
  });

  it('a missing or invalid value exits 2 and says what is wrong', async () => {
    const cases = [
      [['import'], /missing required argument 'file'/],
      [
        ['import', '--format', 'pdf', 'a.json'],
        /--format must be one of auto, openalex,.*; got "pdf"/,
      ],
      [
        ['import', '--batch-size', '0', 'a.json'],
        /--batch-size must be an integer from 1 to 100000; got "0"/,
      ],
      [['import', '--rejects'], /'--rejects <file>' argument missing/],
      [['export'], /required option '--format <format>' not specified/],
      [['export', '--format', 'graphml', '--out', '--seed'], /--out needs a value/],
      [['generate', '--out', 'x'], /required option '--papers <n>' not specified/],
      [
        ['generate', '--papers', 'many', '--out', 'x'],
        /--papers must be an integer from 1 to 50000000; got "many"/,
      ],
      [['token', '--role', 'curator'], /required option '--user <id>' not specified/],
      [
        ['token', '--user', 'ann', '--expires', 'soon'],
        /--expires must be a time span such as 30m, 1h or 7d; got "soon"/,
      ],
      [['token', '--user', 'a b'], /--user must be a user id/],
      [['seed', 'extra'], /too many arguments for 'seed'/],
    ] as const;
    const runs = await Promise.all(cases.map(([args]) => cli(...args)));
    runs.forEach((r, i) => {
      expect(r.code, cases[i]![0].join(' ')).toBe(2);
      expect(r.stderr).toMatch(cases[i]![1]);
      expect(r.stderr).toContain('--help');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  });

  it('checks made after parsing exit 2 too, before any database is opened', async () => {
    const cases = [
      [['import', '--bulk', '--dry-run', 'a.json'], /--bulk and --dry-run do not go together/],
      [['export', '--format', 'csv'], /--format csv needs --out/],
      [['export', '--format', 'graphml', '--depth', '9', '--seed', 'net-a'], /--depth/],
      [
        ['export', '--format', 'graphml', '--depth', '2'],
        /--depth: "depth" needs at least one "seed"/,
      ],
      [
        ['export', '--format', 'graphml', '--seed', 'a', '--min-confidence', '2'],
        /--min-confidence/,
      ],
    ] as const;
    const runs = await Promise.all(cases.map(([args]) => cli(...args)));
    runs.forEach((r, i) => {
      expect(r.code, `${cases[i]![0].join(' ')}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toMatch(cases[i]![1]);
    });
  });
});
