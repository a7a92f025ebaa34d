/**
 * Usage errors of the command line: the option-value parsers commander calls while it reads
 * the arguments, and UsageError for the checks a command can only make after parsing (options
 * that do not go together, export parameters checked by the shared export plan). Both end the
 * run with exit 2 and a message that names the option and says what is wrong; run-time
 * failures exit 1 instead (src/cli/index.ts).
 */
import { InvalidArgumentError } from 'commander';

/** Bad command-line input found after parsing; the run exits 2 with its message. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A string value; `--out --json` is a missing value, not a file named "--json". */
export function stringValue(flag: string) {
  return (value: string): string => {
    if (value.startsWith('--')) throw new InvalidArgumentError(`${flag} needs a value`);
    return value;
  };
}

/** A value that may be given again: every occurrence is kept, in order. */
export function repeatable(flag: string) {
  const one = stringValue(flag);
  return (value: string, previous: string[] = []): string[] => [...previous, one(value)];
}

/** An integer from `min` to `max`. */
export function integerIn(flag: string, min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isInteger(n) || n < min || n > max)
      throw new InvalidArgumentError(
        `${flag} must be an integer from ${min} to ${max}; got "${value}"`,
      );
    return n;
  };
}

/** One of `choices`, listed in the message when the value is not. */
export function oneOf<T extends string>(flag: string, choices: readonly T[]) {
  return (value: string): T => {
    if ((choices as readonly string[]).includes(value)) return value as T;
    throw new InvalidArgumentError(`${flag} must be one of ${choices.join(', ')}; got "${value}"`);
  };
}

/** A value `accepts` is true of; `what` says in words what is expected. */
export function satisfying(flag: string, accepts: (value: string) => boolean, what: string) {
  return (value: string): string => {
    if (accepts(value)) return value;
    throw new InvalidArgumentError(`${flag} must be ${what}; got "${value}"`);
  };
}
