/**
 * The grammar of `evidence-graph`: every command, argument and option, defined once with
 * commander. `--help` on every command, `--version`, the parse errors and the README's command
 * table (test/unit/cli-readme.test.ts checks it against these definitions) all come from here.
 * Each action imports its command's module only when it runs, so `--help` loads no importer,
 * exporter or database driver; `serve` is handed in by bin/, which sits above the server.
 */
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { isValidId } from '../domain/ids.js';
import { ROLES } from '../domain/roles.js';
import { FORMATS } from '../importers/parsers/formats.js';
import type { ClassifyCliOptions } from './classify.js';
import type { DoctorCliOptions } from './doctor.js';
import type { ExportCliFormat, ExportCliOptions } from './export.js';
import type { GenerateCliOptions } from './generate.js';
import type { HarvestCliOptions } from './harvest.js';
import type { ImportCliOptions } from './import.js';
import type { TagCliOptions } from './tag.js';
import type { TokenCliOptions } from './token.js';
import { integerIn, oneOf, repeatable, satisfying, stringValue, UsageError } from './usage.js';

/** What the command line cannot reach itself: starting the service lives above it, in bin/. */
export interface ProgramHooks {
  serve(): Promise<unknown>;
}

const EXPORT_FORMATS: readonly ExportCliFormat[] = ['graphml', 'gexf', 'cytoscape-json', 'csv'];
const EXPIRES = /^\d+\s?(s|sec|secs|m|min|mins|h|hr|hrs|d|day|days|w|week|weeks)$/;

const VERSION = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

const AFTER_HELP = `
With no command, evidence-graph starts the service (serve).
Exit codes: 0 done; 1 failed (the message says what and where); 2 usage error;
3 import: some records were rejected (the rest loaded); harvest: a source kept failing (the
others went on) or records were rejected; doctor exits 1 when a check finds a problem.
Commands that need a database use NEO4J_URI when set, else the embedded Neo4j already
running on BOLT_PORT, else they start one for themselves and stop it afterwards.`;

/**
 * The program and, once it has run, the exit code its action returned. Parse errors and help
 * are thrown as CommanderError (exitOverride) for run() to turn into exit codes.
 */
export function buildProgram(hooks: ProgramHooks): { program: Command; exitCode(): number } {
  let code = 0;
  /** An action that loads its module when it runs; a UsageError it throws is a parse error. */
  const action =
    <A extends unknown[]>(run: (...args: A) => Promise<number>) =>
    async (...args: [...A, Command]) => {
      const command = args.pop() as Command;
      try {
        code = await run(...(args as unknown as A));
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        command.error(`error: ${error.message}`, { exitCode: 2, code: 'evidence-graph.usage' });
      }
    };

  const program = new Command('evidence-graph')
    .description('Evidence Graph: a GraphQL knowledge graph of research evidence, over Neo4j.')
    .version(VERSION, '-V, --version', 'print the version')
    .exitOverride()
    .showHelpAfterError('(add --help for usage)')
    .addHelpText('after', AFTER_HELP);

  program
    .command('serve')
    .description('start the GraphQL service (what npm start runs)')
    .action(action(async () => (await hooks.serve(), 0)));

  program
    .command('seed')
    .description('load the curated seed graph into the configured database (idempotent)')
    .action(action(async () => (await import('./seed.js')).seedCommand()));

  program
    .command('import')
    .description('import literature files: read and check every file, then write them')
    .argument(
      '<file...>',
      'files, directories (walked for import files), .gz files or .tar.gz packages; a bad record is rejected, a bad file stops the run',
    )
    .option(
      '--format <format>',
      `auto, or one of ${FORMATS.join(', ')}`,
      oneOf('--format', ['auto', ...FORMATS]),
      'auto',
    )
    .option(
      '--paper <doi-or-id>',
      'anchor paper of Semantic Scholar citations/references files',
      stringValue('--paper'),
    )
    .option(
      '--rejects <file>',
      'write each rejected record there as one JSON line',
      stringValue('--rejects'),
    )
    .option('--dry-run', 'check and count, write nothing')
    .option('--json', 'print the summary as one JSON object, no progress bar')
    .option(
      '--batch-size <n>',
      'records per write transaction (default 5000)',
      integerIn('--batch-size', 1, 100_000),
    )
    .option(
      '--bulk',
      "build a new embedded store in DATA_DIR with Neo4j's offline importer (fastest; DATA_DIR must not hold a database yet)",
    )
    .action(
      action(async (files: string[], opts: ImportCliOptions) =>
        (await import('./import.js')).importCommand(files, opts),
      ),
    );

  program
    .command('harvest')
    .description(
      'build a graph from DOIs: papers, citations, S2 contexts and open full texts from OpenAlex, Semantic Scholar, Crossref and Europe PMC',
    )
    .option('--doi <doi>', 'seed DOI (repeatable)', repeatable('--doi'))
    .option(
      '--from <file>',
      'seeds from a file: one DOI per line, BibTeX, RIS or CSL-JSON',
      stringValue('--from'),
    )
    .option('--query <text>', 'seeds from an OpenAlex search', stringValue('--query'))
    .option(
      '--query-limit <n>',
      'most seeds --query takes (default 25)',
      integerIn('--query-limit', 1, 200),
    )
    .option('--depth <n>', 'citation steps from the seeds, 0 to 2', integerIn('--depth', 0, 2), 1)
    .option(
      '--direction <dir>',
      'references, citations or both',
      oneOf('--direction', ['references', 'citations', 'both'] as const),
      'both',
    )
    .option(
      '--sources <list>',
      'comma-separated: openalex, s2, crossref, europepmc (default all)',
      stringValue('--sources'),
    )
    .option(
      '--fulltext',
      'fetch Europe PMC full texts of open-access papers and extract statements',
    )
    .option(
      '--max-papers <n>',
      'most papers to reach',
      integerIn('--max-papers', 1, 1_000_000),
      2000,
    )
    .option('--year-from <year>', 'earliest publication year', integerIn('--year-from', 0, 9999))
    .option('--year-to <year>', 'latest publication year', integerIn('--year-to', 0, 9999))
    .option('--dry-run', 'fetch and check, write nothing')
    .option('--json', 'print the summary as one JSON object, no progress bars')
    .option(
      '--cache-dir <dir>',
      'response cache and journal (default DATA_DIR/harvest-cache)',
      stringValue('--cache-dir'),
    )
    .option('--offline', 'answer every request from the cache; a miss fails its source')
    .action(
      action(async (opts: HarvestCliOptions) =>
        (await import('./harvest.js')).harvestCommand(opts),
      ),
    );

  program
    .command('export')
    .description(
      'write a citation network as GraphML, GEXF, Cytoscape JSON or CSV (no --seed: the whole graph)',
    )
    .requiredOption(
      '--format <format>',
      EXPORT_FORMATS.join(', '),
      oneOf('--format', EXPORT_FORMATS),
    )
    .option('--seed <id-or-doi>', 'seed paper (repeatable)', repeatable('--seed'))
    .option('--depth <n>', 'citation steps from the seeds, 1 to 3', repeatable('--depth'))
    .option('--direction <dir>', 'IN, OUT or BOTH', repeatable('--direction'))
    .option('--polarity <list>', 'statement polarities, comma-separated', repeatable('--polarity'))
    .option('--section <list>', 'statement sections, comma-separated', repeatable('--section'))
    .option(
      '--min-confidence <c>',
      'lowest statement confidence, 0 to 1',
      repeatable('--min-confidence'),
    )
    .option('--year-from <year>', 'earliest publication year', repeatable('--year-from'))
    .option('--year-to <year>', 'latest publication year', repeatable('--year-to'))
    .option('--about <ids>', 'concept ids, comma-separated', repeatable('--about'))
    .option('--limit <n>', 'most papers in a seeded network', repeatable('--limit'))
    .option(
      '--out <file-or-dir>',
      'target file (default stdout); csv writes FILE.nodes.csv + FILE.edges.csv, or nodes.csv + edges.csv in DIR/',
      stringValue('--out'),
    )
    .action(
      action(async (opts: ExportCliOptions) => (await import('./export.js')).exportCommand(opts)),
    );

  program
    .command('classify')
    .description(
      'label statements with the classifier (purpose, polarity): over the stored graph, or --input a JSON-lines file without a database',
    )
    .option('--unclassified', 'label only statements missing a polarity or a purpose (default)')
    .option('--all', 'also relabel every label the model made (never a source or curator label)')
    .option(
      '--model-version <version>',
      'relabel only the labels that model version made (e.g. polarity-rules@1)',
      stringValue('--model-version'),
    )
    .option('--after <id>', 'resume: start after this statement id', stringValue('--after'))
    .option(
      '--batch-size <n>',
      'statements per write transaction (default 2000)',
      integerIn('--batch-size', 1, 100_000),
    )
    .option(
      '--input <file>',
      'offline: JSON lines {id, text, section} to classify (no database)',
      stringValue('--input'),
    )
    .option(
      '--output <file>',
      'offline: where the predictions go, one JSON line each',
      stringValue('--output'),
    )
    .option('--json', 'print the summary as one JSON object, no progress bar')
    .action(
      action(async (opts: ClassifyCliOptions) =>
        (await import('./classify.js')).classifyCommand(opts),
      ),
    );

  program
    .command('tag')
    .description(
      'link papers (title, abstract, keywords, topics) and statements to the interventions and outcomes they name: TAGGER links, never over a curated one',
    )
    .option(
      '--all',
      're-tag everything (after synonyms change), not only what this tagger version has not tagged',
    )
    .option(
      '--after <point>',
      'resume after paper:<id> or statement:<id> (the point a failed run prints)',
      stringValue('--after'),
    )
    .option(
      '--batch-size <n>',
      'papers or statements per write transaction (default 2000)',
      integerIn('--batch-size', 1, 100_000),
    )
    .option('--json', 'print the summary as one JSON object, no progress bar')
    .action(action(async (opts: TagCliOptions) => (await import('./tag.js')).tagCommand(opts)));

  program
    .command('doctor')
    .description(
      'check the store: counter drift, identifier clashes, likely duplicates, orphan stubs, missing provenance, wrong types (exit 1 on any problem)',
    )
    .option('--fix', 'repair counters and value types first (nothing else), then check')
    .option('--json', 'print the report as one JSON object')
    .option(
      '--examples <n>',
      'problems listed per check (default 20; all are counted)',
      integerIn('--examples', 0, 1_000_000),
    )
    .action(
      action(async (opts: DoctorCliOptions) => (await import('./doctor.js')).doctorCommand(opts)),
    );

  program
    .command('generate')
    .description('write a deterministic synthetic corpus in the import formats')
    .requiredOption('--papers <n>', 'papers to generate', integerIn('--papers', 1, 50_000_000))
    .option(
      '--seed <s>',
      'random seed: same seed, same bytes',
      integerIn('--seed', 0, 2 ** 31 - 1),
      1,
    )
    .requiredOption('--out <dir>', 'directory to write the files to', stringValue('--out'))
    .option(
      '--shard-size <n>',
      'papers per works file',
      integerIn('--shard-size', 1, 10_000_000),
      20_000,
    )
    .option('--json', 'print the summary as one JSON object')
    .action(
      action(async (opts: GenerateCliOptions) =>
        (await import('./generate.js')).generateCommand(opts),
      ),
    );

  program
    .command('token')
    .description('print a development JWT signed with JWT_SECRET')
    .requiredOption(
      '--user <id>',
      'user id',
      satisfying('--user', isValidId, 'a user id (letters, digits, . _ : -)'),
    )
    .option('--role <role>', ROLES.join(', '), oneOf('--role', ROLES), 'reader')
    .option(
      '--expires <span>',
      'lifetime such as 30m, 1h or 7d',
      satisfying('--expires', (v) => EXPIRES.test(v), 'a time span such as 30m, 1h or 7d'),
      '1h',
    )
    .action(
      action(async (opts: TokenCliOptions) => (await import('./token.js')).tokenCommand(opts)),
    );

  program
    .command('build-launcher')
    .description('build the embedded Neo4j launcher (launcher/) with Maven, and its class archive')
    .action(
      action(async () => {
        const { ensureLauncherBuilt, freshClassArchive } = await import('../db/embedded.js');
        const { ensureClassArchive } = await import('../db/class-archive.js');
        const { jvmOptions } = await import('../config.js');
        const log = (l: string) => console.error(l);
        ensureLauncherBuilt(log);
        console.error('launcher built: launcher/target/neo4j-launcher.jar');
        await ensureClassArchive(
          { javaHome: process.env.JAVA_HOME, jvmOptions: jvmOptions() },
          log,
        );
        if (freshClassArchive()) console.error('class archive: launcher/target/neo4j-classes.jsa');
        return 0;
      }),
    );

  return { program, exitCode: () => code };
}
