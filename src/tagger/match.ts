/**
 * Finding a compiled taxonomy's terms in text (tag) and the abbreviations a text defines
 * (abbreviations). Matching is leftmost-longest: at each word the longest term that starts
 * there wins and the walk resumes after it, so "peer support group" is one mention of the
 * group concept, not also one of "peer support". A phrase never spans punctuation other
 * than a hyphen or a comma. Each concept is linked once, with its first span in field order.
 */
import type { Matcher, TrieNode } from './compile.js';
import { isAbbreviation, textKeys, tokenize, type Token } from './tokens.js';
import type { ConceptTag, TagInput } from './types.js';

/** Abbreviation (as written) → the concepts its definition named. */
export type Abbreviations = ReadonlyMap<string, readonly number[]>;

// What may stand between the words of one mention: spaces, hyphens, and a comma ("Honest,
// Open, Proud"); a full stop, colon, bracket or any other mark ends a phrase.
const JOIN = /^[\s\u00ad\-\u2010\u2011\u2012\u2013]*,?[\s\u00ad\-\u2010\u2011\u2012\u2013]*$/u;
const HYPHEN = /^[-\u2010\u2011]$/u;

interface Span {
  first: number;
  last: number;
  concepts: number[];
}

/** The words of a text and, per word, the keys it offers (alone, and closed up with the next across a hyphen). */
function prepare(text: string) {
  const tokens = tokenize(text);
  const keys = tokens.map((t) => textKeys(t.raw));
  const closed = tokens.map((t, i) => {
    const next = tokens[i + 1];
    return next && HYPHEN.test(text.slice(t.end, next.start)) ? textKeys(t.raw + next.raw) : null;
  });
  return { tokens, keys, closed };
}

/** The leftmost-longest term spans of `text`. */
function spans(matcher: Matcher, text: string): { tokens: Token[]; found: Span[] } {
  const { tokens, keys, closed } = prepare(text);
  const found: Span[] = [];
  const joined = (a: number, b: number) => JOIN.test(text.slice(tokens[a]!.end, tokens[b]!.start));
  let i = 0;
  while (i < tokens.length) {
    let best: Span | null = null;
    const walk = (node: TrieNode, j: number) => {
      if (j >= tokens.length || (j > i && !joined(j - 1, j))) return;
      const steps: [string[], number][] = [[keys[j]!, 1]];
      if (closed[j]) steps.push([closed[j]!, 2]);
      for (const [options, width] of steps)
        for (const key of options) {
          const child = node.next.get(key);
          if (!child) continue;
          const last = j + width - 1;
          if (child.concepts && (!best || last > best.last))
            best = { first: i, last, concepts: child.concepts };
          walk(child, j + width);
        }
    };
    walk(matcher.root, i);
    if (best) {
      found.push(best);
      i = (best as Span).last + 1;
    } else i += 1;
  }
  return { tokens, found };
}

// "(PSW)", "(PSWs)": two to ten letters or digits with at least two capitals.
const DEFINITION = /^\s*\(\s*([\p{L}\p{N}-]{2,10}?)(s?)\s*\)/u;

/**
 * Abbreviations the inputs define right after a term: "peer support worker (PSW)" makes
 * "PSW" (and "PSWs") name the concepts of "peer support worker". The abbreviation must be
 * written in capitals and start with the term's first letter.
 */
export function abbreviations(matcher: Matcher, inputs: readonly TagInput[]): Abbreviations {
  const defined = new Map<string, number[]>();
  for (const { text } of inputs) {
    const { tokens, found } = spans(matcher, text);
    for (const span of found) {
      const m = DEFINITION.exec(text.slice(tokens[span.last]!.end));
      if (!m) continue;
      const abbr = m[1]!;
      const first = tokens[span.first]!.raw[0]!.toUpperCase();
      if (isAbbreviation(abbr) && abbr[0] === first && !defined.has(abbr))
        defined.set(abbr, span.concepts);
    }
  }
  return defined;
}

/**
 * The concepts `inputs` talk about, one link each with the first span that names it (fields
 * in the order given). `known` adds abbreviations defined elsewhere (a paper's abstract for
 * its statements); those the inputs define are always used.
 */
export function tag(
  matcher: Matcher,
  inputs: readonly TagInput[],
  known?: Abbreviations,
): ConceptTag[] {
  const abbrs = new Map([...(known ?? []), ...abbreviations(matcher, inputs)]);
  const links = new Map<number, ConceptTag>();
  const link = (concepts: readonly number[], evidence: ConceptTag['evidence']) => {
    for (const c of concepts)
      if (!links.has(c)) {
        const { id, kind } = matcher.concepts[c]!;
        links.set(c, { conceptId: id, kind, evidence });
      }
  };
  for (const { field, text } of inputs) {
    const { tokens, found } = spans(matcher, text);
    const hits: { start: number; end: number; concepts: readonly number[] }[] = found.map((s) => ({
      start: tokens[s.first]!.start,
      end: tokens[s.last]!.end,
      concepts: s.concepts,
    }));
    if (abbrs.size > 0)
      for (const t of tokens) {
        const concepts =
          abbrs.get(t.raw) ?? (t.raw.endsWith('s') ? abbrs.get(t.raw.slice(0, -1)) : undefined);
        if (concepts) hits.push({ start: t.start, end: t.end, concepts });
      }
    hits.sort((a, b) => a.start - b.start);
    for (const h of hits)
      link(h.concepts, { field, text: text.slice(h.start, h.end), start: h.start, end: h.end });
  }
  return [...links.values()];
}
