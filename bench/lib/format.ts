/** Small helpers the benchmark scripts share: option numbers, number formatting, medians, logging. */

/** A numeric command-line option, or `fallback` when it was not given. */
export const intOption = (s: string | undefined, fallback: number): number =>
  s === undefined ? fallback : Number(s);

/** `x` with thousands separators and `digits` decimals, as RESULTS.md prints figures. */
export const fmt = (x: number, digits = 0): string =>
  x.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** The middle value (the upper one of an even count). */
export const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Progress lines go to stderr, so stdout holds only the results section. */
export const log = (line: string): void => console.error(line);
