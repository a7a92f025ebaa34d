/**
 * Small validators shared by the effect-size calculators. Each throws an
 * EffectSizeError naming the field and the bad value. Internal to src/domain/meta.
 */

import { EffectSizeError } from './errors.js';

/** Returns `value` when it is a finite number, else throws naming `field`. */
export function finite(field: string, value: number): number {
  if (!Number.isFinite(value))
    throw new EffectSizeError(field, `${field} must be a finite number, got ${value}`);
  return value;
}

/** Returns `value` when it is finite and > 0. */
export function positive(field: string, value: number): number {
  if (!(finite(field, value) > 0))
    throw new EffectSizeError(field, `${field} must be > 0, got ${value}`);
  return value;
}

/** Returns `value` when it is finite and ≥ 0. */
export function nonNegative(field: string, value: number): number {
  if (!(finite(field, value) >= 0))
    throw new EffectSizeError(field, `${field} must be ≥ 0, got ${value}`);
  return value;
}

/** Returns `value` when it is a whole number ≥ `min`. */
export function count(field: string, value: number, min: number): number {
  if (!Number.isInteger(value) || value < min) {
    throw new EffectSizeError(field, `${field} must be a whole number ≥ ${min}, got ${value}`);
  }
  return value;
}

/** True when the value is given (neither undefined nor null). */
export function given<T>(value: T | null | undefined): value is T {
  return value !== undefined && value !== null;
}
