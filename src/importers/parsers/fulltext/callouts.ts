/**
 * Callouts as articles write them: a paragraph's pieces laid out as one string,
 * neighbouring callouts grouped into clusters (`[1,7,9]`, `[4]–[7]`,
 * `(Smith, 2001; Jones, 2002)`), and a cluster expanded to the reference-list
 * entries it cites. Ranges (`[4]–[7]` as two callouts joined by a dash, `4-7` or
 * `1–3` inside one callout) are expanded through the reference list's order,
 * never by guessing ids.
 */
import type { Cite, DropReason, Piece } from './model.js';

/** One callout placed in the paragraph text: [start, end) of its text. */
export interface Callout {
  cite: Cite;
  start: number;
  end: number;
}

/** Callouts written together; [start, end) spans them and their enclosing brackets. */
export interface Cluster {
  callouts: Callout[];
  /** Text between callout i-1 and i (seps[0] is ''). */
  seps: string[];
  start: number;
  end: number;
  /** Every callout is a number or number range (numeric style), not author–year. */
  numeric: boolean;
}

/** The paragraph as one string, whitespace collapsed, and its callout clusters in order. */
export interface Layout {
  text: string;
  clusters: Cluster[];
}

const SEPARATOR = /^[\s,;[\]()\-\u2010-\u2015\u2212]*(?:and|&)?[\s,;[\]()\-\u2010-\u2015\u2212]*$/;
const DASH = /[-\u2010-\u2015\u2212]/;
const NUMERIC = /^[\s[\]()]*\d+[a-z]?(?:\s*[-,;\u2010-\u2015\u2212]\s*\d+[a-z]?)*[\s[\](),;.]*$/;
const RANGE = /^\D*?(\d+)\s*[-\u2010-\u2015\u2212]+\s*(\d+)\D*$/;
const SINGLE = /^\D*?(\d+)[a-z]?\D*$/;

/** Lays out `pieces`: text with whitespace collapsed, callouts kept as written. */
export function layout(pieces: Piece[]): Layout {
  let text = '';
  const callouts: Callout[] = [];
  for (const piece of pieces) {
    const raw = typeof piece === 'string' ? piece : piece.text;
    let s = raw.replace(/\s+/g, ' ');
    if (s.startsWith(' ') && (text === '' || text.endsWith(' '))) s = s.slice(1);
    const start = text.length;
    text += s;
    if (typeof piece !== 'string') callouts.push({ cite: piece, start, end: text.length });
  }
  const clusters: Cluster[] = [];
  let current: Cluster | undefined;
  for (const c of callouts) {
    const sep = current ? text.slice(current.end, c.start) : '';
    if (current && SEPARATOR.test(sep)) {
      current.callouts.push(c);
      current.seps.push(sep);
      current.end = c.end;
    } else {
      current = { callouts: [c], seps: [''], start: c.start, end: c.end, numeric: true };
      clusters.push(current);
    }
  }
  for (const cl of clusters) {
    cl.numeric = cl.callouts.every((c) => NUMERIC.test(c.cite.text));
    // Take in the brackets written around the callouts: "[" 1, 2 "]", "(" Smith, 2001 ")".
    while (cl.start > 0 && /[[(]/.test(text[cl.start - 1]!)) cl.start--;
    while (cl.end < text.length && /[\])]/.test(text[cl.end]!)) cl.end++;
  }
  return { text: text.trimEnd(), clusters };
}

/** The reference list as callouts see it: entry index by id, and by printed label number. */
export interface RefIndex {
  byKey: Map<string, number>;
  byLabel: Map<number, number>;
  size: number;
}

/** Longest range expanded (a wider "range" is more likely a misread than a citation). */
const MAX_RANGE = 200;

function span(from: number, to: number): number[] {
  if (to <= from || to - from > MAX_RANGE) return [from, to];
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

/** What one cluster cites: reference indexes in order (duplicates removed) and drops by reason. */
export interface Expansion {
  refs: number[];
  dropped: Partial<Record<DropReason, number>>;
}

/** Expands a cluster to reference-list entries, ranges included. */
export function expand(cluster: Cluster, index: RefIndex): Expansion {
  const refs: number[] = [];
  const dropped: Partial<Record<DropReason, number>> = {};
  const drop = (reason: DropReason) => (dropped[reason] = (dropped[reason] ?? 0) + 1);
  let previous: { index: number; single: boolean } | undefined;
  cluster.callouts.forEach((c, i) => {
    const { rids, text } = c.cite;
    if (rids.length === 0) {
      drop('no-target');
      previous = undefined;
      return;
    }
    const found: number[] = [];
    for (const rid of rids) {
      const at = index.byKey.get(rid);
      if (at === undefined) drop('unresolved-rid');
      else found.push(at);
    }
    const single = found.length === 1 && SINGLE.test(text) && !RANGE.test(text);
    // "[4]–[7]": two single-number callouts joined by a dash cover what lies between.
    if (single && previous?.single && DASH.test(cluster.seps[i]!) && cluster.numeric) {
      refs.push(...span(previous.index, found[0]!).slice(1, -1));
    }
    const range = RANGE.exec(text);
    if (range && found.length === 1) {
      // "4-7" in one callout pointing at entry 4: the label of 7, else 3 entries on.
      const [a, b] = [Number(range[1]), Number(range[2])];
      const from = found[0]!;
      const to = index.byLabel.get(b) ?? from + (b - a);
      refs.push(...(to > from && to < index.size ? span(from, to) : [from]));
    } else if (range && found.length === 2) {
      refs.push(...span(found[0]!, found[1]!));
    } else {
      refs.push(...found);
    }
    previous = found.length === 1 ? { index: found[0]!, single } : undefined;
  });
  return { refs: [...new Set(refs)], dropped };
}
