#!/usr/bin/env node
// Entry point for `npx evidence-graph <command>` and `npm start`.
// `serve` (also what no command means) runs the compiled server in dist/ (scripts/build.mjs
// builds it first when it is missing or older than a source, about a second), without the
// command-line parser. Every other command, `serve --help` included, runs the TypeScript
// sources of src/cli through tsx's loader: commands are short-lived, the server is not.
// EVIDENCE_GRAPH_FROM_SOURCE=1 serves from the sources too (no build).
const args = process.argv.slice(2);
const fromSource = process.env.EVIDENCE_GRAPH_FROM_SOURCE === '1';

/** The compiled server when it can be had, else the sources through tsx. */
async function serve() {
  if (!fromSource) {
    const { ensureBuilt } = await import('../scripts/build.mjs');
    try {
      await ensureBuilt((line) => console.error(`[evidence-graph] ${line}`));
      return await import('../dist/src/server/main.js');
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      console.error(
        `[evidence-graph] compiled server unavailable (${reason}); serving from the sources`,
      );
    }
  }
  await registerTsx();
  return import('../src/server/main.ts');
}

async function registerTsx() {
  const { register } = await import('tsx/esm/api');
  register();
}

if (args.length === 0 || (args.length === 1 && args[0] === 'serve')) {
  await serve();
} else {
  await registerTsx();
  const { run } = await import('../src/cli/index.ts');
  process.exitCode = await run(args, { serve });
}
