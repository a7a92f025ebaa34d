/**
 * Options of `pool` and their validation. Every error is a PoolingError whose
 * message names the bad value.
 */

import { PoolingError } from './errors.js';
import type { Study } from './fixed.js';
import type { RemlControl } from './tau2.js';

export const POOL_METHODS = ['FE', 'DL', 'REML'] as const;
export type PoolMethod = (typeof POOL_METHODS)[number];

/** How to pool. `level` is a fraction (default 0.95); `maxIter`/`tolerance` steer REML. */
export interface PoolOptions extends RemlControl {
  method: PoolMethod;
  knappHartung?: boolean;
  level?: number;
}

/** Returns `method` when it is one of POOL_METHODS. */
export function checkMethod(method: unknown): PoolMethod {
  if (!(POOL_METHODS as readonly unknown[]).includes(method)) {
    throw new PoolingError(
      `method must be one of ${POOL_METHODS.join(', ')}, got ${String(method)}`,
    );
  }
  return method as PoolMethod;
}

/** Returns `level` when it is a fraction strictly between 0 and 1. */
export function checkLevel(level: number): number {
  if (!(level > 0 && level < 1)) {
    throw new PoolingError(`level must be a fraction between 0 and 1 (e.g. 0.95), got ${level}`);
  }
  return level;
}

/** Throws unless there is at least one study and every yi is finite and every vi finite and > 0. */
export function checkStudies(studies: readonly Study[]): void {
  if (studies.length === 0) throw new PoolingError('no studies to pool (k = 0)');
  studies.forEach((s, i) => {
    if (!Number.isFinite(s.yi)) {
      throw new PoolingError(`study ${i}: yi must be finite, got ${s.yi}`, i);
    }
    if (!(Number.isFinite(s.vi) && s.vi > 0)) {
      throw new PoolingError(`study ${i}: vi must be finite and > 0, got ${s.vi}`, i);
    }
  });
}
