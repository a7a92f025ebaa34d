/**
 * How many test files run side by side, read by vitest.config.ts (the pool size)
 * and by the global setup (one embedded Neo4j per worker slot), so the two agree.
 *
 * TEST_NEO4J_WORKERS sets it; the default, 2, suits the 2-core machines CI and
 * developers have. Against an external NEO4J_URI there is one database for
 * everyone, so integration files run one at a time.
 */
export function testWorkers(env: NodeJS.ProcessEnv = process.env): number {
  if (env.NEO4J_URI) return 1;
  const raw = env.TEST_NEO4J_WORKERS ?? '2';
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 16) {
    throw new Error(`TEST_NEO4J_WORKERS must be a whole number from 1 to 16, not "${raw}"`);
  }
  return n;
}
