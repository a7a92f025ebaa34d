/**
 * `evidence-graph <command>`: runs the program of src/cli/program.ts and turns how it ended
 * into the exit code: 0 for help and --version, 2 for a usage error (commander has already
 * printed it, naming the option or command), 1 with "error: ..." for a failure at run time,
 * else what the command returned (import: 3 when records were rejected).
 */
import { CommanderError } from 'commander';
import { ConfigError } from '../config.js';
import { EmbeddedNeo4jError } from '../db/embedded.js';
import { buildProgram, type ProgramHooks } from './program.js';

export type { ProgramHooks } from './program.js';

/** Runs a command line (the arguments after the program name); returns its exit code. */
export async function run(argv: string[], hooks: ProgramHooks): Promise<number> {
  const { program, exitCode } = buildProgram(hooks);
  try {
    await program.parseAsync(argv.length === 0 ? ['serve'] : argv, { from: 'user' });
    return exitCode();
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof ConfigError || error instanceof EmbeddedNeo4jError)
      console.error(`error: ${error.message}`);
    else
      console.error(
        `error: ${argv[0]} failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    return 1;
  }
}
