/**
 * Section of a citing sentence, from JATS `sec-type` or the heading text: the
 * graph's Section vocabulary (src/domain/vocabulary.ts). Only a top-level
 * section is mapped; subsections inherit it (the JATS reader passes it down, the
 * TEI reader carries the last mapped heading forward over GROBID's flat divs).
 */
import { sectionOf } from '../../../domain/section-heading.js';
import type { Section } from '../../../domain/vocabulary.js';

// The heading mapping itself lives in the domain: the purpose classifier reads
// SciCite's headings through the same rules.
export { sectionOf };

/**
 * A JATS top-level section: its title first, then its sec-type; OTHER when neither
 * names one. The heading is what readers see, and publishers' sec-types drift from
 * it: PLOS files its "Discussion" under sec-type "conclusions".
 */
export function jatsSection(secType: string | undefined, title: string | undefined): Section {
  return sectionOf(title) ?? sectionOf(secType) ?? 'OTHER';
}
