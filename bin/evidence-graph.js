#!/usr/bin/env node
// Entry point for `npx evidence-graph <command>` and `npm start`.
// The sources are TypeScript, run through tsx's loader (no build step).
import { register } from 'tsx/esm/api';

register();
const command = process.argv[2] ?? 'serve';
if (command === 'serve') {
  await import('../src/server/main.ts');
} else {
  const { run } = await import('../src/cli/index.ts');
  process.exitCode = await run(process.argv.slice(2));
}
