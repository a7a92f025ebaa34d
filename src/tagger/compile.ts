/**
 * Compiling a taxonomy into the matcher: a trie over word keys (tokens.ts), built once per
 * taxonomy so tagging a text costs one walk per word. Every term of a concept (its name,
 * synonyms and instruments) is one path; a path's end lists the concepts whose term it is.
 */
import { IGNORED_PHRASES } from './ignore.js';
import { fold, isAbbreviation, stemKey, tokenize } from './tokens.js';
import type { TaggableKind, TaggerConcept } from './types.js';

/** A trie node: the next word keys, and the concepts whose term ends here. */
export interface TrieNode {
  next: Map<string, TrieNode>;
  concepts: number[] | null;
}

/** A compiled taxonomy: the trie, and the concepts by the index the trie's ends hold. */
export interface Matcher {
  root: TrieNode;
  concepts: readonly { id: string; kind: TaggableKind }[];
  /** How many term paths the trie holds (variants included). */
  terms: number;
}

/** The key each word of a term asks for; see tokens.ts for the three kinds. */
function termKeys(words: string[]): string[] {
  if (words.length === 1) {
    const [word] = words as [string];
    return [isAbbreviation(word) ? `x:${word}` : `w:${fold(word)}`];
  }
  return words.map((w) => (isAbbreviation(w) ? `x:${w}` : stemKey(fold(w))));
}

/** A term's word lists: as written, and with hyphenated words closed up ("on-line" → "online"). */
function variants(term: string): string[][] {
  const words = tokenize(term).map((t) => t.raw);
  if (words.length === 0) return [];
  const out = [words];
  if (/\p{L}-\p{L}/u.test(term)) {
    const closed = tokenize(term.replace(/(\p{L})-(?=\p{L})/gu, '$1')).map((t) => t.raw);
    if (closed.length !== words.length) out.push(closed);
  }
  return out;
}

/** Adds a term path ending in `concept` (null: an ignored phrase, which ends in no concept). */
function add(root: TrieNode, keys: string[], concept: number | null): boolean {
  let node = root;
  for (const key of keys) {
    let child = node.next.get(key);
    if (!child) node.next.set(key, (child = { next: new Map(), concepts: null }));
    node = child;
  }
  node.concepts ??= [];
  if (concept === null || node.concepts.includes(concept)) return false;
  node.concepts.push(concept);
  return true;
}

/**
 * Compiles `concepts` (interventions and outcomes; other kinds are skipped) into a matcher.
 * A concept's own name is one of its terms. `ignore` phrases (default IGNORED_PHRASES)
 * match and link nothing, so a concept word inside them is no mention.
 */
export function compileTaxonomy(
  concepts: readonly TaggerConcept[],
  ignore: readonly string[] = IGNORED_PHRASES,
): Matcher {
  const root: TrieNode = { next: new Map(), concepts: null };
  const list: { id: string; kind: TaggableKind }[] = [];
  let terms = 0;
  for (const c of concepts) {
    if (c.kind !== 'intervention' && c.kind !== 'outcome') continue;
    const index = list.push({ id: c.id, kind: c.kind }) - 1;
    for (const term of [c.name, ...(c.synonyms ?? []), ...(c.instruments ?? [])])
      for (const words of variants(term)) if (add(root, termKeys(words), index)) terms += 1;
  }
  for (const phrase of ignore)
    for (const words of variants(phrase)) add(root, termKeys(words), null);
  return { root, concepts: list, terms };
}
