/**
 * Creates the neo4j-driver instance. Integers come back as JS numbers
 * (disableLosslessIntegers): every integer this graph stores (years, counts)
 * is far below 2^53.
 */
import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverOptions {
  uri: string;
  username?: string;
  password?: string;
  /** How long a request may wait for a connection before failing fast. */
  connectionAcquisitionTimeoutMs?: number;
}

/** Opens a driver; it connects lazily, so this never throws for an unreachable server. */
export function createDriver(options: DriverOptions): Driver {
  const auth = options.password
    ? neo4j.auth.basic(options.username ?? 'neo4j', options.password)
    : neo4j.auth.basic(options.username ?? 'neo4j', 'unused'); // embedded Neo4j runs without auth on loopback
  return neo4j.driver(options.uri, auth, {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 64,
    connectionAcquisitionTimeout: options.connectionAcquisitionTimeoutMs ?? 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
    userAgent: 'evidence-graph/0.1',
  });
}
