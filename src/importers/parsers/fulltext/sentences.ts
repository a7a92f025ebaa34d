/**
 * A paragraph's sentences and which sentence each callout cluster belongs to.
 * Boundaries come from `sbd` run on the text with the callouts taken out (so a
 * callout after the full stop, "…stroke.[1] Next", cannot hide the boundary),
 * with an abbreviation list that survives "et al.", "Fig. 2", "e.g.", "i.e.",
 * "vs." and species names ("E. coli"; sbd keeps decimals and initials itself).
 * A numeric cluster that opens a sentence followed by a capital (or nothing) is
 * a trailing callout of the sentence before, which GROBID and some publishers
 * print after the full stop; an author–year cluster there is the new sentence's subject.
 * Sentence texts keep the callouts as written.
 */
import sbd from 'sbd';
import type { Cluster, Layout } from './callouts.js';

// sbd replaces its own list with this one, so it holds the general abbreviations too.
const ABBREVIATIONS = [
  'al',
  'approx',
  'ca',
  'cf',
  'eg',
  'e.g',
  'ie',
  'i.e',
  'etc',
  'vs',
  'viz',
  'resp',
  'Fig',
  'fig',
  'Figs',
  'figs',
  'Eq',
  'Eqs',
  'eq',
  'eqs',
  'Ref',
  'Refs',
  'ref',
  'refs',
  'Tab',
  'Tabs',
  'Suppl',
  'suppl',
  'No',
  'no',
  'Nos',
  'Vol',
  'vol',
  'pp',
  'p',
  'ed',
  'eds',
  'Ed',
  'Eds',
  'Ch',
  'ch',
  'Sec',
  'sec',
  'Sect',
  'sp',
  'spp',
  'subsp',
  'var',
  'cv',
  'str',
  'Dr',
  'Prof',
  'Mr',
  'Mrs',
  'Ms',
  'St',
  'Jr',
  'Sr',
  'Inc',
  'Ltd',
  'Co',
  'Corp',
  'Dept',
  'Univ',
  'est',
  'min',
  'max',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
];
const OPTIONS = {
  preserve_whitespace: true,
  newline_boundaries: false,
  abbreviations: ABBREVIATIONS,
};

/** sbd is quadratic in its input; longer paragraphs are fed to it in pieces cut after a full stop. */
const CHUNK = 8_000;
// A safe place to cut: a word of two or more letters, a full stop, a capital ("E. coli" is not one).
const CUT = /[a-z0-9)\]]{2}[.!?] (?=[A-Z])/g;

/** Where to end the piece of `s` that starts at `base`: after the last safe full stop in reach. */
function cutAt(s: string, base: number): number {
  if (s.length - base <= CHUNK) return s.length;
  const window = s.slice(base, base + CHUNK);
  let end = 0;
  CUT.lastIndex = 0;
  for (let m = CUT.exec(window); m; m = CUT.exec(window)) end = m.index + m[0].length;
  return end > 0 ? base + end : base + CHUNK;
}

/** [start, end) of each sentence of `s`, whitespace excluded. */
function sentenceRanges(s: string): [number, number][] {
  const out: [number, number][] = [];
  let base = 0;
  while (base < s.length) {
    const stop = cutAt(s, base);
    let at = base;
    for (const sentence of sbd.sentences(s.slice(base, stop), OPTIONS)) {
      const found = s.indexOf(sentence, at);
      const start = found < 0 ? at : found;
      const end = start + sentence.length;
      at = end;
      const lead = sentence.length - sentence.trimStart().length;
      const trail = sentence.length - sentence.trimEnd().length;
      if (end - trail > start + lead) out.push([start + lead, end - trail]);
    }
    base = stop;
  }
  return out;
}

/** A paragraph split: sentence texts, and the sentence index of each cluster. */
export interface Split {
  sentences: string[];
  owners: number[];
}

/** Splits a laid-out paragraph into sentences and assigns each callout cluster to one. */
export function splitSentences({ text, clusters }: Layout): Split {
  // The text without callouts, and each cluster's position in it.
  let bare = '';
  let last = 0;
  const at: number[] = [];
  for (const c of clusters) {
    bare += text.slice(last, c.start);
    at.push(bare.length);
    last = Math.max(last, c.end);
  }
  bare += text.slice(last);
  const ranges = sentenceRanges(bare);
  if (ranges.length === 0) ranges.push([0, bare.length]);
  // Bare offsets to text offsets: before (start) or after (end) clusters sitting exactly there.
  const removed = clusters.map((c) => c.end - c.start);
  const toText = (pos: number, inclusive: boolean): number => {
    let shift = 0;
    for (let k = 0; k < clusters.length; k++) {
      if (at[k]! < pos || (inclusive && at[k] === pos)) shift += removed[k]!;
      else break;
    }
    return pos + shift;
  };
  const starts = ranges.map(([a]) => toText(a, false));
  const ends = ranges.map(([, b]) => toText(b, true));
  const owners: number[] = [];
  let i = 0;
  clusters.forEach((cluster: Cluster, k) => {
    const p = at[k]!;
    while (i + 1 < ranges.length && ranges[i + 1]![0] <= p) i++;
    const [a, b] = ranges[i]!;
    const between = p > b ? i : p === a && i > 0 ? i - 1 : -1;
    const next = between >= 0 && between + 1 < ranges.length ? between + 1 : -1;
    const back =
      between >= 0 && (next < 0 || (cluster.numeric && !/^\s*[a-z]/.test(bare.slice(p, p + 4))));
    const owner = between < 0 ? i : back ? between : next;
    owners.push(owner);
    // The owner's text takes in the cluster; a trailing one leaves the next sentence.
    starts[owner] = Math.min(starts[owner]!, cluster.start);
    ends[owner] = Math.max(ends[owner]!, cluster.end);
    if (back && next >= 0) starts[next] = Math.max(starts[next]!, cluster.end);
  });
  const sentences = ranges.map((_, j) => text.slice(starts[j], ends[j]).trim());
  return { sentences, owners };
}
