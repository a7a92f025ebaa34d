/**
 * The Section (src/domain/vocabulary.ts) a heading or JATS sec-type names. One
 * mapping for everyone who meets a heading: the full-text readers (JATS, TEI)
 * and the purpose classifier, whose training data (SciCite) gives the heading
 * as written ("3. Discussion") and must see it the way an import would.
 */
import type { Section } from './vocabulary.js';

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
