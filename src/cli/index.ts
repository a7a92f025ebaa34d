/**
 * `evidence-graph <command>`: every command exits non-zero on failure and
 * says what failed and where. (`serve` is dispatched by bin/ to src/server.)
 */
import { ConfigError } from '../config.js';
import { EmbeddedNeo4jError, ensureLauncherBuilt } from '../db/embedded.js';
import { exportCommand, EXPORT_USAGE } from './export.js';
import { generateCommand, GENERATE_USAGE } from './generate.js';
import { importCommand, IMPORT_USAGE } from './import.js';
import { seedCommand } from './seed.js';
import { tokenCommand, TOKEN_USAGE } from './token.js';

const USAGE = `usage: evidence-graph <command>

commands:
  serve                  start the GraphQL service (same as npm start)
  seed                   load the curated seed graph (idempotent)
${IMPORT_USAGE}
${GENERATE_USAGE}
${EXPORT_USAGE}
${TOKEN_USAGE}
  build-launcher         build the embedded Neo4j launcher with Maven
  help                   this text`;

type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  seed: seedCommand,
  import: importCommand,
  generate: generateCommand,
  export: exportCommand,
  token: tokenCommand,
  'build-launcher': async () => {
    ensureLauncherBuilt((l) => console.error(l));
    console.error('launcher built: launcher/target/neo4j-launcher.jar');
    return 0;
  },
  help: async () => {
    console.log(USAGE);
    return 0;
  },
};

/** Runs a command and returns its exit code. */
export async function run(argv: string[]): Promise<number> {
  const [name = 'help', ...args] = argv;
  const command = COMMANDS[name];
  if (!command) {
    console.error(`unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  try {
    return await command(args);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof EmbeddedNeo4jError)
      console.error(`error: ${error.message}`);
    else
      console.error(
        `error: ${name} failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    return 1;
  }
}
