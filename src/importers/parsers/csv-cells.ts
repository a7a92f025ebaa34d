/**
 * Typed readers for the cells of one CSV row. Each throws RecordError naming the
 * column when the cell is missing or malformed, so a parser can turn it into a rejection.
 */
import { RecordError } from './errors.js';
import { CONCEPT_ID, doi } from './values.js';

/** The cells of one row, by header name. */
export type Cells = Record<string, string>;

/** The trimmed cell, or undefined when empty. */
export function optional(cells: Cells, field: string): string | undefined {
  const v = cells[field]?.trim();
  return v === undefined || v === '' ? undefined : v;
}

/** The trimmed cell; RecordError when empty. */
export function required(cells: Cells, field: string): string {
  const v = optional(cells, field);
  if (v === undefined) throw new RecordError(field, `${field} is required`);
  return v;
}

/** A normalised DOI; RecordError when empty or not a DOI. */
export function requiredDoi(cells: Cells, field: string): string {
  return doi(field, required(cells, field)) as string;
}

/** The cell upper-cased and checked against `allowed` (case-insensitive match). */
export function vocab<T extends string>(
  cells: Cells,
  field: string,
  allowed: readonly T[],
): T | undefined {
  const v = optional(cells, field)?.toUpperCase();
  if (v === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(v)) {
    throw new RecordError(
      field,
      `unknown ${field} "${cells[field]?.trim()}"; expected one of ${allowed.join(', ')}`,
    );
  }
  return v as T;
}

/** A concept id (e.g. "peer-support.group"); RecordError when malformed. */
export function conceptId(field: string, value: string): string {
  if (!CONCEPT_ID.test(value)) {
    throw new RecordError(
      field,
      `not a concept id: "${value}" (letters, digits, _ . : - ; at most 100)`,
    );
  }
  return value;
}

/** A finite number, or undefined when empty; RecordError when not a number. */
export function number(cells: Cells, field: string): number | undefined {
  const v = optional(cells, field);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new RecordError(field, `${field} is not a finite number: "${v}"`);
  return n;
}

/** A number no smaller than `min`, or undefined when empty. */
export function atLeast(cells: Cells, field: string, min: number): number | undefined {
  const n = number(cells, field);
  if (n !== undefined && n < min)
    throw new RecordError(field, `${field} must be at least ${min}, got ${n}`);
  return n;
}

/** An integer no smaller than `min`, or undefined when empty. */
export function integer(cells: Cells, field: string, min: number): number | undefined {
  const n = atLeast(cells, field, min);
  if (n !== undefined && !Number.isInteger(n)) {
    throw new RecordError(field, `${field} must be a whole number, got ${n}`);
  }
  return n;
}
