/**
 * Tokens and the keys a token offers the matcher. Words are runs of letters and digits, so
 * hyphens, slashes and spaces all separate words ("peer-led" reads as "peer led"). A word
 * offers three keys, and each term word asks for exactly one of them (compile.ts):
 * - `x:` the word as written: abbreviations (PHQ, QPR, QoL) match only as written;
 * - `w:` the word or its singular: a one-word term (hope, depression) matches itself and
 *   its plural only, never a derived word (hopefully, depressive);
 * - `s:` the Porter stem (npm `stemmer`) of the word with British -ise spellings made -ize:
 *   words inside a phrase match any inflection ("peer support workers", "peer-delivered").
 */
import { stemmer } from 'stemmer';

/** A word of a text with its offsets there. */
export interface Token {
  raw: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of `text` with their offsets (letters with marks are folded in NFKD order). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD))
    out.push({ raw: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** Lower case without accents, so "Naïve" and "naive" are one word. */
export function fold(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

// British -ise/-isation words stem apart from their -ize forms in Porter's rules.
const BRITISH = /(al|an|im|ut|at|ic|or|og|ar|ur|ip)is(e|ed|es|ing|ation|ations)$/;

/** The `s:` key of a folded word. */
export function stemKey(folded: string): string {
  return `s:${stemmer(folded.replace(BRITISH, '$1iz$2'))}`;
}

/** The `w:` keys a folded word offers: itself and what it is the plural of. */
export function wordKeys(folded: string): string[] {
  const keys = [`w:${folded}`];
  if (folded.length > 3 && folded.endsWith('s') && !folded.endsWith('ss')) {
    keys.push(`w:${folded.slice(0, -1)}`);
    if (folded.endsWith('es')) keys.push(`w:${folded.slice(0, -2)}`);
    if (folded.endsWith('ies')) keys.push(`w:${folded.slice(0, -3)}y`);
  }
  return keys;
}

/** True for a word written as an abbreviation: two or more capitals (PHQ, QoL). */
export function isAbbreviation(raw: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(raw);
}

/** Every key a text word offers the matcher. */
export function textKeys(raw: string): string[] {
  const folded = fold(raw);
  return [`x:${raw}`, stemKey(folded), ...wordKeys(folded)];
}
