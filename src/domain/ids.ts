/**
 * Graph ids: readable slugs for curated records (`lyons-2021`) and derived,
 * stable hashes for imported ones, so re-importing a record finds the same node.
 */
import { createHash } from 'node:crypto';
import { badInput } from './errors.js';

const ID_SHAPE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;

/** True for a syntactically valid graph id. */
export function isValidId(id: string): boolean {
  return ID_SHAPE.test(id);
}

/** Throws BAD_USER_INPUT naming `argument` unless `id` is a valid graph id. */
export function assertId(argument: string, id: string): string {
  if (!isValidId(id)) {
    throw badInput(
      argument,
      `"${argument}" must be a graph id: 1–200 letters, digits, ".", "_", ":" or "-", starting with a letter or digit`,
    );
  }
  return id;
}

/** A stable id derived from `parts`: `prefix` + 20 hex chars of SHA-1. */
export function derivedId(
  prefix: string,
  ...parts: (string | number | null | undefined)[]
): string {
  const hash = createHash('sha1')
    .update(parts.map((p) => (p == null ? '' : String(p))).join('\u001f'))
    .digest('hex');
  return `${prefix}-${hash.slice(0, 20)}`;
}
