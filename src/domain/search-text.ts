/**
 * Turns user search text into a Lucene query for Neo4j full-text indexes.
 * Words are matched as typed; balanced "double quotes" keep phrases; a trailing
 * * on a word is a prefix search. Every other Lucene operator character is
 * escaped, so no input can produce a query syntax error.
 */
import { badInput } from './errors.js';

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
export const MAX_SEARCH_LENGTH = 1000;

function escapeTerm(term: string): string {
  const prefix = term.length > 1 && term.endsWith('*');
  const body = (prefix ? term.slice(0, -1) : term).replace(SPECIAL, (c) => `\\${c}`);
  return prefix ? `${body}*` : body;
}

/** Returns a safe Lucene query, or BAD_USER_INPUT for empty or over-long text. */
export function toLuceneQuery(text: string, argument = 'text'): string {
  if (text.length > MAX_SEARCH_LENGTH) {
    throw badInput(
      argument,
      `"${argument}" must be at most ${MAX_SEARCH_LENGTH} characters; got ${text.length}`,
    );
  }
  const parts: string[] = [];
  const phrase = /"([^"]+)"|(\S+)/g;
  for (let m = phrase.exec(text); m; m = phrase.exec(text)) {
    if (m[1] !== undefined) {
      const words = m[1]
        .trim()
        .split(/\s+/)
        .map((w) => w.replace(SPECIAL, (c) => `\\${c}`));
      if (words.join('')) parts.push(`"${words.join(' ')}"`);
    } else if (m[2] !== undefined) {
      const term = m[2].replace(/"/g, '');
      if (term && !/^[*?]+$/.test(term)) parts.push(escapeTerm(term));
    }
  }
  if (parts.length === 0)
    throw badInput(argument, `"${argument}" must contain at least one word to search for`);
  return parts.join(' ');
}
