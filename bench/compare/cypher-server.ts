/**
 * Arm C behind HTTP: a bare node:http handler that runs an operation's hand-written Cypher
 * through neo4j-driver (one auto-commit read per request, as our executor's reads: the
 * cheapest transaction on the wire) and answers JSON. No GraphQL, no express: what remains
 * is the floor any HTTP service over this database pays.
 */
import http from 'node:http';
import type { Driver } from 'neo4j-driver';
import { OPERATIONS } from '../../src/perf/ops.js';

/** Runs operation `op`'s Cypher with `params` and returns its records as plain objects. */
export async function runCypher(driver: Driver, op: number, params: Record<string, unknown>) {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const result = await session.run(OPERATIONS[op]!.cypher, params);
    return result.records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}

/** Starts the handler; POST {op, params} → {data: rows}. */
export function startCypherServer(driver: Driver, port: number): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      const { op, params } = JSON.parse(body) as { op: number; params: Record<string, unknown> };
      runCypher(driver, op, params).then(
        (data) => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ data }));
        },
        (error: unknown) => {
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ errors: [{ message: String(error) }] }));
        },
      );
    });
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
