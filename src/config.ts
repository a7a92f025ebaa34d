/**
 * All configuration, read once from the environment and validated at start-up.
 * Every error says which variable to set and what it accepts.
 */

export interface Neo4jTarget {
  /** Set when NEO4J_URI is given: use that server and embed nothing. */
  uri: string | null;
  username: string;
  password: string;
  database: string | undefined;
}

export interface EmbeddedConfig {
  dataDir: string;
  boltPort: number;
  heap: string;
  pageCache: string;
  javaHome: string | undefined;
}

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  neo4j: Neo4jTarget;
  embedded: EmbeddedConfig;
  /** Neo4j transaction timeout for API queries, in ms. */
  queryTimeoutMs: number;
  maxPageSize: number;
  seedOnStart: boolean;
  logCypher: boolean;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}; got "${raw}"`);
  }
  return n;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false; got "${raw}"`);
}

function size(env: Env, name: string, fallback: string): string {
  const raw = env[name] ?? fallback;
  if (!/^\d+[kmg]?$/i.test(raw)) {
    throw new ConfigError(`${name} must be a size such as 512m or 2g; got "${raw}"`);
  }
  return raw.toLowerCase();
}

function neo4jUri(env: Env): string | null {
  const raw = env.NEO4J_URI;
  if (raw === undefined || raw === '') return null;
  if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/.test(raw)) {
    throw new ConfigError(
      `NEO4J_URI must look like neo4j://host:7687, neo4j+s://host or bolt://host:7687; got "${raw}"`,
    );
  }
  return raw;
}

/** Reads and validates the configuration; throws ConfigError naming the variable at fault. */
export function loadConfig(env: Env = process.env): Config {
  const nodeEnv =
    env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  return {
    env: nodeEnv,
    port: int(env, 'PORT', 4000, 0, 65535),
    host: env.HOST ?? '127.0.0.1',
    neo4j: {
      uri: neo4jUri(env),
      username: env.NEO4J_USERNAME ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE || undefined,
    },
    embedded: {
      dataDir: env.DATA_DIR || './.data',
      boltPort: int(env, 'BOLT_PORT', 7687, 1, 65535),
      heap: size(env, 'NEO4J_HEAP', '1g'),
      pageCache: size(env, 'NEO4J_PAGECACHE', '512m'),
      javaHome: env.JAVA_HOME || undefined,
    },
    queryTimeoutMs: int(env, 'QUERY_TIMEOUT_MS', 15_000, 100, 600_000),
    maxPageSize: int(env, 'MAX_PAGE_SIZE', 100, 1, 10_000),
    seedOnStart: bool(env, 'SEED_ON_START', true),
    logCypher: bool(env, 'LOG_CYPHER', false),
  };
}
