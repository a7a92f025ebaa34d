import { mulberry32 } from '../../src/domain/random.js';

/** The project's seeded PRNG (mulberry32), so fuzz cases are reproducible from their seed. */
export const prng = mulberry32;

export const pick = <T>(rand: () => number, items: readonly T[]): T =>
  items[Math.floor(rand() * items.length)]!;

const NASTY = [
  '',
  '0',
  '-1',
  '1e309',
  'null',
  '"',
  '\\',
  '\u0000',
  '\u0007',
  '\ud800',
  '{',
  '}',
  '(',
  ')',
  '$x',
  '...',
  '#',
  '𝔭',
  'é',
  ' '.repeat(50),
  '9'.repeat(30),
];

/** Returns `text` with one random edit: delete, insert, replace, duplicate or truncate. */
export function mutate(rand: () => number, text: string): string {
  const at = Math.floor(rand() * (text.length + 1));
  const len = 1 + Math.floor(rand() * 8);
  switch (Math.floor(rand() * 6)) {
    case 0:
      return text.slice(0, at) + text.slice(at + len);
    case 1:
      return text.slice(0, at) + pick(rand, NASTY) + text.slice(at);
    case 2:
      return text.slice(0, at) + pick(rand, NASTY) + text.slice(at + len);
    case 3:
      return text.slice(0, at) + text.slice(at, at + len * 4) + text.slice(at);
    case 4:
      return text.slice(0, at);
    default:
      return text.replace(/\d+/g, () =>
        pick(rand, ['-1', '0', '100000', '2147483648', '1.5', 'x']),
      );
  }
}
