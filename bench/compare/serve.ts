/**
 * One arm's server as its own process, so the load generator and each server do not share
 * an event loop: `tsx bench/compare/serve.ts <ours|neo4j-graphql|cypher> <bolt uri>`.
 * Prints `LISTENING <port>` when ready; exits when its stdin closes.
 */
import { createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { createApp } from '../../src/server/app.js';
import { startNeo4jGraphqlServer } from '../neo4j-graphql/server.js';
import { benchConfig } from '../../src/perf/config.js';
import { startCypherServer } from './cypher-server.js';

const [arm, uri] = process.argv.slice(2);
if (!uri || !['ours', 'neo4j-graphql', 'cypher'].includes(arm ?? '')) {
  console.error('usage: serve.ts <ours|neo4j-graphql|cypher> <bolt uri>');
  process.exit(2);
}
const driver = createDriver({ uri });
let port: number;
if (arm === 'ours') {
  const config = benchConfig();
  const app = createApp({ db: new Executor(driver, { timeoutMs: config.queryTimeoutMs }), config });
  port = await app.listen(0, '127.0.0.1');
} else if (arm === 'neo4j-graphql') {
  port = (await startNeo4jGraphqlServer(driver, 0)).port;
} else {
  const server = await startCypherServer(driver, 0);
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
}
console.log(`LISTENING ${port}`);
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
