/**
 * Citation edges (citing -> cited) and review inclusions of the seed graph.
 *
 * Sources: seed/sources/records.md — the reference lists and included-studies tables each
 * edge was checked against (Cooper et al. 2024's Tables 1, 2 and 4; Chien et al. 2019's
 * included-studies tables and reference list) — and seed/sources/peer-support-literature.md.
 *
 * Honesty rules: an edge is listed only when a source states it. An edge no citing paper's
 * reference list was seen to confirm carries `verified: false` and a note saying so, in the
 * data, so the graph can say it too. Lyons 2021's own 85 references are not listed by any
 * source read, so none is invented. Citation edges implied by statements (statements.ts)
 * are created by the writer from those statements and are not repeated here.
 */
import type { CitationRecord, InclusionRecord } from '../../src/domain/import-format.js';

const cites = (citing: string, cited: string, note?: string): CitationRecord => ({
  citing: { id: citing },
  cited: { id: cited },
  ...(note ? { note } : {}),
});

const unverifiedCite = (citing: string, cited: string, note: string): CitationRecord => ({
  ...cites(citing, cited, note),
  verified: false,
});

const includes = (review: string, study: string, note: string): InclusionRecord => ({
  review: { id: review },
  study: { id: study },
  note,
});

/*
 * Johnson 2022 -> Lyons 2021 is only *likely* (the reference: "Likely citing (not
 * verified)"), and no source read shows Johnson's reference list. It is NOT an edge: the
 * likelihood stays in the provenance of the scite statement whose citing paper it probably
 * is (statements.ts), and that statement hangs off a placeholder paper.
 */

const TRIALS = ['castelein-2008', 'cook-2012-wrap', 'cook-2012-bridges', 'jonikas-2013'];

/*
 * The reference: "Chien 2019, Lloyd-Evans 2014, Castelein 2008, Cook 2012 (both) and
 * Jonikas 2013 are linked in the public record: the trials appear in the reviews' reference
 * lists." Chien 2019's reference list (Crossref's copy) was read and names all four trials.
 * Lloyd-Evans 2014's reference list was not found, so its four edges stay flagged.
 */
const chienCitesTrials = TRIALS.map((trial) =>
  cites('chien-2019', trial, "In Chien et al. 2019's reference list."),
);
const lloydEvansCitesTrials = TRIALS.map((trial) =>
  unverifiedCite(
    'lloyd-evans-2014',
    trial,
    "The reference says the trials appear in the reviews' reference lists; Lloyd-Evans et al. 2014's own list was not seen.",
  ),
);

/* Cooper 2024 cites, by reference number, every review its tables report. */
const cooperCites: CitationRecord[] = [
  cites('cooper-2024', 'lyons-2021', 'Reference 35 of Cooper et al. 2024 (Tables 2 and 4).'),
  cites('cooper-2024', 'lloyd-evans-2014', 'Reference 22 of Cooper et al. 2024 (Tables 2 and 4).'),
  cites('cooper-2024', 'fuhr-2014', 'Reference 37 of Cooper et al. 2024 (Table 4).'),
  cites('cooper-2024', 'chien-2019', 'Reference 21 of Cooper et al. 2024 (Table 1).'),
  cites('cooper-2024', 'burke-2019', 'Reference 51 of Cooper et al. 2024 (Table 1).'),
];

export const citations: CitationRecord[] = [
  ...cooperCites,
  ...chienCitesTrials,
  ...lloydEvansCitesTrials,
];

/*
 * Inclusions (review INCLUDES study), each from an included-studies table.
 *
 * Chien 2019 (Cochrane): "Cook 2012a" (BRIDGES, N = 428) and "Cook 2012b" (WRAP) have their
 * own rows in the characteristics-of-included-studies tables, and Table 1 (details of the
 * intervention in each included study) lists Castelein 2008, Cook 2012a and Cook 2012b.
 * Jonikas 2013 is filed in Chien's references as a further report of the WRAP trial, not
 * as a study of its own, so it gets no inclusion.
 *
 * Cooper 2024 (umbrella review, 35 included reviews): Table 1 (characteristics of included
 * studies) has rows for Burke 2019 and Chien 2019; Tables 2 and 4 (meta-analysis results)
 * report Lloyd-Evans 2014, Lyons 2021 and Fuhr 2014.
 *
 * Murphy 2024's 15 included studies are not listed in any source read: none is stated.
 */
export const inclusions: InclusionRecord[] = [
  includes(
    'chien-2019',
    'castelein-2008',
    'Chien et al. 2019, Table 1 (details of the peer-support intervention in each included study).',
  ),
  includes(
    'chien-2019',
    'cook-2012-bridges',
    'Chien et al. 2019, characteristics of included studies: "Cook 2012a" (BRIDGES); also Table 1.',
  ),
  includes(
    'chien-2019',
    'cook-2012-wrap',
    'Chien et al. 2019, characteristics of included studies: "Cook 2012b" (WRAP); also Table 1.',
  ),
  includes(
    'cooper-2024',
    'burke-2019',
    'Cooper et al. 2024, Table 1 (characteristics of included studies).',
  ),
  includes(
    'cooper-2024',
    'chien-2019',
    'Cooper et al. 2024, Table 1 (characteristics of included studies).',
  ),
  includes(
    'cooper-2024',
    'lloyd-evans-2014',
    'Cooper et al. 2024, Tables 2 and 4 (meta-analysis results of the included reviews).',
  ),
  includes(
    'cooper-2024',
    'lyons-2021',
    'Cooper et al. 2024, Tables 2 and 4 (meta-analysis results of the included reviews).',
  ),
  includes(
    'cooper-2024',
    'fuhr-2014',
    'Cooper et al. 2024, Table 4 (meta-analysis results of the included reviews).',
  ),
];
