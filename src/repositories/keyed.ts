/** Helpers that turn `key`-tagged rows into results in the order of the requested keys. */
import type { Row } from '../db/executor.js';

/** One value per key (or null): rows carry `key` and the value under `field`. */
export function oneByKey<T>(keys: readonly string[], rows: Row[], field: string): (T | null)[] {
  const map = new Map<string, T>();
  for (const row of rows) map.set(row.key as string, row[field] as T);
  return keys.map((k) => map.get(k) ?? null);
}

/** A list per key (empty when absent): rows carry `key` and `items`. */
export function listByKey<T>(keys: readonly string[], rows: Row[]): T[][] {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(row.key as string, row.items as T[]);
  return keys.map((k) => map.get(k) ?? []);
}
