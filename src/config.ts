/**
 * All configuration, read once from the environment and validated at start-up.
 * Every error says which variable to set and what it accepts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isRole, ROLES, type Role } from './domain/roles.js';

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
  /**
   * Extra JVM options for every Neo4j JVM this process starts (the engine, the
   * offline importer), after the defaults so they win (NEO4J_JVM_OPTS).
   */
  jvmOptions?: readonly string[];
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
  limits: QueryLimits;
  /** Largest accepted request body, e.g. "2mb"; larger bodies get HTTP 413. */
  bodyLimit: string;
  /** Schema introspection; off by default in production. */
  introspection: boolean;
  /** The GraphQL IDE at GET /graphql; off by default in production. */
  playground: boolean;
  /** Origins allowed by CORS; empty means same-origin only. "*" allows any. */
  corsOrigins: string[];
  /** Who may call the API (src/auth): JWT verification, API keys, anonymous reading. */
  auth: AuthConfig;
  /** The scholarly APIs `harvest` reads (src/harvest), and how it names itself to them. */
  harvest: HarvestConfig;
}

/** Base URLs of the harvest's APIs (a mirror or a test server may stand in) and identification. */
export interface HarvestConfig {
  openalexUrl: string;
  s2Url: string;
  crossrefUrl: string;
  europepmcUrl: string;
  /** HARVEST_MAILTO: sent as OpenAlex's and Crossref's `mailto` (their polite pools). */
  mailto: string | null;
  /** S2_API_KEY: sent as Semantic Scholar's `x-api-key` header. */
  s2ApiKey: string | null;
}

/** One configured API key: scripts send it in `x-api-key` and act as `user` with `role`. */
export interface ApiKeyEntry {
  key: string;
  user: string;
  role: Role;
}

export interface AuthConfig {
  /** HS256 shared secret for Bearer JWTs (and for `evidence-graph token`). */
  jwtSecret: string | null;
  /** JWKS endpoint for asymmetric Bearer JWTs (RS256, ES256, EdDSA, ...). */
  jwksUrl: string | null;
  /** Required `iss` claim, when set. */
  issuer: string | null;
  /** Required `aud` claim, when set. */
  audience: string | null;
  apiKeys: ApiKeyEntry[];
  /** Requests without credentials may read; false makes every such request UNAUTHENTICATED. */
  anonymousRead: boolean;
}

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  /** Fields × the sizes of the lists above them (see src/server/limits/cost.ts). */
  maxCost: number;
  maxStringLength: number;
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

/**
 * The options for every Neo4j JVM this process starts. NEO4J_JVM_OPTS:
 * whitespace-separated JVM options such as `-XX:TieredStopAtLevel=1
 * -XX:+UseSerialGC` (the test suite's, which trade peak speed for less start-up
 * CPU); each must start with "-", since a stray word would be taken by java as the
 * main class. NEO4J_SETTINGS_FILE: a neo4j.conf-style file of further Neo4j
 * settings for the embedded engine, passed whole (a path may hold spaces).
 */
export function jvmOptions(env: Env = process.env): string[] {
  const options = (env.NEO4J_JVM_OPTS ?? '').split(/\s+/).filter(Boolean);
  const bad = options.find((o) => !o.startsWith('-'));
  if (bad !== undefined) {
    throw new ConfigError(`NEO4J_JVM_OPTS must be JVM options that start with "-"; got "${bad}"`);
  }
  const file = env.NEO4J_SETTINGS_FILE;
  if (file) {
    if (!existsSync(file)) {
      throw new ConfigError(`NEO4J_SETTINGS_FILE names no file: "${file}"`);
    }
    options.push(`-Deg.neo4jConf=${resolve(file)}`);
  }
  return options;
}

function bodySize(env: Env, name: string, fallback: string): string {
  const raw = env[name] ?? fallback;
  if (!/^\d+(b|kb|mb)$/i.test(raw))
    throw new ConfigError(`${name} must be a size such as 512kb or 2mb; got "${raw}"`);
  return raw.toLowerCase();
}

function optional(env: Env, name: string): string | null {
  const raw = env[name]?.trim();
  return raw ? raw : null;
}

function jwtSecret(env: Env): string | null {
  const raw = optional(env, 'JWT_SECRET');
  if (raw !== null && raw.length < 32) {
    throw new ConfigError(`JWT_SECRET must be at least 32 characters (HS256); got ${raw.length}`);
  }
  return raw;
}

function jwksUrl(env: Env): string | null {
  const raw = optional(env, 'JWT_JWKS_URL');
  if (
    raw !== null &&
    !/^https:\/\/\S+$|^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/\S*$/.test(raw)
  ) {
    throw new ConfigError(
      `JWT_JWKS_URL must be an https:// URL (http:// only for localhost); got "${raw}"`,
    );
  }
  return raw;
}

/** API_KEYS: `key:user:role` entries separated by commas or newlines, or a path to a file of them. */
function apiKeys(env: Env): ApiKeyEntry[] {
  const raw = optional(env, 'API_KEYS');
  if (raw === null) return [];
  let text = raw;
  let where = 'API_KEYS';
  if (!raw.includes(':')) {
    where = `API_KEYS file ${raw}`;
    try {
      text = readFileSync(raw, 'utf8');
    } catch {
      throw new ConfigError(`API_KEYS names a file that cannot be read: "${raw}"`);
    }
  }
  const entries = text
    .split(/[,\n]/)
    .map((e) => e.trim())
    .filter((e) => e !== '' && !e.startsWith('#'));
  return entries.map((entry, i) => {
    const [key = '', user = '', role = '', ...rest] = entry.split(':');
    const bad = (why: string) =>
      new ConfigError(`${where}, entry ${i + 1}: ${why} (expected key:user:role)`);
    if (rest.length > 0 || !role) throw bad('needs exactly three ":"-separated parts');
    if (key.length < 16) throw bad('the key must be at least 16 characters');
    if (!/^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/.test(user)) throw bad(`"${user}" is not a user id`);
    if (!isRole(role)) throw bad(`role must be one of ${ROLES.join(', ')}; got "${role}"`);
    return { key, user, role };
  });
}

/** An http(s) base URL without a trailing slash, or `fallback` when the variable is unset. */
function baseUrl(env: Env, name: string, fallback: string): string {
  const raw = optional(env, name) ?? fallback;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be an http:// or https:// URL; got "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ConfigError(`${name} must be an http:// or https:// URL; got "${raw}"`);
  return raw.replace(/\/+$/, '');
}

function mailto(env: Env): string | null {
  const raw = optional(env, 'HARVEST_MAILTO');
  if (raw !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(raw))
    throw new ConfigError(`HARVEST_MAILTO must be an e-mail address; got "${raw}"`);
  return raw;
}

/** The harvest's APIs: the public ones unless a variable names a mirror. */
export function harvestConfig(env: Env = process.env): HarvestConfig {
  return {
    openalexUrl: baseUrl(env, 'OPENALEX_API_URL', 'https://api.openalex.org'),
    s2Url: baseUrl(env, 'S2_API_URL', 'https://api.semanticscholar.org'),
    crossrefUrl: baseUrl(env, 'CROSSREF_API_URL', 'https://api.crossref.org'),
    europepmcUrl: baseUrl(
      env,
      'EUROPEPMC_API_URL',
      'https://www.ebi.ac.uk/europepmc/webservices/rest',
    ),
    mailto: mailto(env),
    s2ApiKey: optional(env, 'S2_API_KEY'),
  };
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
      jvmOptions: jvmOptions(env),
    },
    queryTimeoutMs: int(env, 'QUERY_TIMEOUT_MS', 15_000, 100, 600_000),
    maxPageSize: int(env, 'MAX_PAGE_SIZE', 100, 1, 10_000),
    seedOnStart: bool(env, 'SEED_ON_START', true),
    logCypher: bool(env, 'LOG_CYPHER', false),
    limits: {
      maxDepth: int(env, 'MAX_DEPTH', 10, 1, 100),
      maxAliases: int(env, 'MAX_ALIASES', 30, 1, 10_000),
      maxDirectives: int(env, 'MAX_DIRECTIVES', 20, 1, 10_000),
      maxTokens: int(env, 'MAX_TOKENS', 5000, 100, 1_000_000),
      maxCost: int(env, 'MAX_COST', 250_000, 100, 100_000_000),
      maxStringLength: int(env, 'MAX_STRING_LENGTH', 10_000, 100, 10_000_000),
    },
    bodyLimit: bodySize(env, 'BODY_LIMIT', '2mb'),
    introspection: bool(env, 'INTROSPECTION', nodeEnv !== 'production'),
    playground: bool(env, 'PLAYGROUND', nodeEnv !== 'production'),
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    auth: {
      jwtSecret: jwtSecret(env),
      jwksUrl: jwksUrl(env),
      issuer: optional(env, 'JWT_ISSUER'),
      audience: optional(env, 'JWT_AUDIENCE'),
      apiKeys: apiKeys(env),
      anonymousRead: bool(env, 'ANONYMOUS_READ', true),
    },
    harvest: harvestConfig(env),
  };
}
