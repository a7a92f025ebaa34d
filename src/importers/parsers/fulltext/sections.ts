/**
 * Section of a citing sentence, from JATS `sec-type` or the heading text: the
 * graph's Section vocabulary (src/domain/vocabulary.ts). Only a top-level
 * section is mapped; subsections inherit it (the JATS reader passes it down, the
 * TEI reader carries the last mapped heading forward over GROBID's flat divs).
 */
import type { Section } from '../../../domain/vocabulary.js';

// Heading words → section. When a heading names two ("Results and discussion"),
// the one written first wins.
const WORDS: [RegExp, Section][] = [
  [/\b(introduction|background|overview)\b/, 'INTRODUCTION'],
  [
    /\b(methods?|methodology|materials?|patients|participants|subjects|study design|design|experimental procedures?|procedures)\b/,
    'METHODS',
  ],
  [/\b(results?|findings)\b/, 'RESULTS'],
  [/\bdiscussion\b/, 'DISCUSSION'],
  [/\b(conclusions?|concluding|summary)\b/, 'CONCLUSION'],
];

/** The section a heading or sec-type names, or undefined when it names none. */
export function sectionOf(label: string | undefined): Section | undefined {
  if (!label) return undefined;
  const s = label.toLowerCase().replace(/[|_-]/g, ' ');
  let best: Section | undefined;
  let at = Infinity;
  for (const [re, section] of WORDS) {
    const m = re.exec(s);
    if (m && m.index < at) {
      at = m.index;
      best = section;
    }
  }
  if (best) return best;
  return /\bintro\b/.test(s) ? 'INTRODUCTION' : undefined;
}

/** A JATS top-level section: its sec-type first, then its title; OTHER when neither names one. */
export function jatsSection(secType: string | undefined, title: string | undefined): Section {
  return sectionOf(secType) ?? sectionOf(title) ?? 'OTHER';
}
