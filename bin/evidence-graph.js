#!/usr/bin/env node
// Entry point for `npx evidence-graph <command>` and `npm start`.
// The sources are TypeScript, run through tsx's loader (no build step).
// `serve` (also what no command means) goes straight to the server, without loading the
// command-line parser; everything else, `serve --help` included, goes through src/cli.
import { register } from 'tsx/esm/api';

register();
const args = process.argv.slice(2);
const serve = () => import('../src/server/main.ts');
if (args.length === 0 || (args.length === 1 && args[0] === 'serve')) {
  await serve();
} else {
  const { run } = await import('../src/cli/index.ts');
  process.exitCode = await run(args, { serve });
}
