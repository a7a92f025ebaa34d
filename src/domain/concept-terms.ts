/**
 * A concept's synonyms and instruments as a curator or a taxonomy gives them: the one rule
 * the `setConceptSynonyms` mutation and the taxonomy CSV parser share. Terms are trimmed with inner
 * whitespace collapsed, empty ones dropped, repeats (ignoring case) kept once, in order.
 */
import { badInput } from './errors.js';

/** Most terms one list may hold, and the longest term. */
export const TERM_LIMITS = { count: 100, length: 200 } as const;

/**
 * The clean list of `terms`; `fail(field, message)` (default BAD_USER_INPUT) when a term or
 * the list is too long (the taxonomy CSV parser raises its own record error).
 */
export function cleanTerms(
  field: string,
  terms: readonly string[],
  fail: (field: string, message: string) => Error = badInput,
): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of terms) {
    const term = raw.trim().replace(/\s+/g, ' ');
    if (term === '') continue;
    if (term.length > TERM_LIMITS.length)
      throw fail(field, `"${term.slice(0, 40)}..." is over ${TERM_LIMITS.length} characters`);
    if (seen.has(term.toLowerCase())) continue;
    seen.add(term.toLowerCase());
    out.push(term);
  }
  if (out.length > TERM_LIMITS.count)
    throw fail(field, `at most ${TERM_LIMITS.count} terms, got ${out.length}`);
  return out;
}
