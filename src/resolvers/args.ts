/** Argument validation shared by resolvers; every failure is BAD_USER_INPUT naming the argument. */
import { normaliseDoi } from '../domain/doi.js';
import { badInput } from '../domain/errors.js';
import { assertId } from '../domain/ids.js';

/** Normalises a DOI argument or refuses it. */
export function doiArg(argument: string, value: string): string {
  const doi = normaliseDoi(value);
  if (!doi) {
    throw badInput(
      argument,
      `"${argument}" must be a DOI such as 10.1186/s12888-021-03321-z (a https://doi.org/ prefix is fine); got "${value.slice(0, 100)}"`,
    );
  }
  return doi;
}

export function idsArg(
  argument: string,
  values: readonly string[] | null | undefined,
): string[] | null {
  if (values == null) return null;
  if (values.length > 1000) throw badInput(argument, `"${argument}" takes at most 1000 ids`);
  return values.map((v) => assertId(argument, v));
}

export function confidenceArg(argument: string, value: number | null | undefined): number | null {
  if (value == null) return null;
  if (!(value >= 0 && value <= 1))
    throw badInput(argument, `"${argument}" must be between 0 and 1; got ${value}`);
  return value;
}

export function yearArg(argument: string, value: number | null | undefined): number | null {
  if (value == null) return null;
  if (!Number.isInteger(value) || value < 1000 || value > 3000) {
    throw badInput(argument, `"${argument}" must be a four-digit year; got ${value}`);
  }
  return value;
}

/** Returns null for an absent list, refusing empty lists (which would match nothing by accident). */
export function listArg<T>(argument: string, values: readonly T[] | null | undefined): T[] | null {
  if (values == null) return null;
  if (values.length === 0)
    throw badInput(argument, `"${argument}" must not be empty; omit it to match all`);
  return [...values];
}
