/**
 * Arm A's configuration: production defaults, with query limits that admit every benchmark
 * operation. Shared by bench/compare and test/integration/bench-ops.test.ts (src/perf: see ops.ts).
 */
import { loadConfig, type Config } from '../config.js';

/** The configuration our server runs with in the benchmark (and in test/integration/bench-ops). */
export function benchConfig(): Config {
  return loadConfig({
    NODE_ENV: 'production',
    NEO4J_URI: 'bolt://127.0.0.1:7687',
    MAX_COST: '10000000',
    MAX_DEPTH: '20',
    SEED_ON_START: 'false',
  });
}
