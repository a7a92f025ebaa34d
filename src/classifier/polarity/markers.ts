/**
 * Where the citation markers sit in a sentence when the caller does not say:
 * numeric callouts ([12], [3-5], [17]–[19]) and author–year parentheses
 * ((Smith et al., 2019; Lee 2004)). Superscript callouts are invisible in plain
 * text; with none found the polarity rules fall back to the whole sentence.
 */

export interface Span {
  start: number;
  end: number;
}

const NUMERIC = /\[\s*\d+[a-z]?(?:\s*[,;–—-]\s*\d+[a-z]?)*\s*\]/g;
const AUTHOR_YEAR = /\((?=[^()]*\b(?:1[89]|20)\d\d[a-z]?\b)[^()]{2,300}\)/g;
const NAMED =
  /\b[A-Z][\p{L}'’-]+(?: et al\.?| and [A-Z][\p{L}'’-]+)?,? \(?(?:1[89]|20)\d\d[a-z]?\)?/gu;

/** Spans of the citation markers visible in `text`, in order of position. */
export function findMarkers(text: string): Span[] {
  const spans: Span[] = [];
  for (const re of [NUMERIC, AUTHOR_YEAR, NAMED]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      spans.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Characters between two spans (0 when they touch or overlap). */
export function gap(a: Span, b: Span): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}
