/**
 * Integer parameters. The driver sends a JavaScript number as a Float, so a year
 * or a counter written from a plain number would be stored as `2010.0`, and
 * `coalesce(p.x, 0) + $delta` would turn an Integer counter into a Float. Write
 * paths wrap the whole numbers they send under integer property names
 * (src/domain/integer-properties.ts) with the driver's `int()`; reads still come
 * back as JavaScript numbers (disableLosslessIntegers, src/db/driver.ts).
 */
import neo4j from 'neo4j-driver';
import { EDGE_COUNTER_NAMES, PAPER_COUNTER_NAMES } from '../domain/counters.js';
import { INTEGER_PROPERTIES } from '../domain/integer-properties.js';

/** Integer parameters of write queries: stored integer properties and counter deltas (by counter name). */
export const WRITE_INTEGERS: ReadonlySet<string> = new Set([
  ...INTEGER_PROPERTIES,
  ...PAPER_COUNTER_NAMES,
  ...EDGE_COUNTER_NAMES,
]);

function convert(value: unknown, keys: ReadonlySet<string>, key: string): unknown {
  if (typeof value === 'number')
    return keys.has(key) && Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map((v) => convert(v, keys, key));
  if (
    value !== null &&
    typeof value === 'object' &&
    Object.getPrototypeOf(value) === Object.prototype
  ) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v, keys, k)]));
  }
  return value;
}

/**
 * `params` with every whole number found under one of `keys` (at any depth: in
 * rows, in property maps, in lists) as a Neo4j Integer; other values unchanged.
 */
export function withIntegers<T extends Record<string, unknown>>(
  params: T,
  keys: ReadonlySet<string> = WRITE_INTEGERS,
): T {
  return convert(params, keys, '') as T;
}
