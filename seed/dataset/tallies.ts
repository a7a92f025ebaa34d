/**
 * External citation tallies (a provider's counts for the whole literature, kept apart from
 * what this graph holds).
 *
 * Source: seed/sources/peer-support-literature.md, "The two seed papers" (Lyons
 * 2021, "External tally shown by a citation-statement provider"), read off seed file
 * seed/sources/000_b8429c08e3a97322.txt ("Cited by 78 publications", "(90 citation
 * statements)", citation types 2 / 84 / 1 / 3, "References 85 publications").
 *
 * Honesty rules: the numbers are copied, not recomputed. `asOf` is left undefined: neither
 * file says when the page was read (the 2024 copyright line belongs to seed file 003, a
 * different site, and is not a reading date).
 */
import type { ExternalTallyRecord } from '../../src/domain/import-format.js';

export const tallies: ExternalTallyRecord[] = [
  {
    paper: { id: 'lyons-2021' },
    source: 'scite',
    citingPublications: 78,
    statements: 90,
    supporting: 2,
    mentioning: 84,
    contrasting: 1,
    unclassified: 3,
    references: 85,
  },
];
