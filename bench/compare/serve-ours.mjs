/**
 * Arm A's server as production runs it: the compiled JavaScript in dist/ (scripts/build.mjs),
 * not the TypeScript sources through tsx. Same contract as serve.ts:
 * `node bench/compare/serve-ours.mjs <bolt uri>` prints `LISTENING <port>` when ready and
 * exits when its stdin closes.
 */
import { createDriver } from '../../dist/src/db/driver.js';
import { Executor } from '../../dist/src/db/executor.js';
import { createApp } from '../../dist/src/server/app.js';
import { benchConfig } from '../../dist/src/perf/config.js';

const uri = process.argv[2];
if (!uri) {
  console.error('usage: serve-ours.mjs <bolt uri>');
  process.exit(2);
}
const config = benchConfig();
const driver = createDriver({ uri });
const app = createApp({ db: new Executor(driver, { timeoutMs: config.queryTimeoutMs }), config });
const port = await app.listen(0, '127.0.0.1');
console.log(`LISTENING ${port}`);
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
