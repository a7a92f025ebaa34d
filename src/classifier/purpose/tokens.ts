/**
 * The purpose model's tokenizer: a citing sentence as lower-case word tokens,
 * with every citation marker turned into one token. The marker's own text
 * (author names, reference numbers) says nothing about why a work is cited, but
 * where the marker sits does ("as described by CITE", "CITE reported"), so the
 * model sees the position and not the names. Training and inference share it.
 */

/** The token that stands for a citation marker. */
export const CITE = 'xcitex';

// Markers the source did not point at: numeric brackets "[12]", "[2–9, 14]",
// numeric parentheses "(40)", and parentheses holding a year "(Smith et al., 2010)".
const OTHER_MARKERS = [
  /\[\s*\d+[a-z]?(?:\s*[,;–—-]\s*\d+[a-z]?)*\s*\]/g,
  /\(\s*\d+[a-z]?(?:\s*[,;–—-]\s*\d+[a-z]?)*\s*\)/g,
  /\([^()]*\b(?:1[89]|20)\d\d[a-z]?\b[^()]*\)/g,
];

// Words, numbers (all alike: their value says nothing about purpose, their presence
// does) and the symbols of reported results.
const TOKEN = /\p{L}+|\p{N}+(?:[.,]\p{N}+)*|[%<>=±]/gu;
const NUMBER = /^\p{N}/u;

/** The sentence's tokens; `marker` is the cited work's marker span, when known. */
export function tokenize(text: string, marker?: { start: number; end: number }): string[] {
  let s = text;
  if (marker && marker.start >= 0 && marker.end > marker.start && marker.end <= s.length) {
    s = `${s.slice(0, marker.start)} ${CITE} ${s.slice(marker.end)}`;
  }
  for (const re of OTHER_MARKERS) s = s.replace(re, ` ${CITE} `);
  const out: string[] = [];
  for (const m of s.toLowerCase().matchAll(TOKEN)) {
    const t = m[0];
    const token = NUMBER.test(t) ? 'num' : t;
    // Adjacent markers ("[3] [4]") are one citation as far as purpose goes.
    if (token === CITE && out[out.length - 1] === CITE) continue;
    out.push(token);
  }
  return out;
}
