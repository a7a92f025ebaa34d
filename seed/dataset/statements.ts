/**
 * Citation statements about Lyons 2021.
 *
 * Sources: seed file seed/sources/000_b8429c08e3a97322.txt (a citation-statement
 * provider's page for Lyons 2021, which quotes four statements with their section and
 * classification, "mentioning", "confidence: 99%") and
 * seed/sources/peer-support-literature.md, "The two seed papers" (Cooper 2024's
 * tabulation of Lyons 2021's pooled results).
 *
 * Honesty rules: quoted statements are copied verbatim from the seed file (only the
 * surrounding “… …” quote marks and ellipses are trimmed, for all of them alike); the
 * provider does not name their citing papers, so they hang off placeholder papers
 * (papers.ts) and say so in `provenance`. Curated statements are paraphrases of the
 * reference, marked `source: 'curated'` with a provenance note, never presented as quotes,
 * and carry no confidence (null): nobody classified them with a probability.
 */
import type { StatementRecord } from '../../src/domain/import-format.js';

const LYONS = { id: 'lyons-2021' };
const SCITE_FILE = 'seed file 000_b8429c08e3a97322.txt';

/*
 * The file lists four quotes, but the first two are IDENTICAL (same text, same section,
 * same classification, same superscript reference numbers), so they come from the same
 * citing paper and are one statement listed twice by the provider. The model keys a
 * statement by (citing, cited, text) — the writer would merge the two anyway — so it is
 * kept once. The provider's own count (90 statements) is kept apart, unchanged, in the
 * external tally (tallies.ts); this graph does not try to reproduce it.
 *
 * Sections: "Discussion" -> DISCUSSION. "The Contribution Of Service User-led and
 * Co-produced Initiat..." is a topical heading of a narrative article, not one of the
 * standard IMRaD sections, and nothing says where in the article it sits, so it maps to
 * OTHER (mapping it to DISCUSSION would claim a structure the source does not show).
 */
export const sciteStatements: StatementRecord[] = [
  {
    id: 'scite-lyons-2021-1',
    citing: { id: 'unidentified-citing-1' },
    cited: LYONS,
    text: 'This model has been introduced into acute inpatient environments in the UK 146 , and smallscale qualitative studies show that patients can find it helpful in providing per soncentred emotional and practical sup port and in modelling hope 147 . Research into the implementation and effectiveness of peer support in crisis and acute services is ongoing globally 148 and, while some study findings on discharge and readmis sion to acute care seem promising 128 , a ro bust evidence base is still needed 149,150 .',
    section: 'OTHER',
    polarity: 'MENTIONING',
    purpose: null,
    confidence: 0.99,
    about: ['peer-support', 'hope', 'readmission'],
    source: 'scite',
    provenance:
      `Quoted in ${SCITE_FILE} (listed twice there, identical; kept once) under the section heading ` +
      '"The Contribution Of Service User-led and Co-produced Initiat..." (truncated by the provider; ' +
      'mapped to OTHER). Citing paper not identified by the provider; likely Johnson et al. 2022, ' +
      'World Psychiatry, doi 10.1002/wps.20962 (unverified).',
  },
  {
    id: 'scite-lyons-2021-2',
    citing: { id: 'unidentified-citing-2' },
    cited: LYONS,
    text: 'The value ascribed by participants to incorporating patient perspectives in the post-event analysis of restraint and seclusion events might emphasise the need to include ‘peer professionals’ in debriefing processes, perhaps, especially, where the involved patient is too unwell to engage in this process. Recent systematic reviews and meta-analyses indicate that peer support interventions in mental health settings have more impact on psychosocial outcomes than they do on clinical outcomes [ 38 , 39 ]. This might underscore the importance of peer support, especially, in psychosocial interventions such as those aiming to enhance de-escalation and reduce conflict and containment.',
    section: 'DISCUSSION',
    polarity: 'MENTIONING',
    purpose: null,
    confidence: 0.99,
    about: ['peer-support', 'psychosocial-outcomes', 'clinical-outcomes'],
    source: 'scite',
    provenance: `Quoted in ${SCITE_FILE}. Citing paper not identified by the provider.`,
  },
  {
    id: 'scite-lyons-2021-3',
    citing: { id: 'unidentified-citing-3' },
    cited: LYONS,
    text: 'Researchers have found that support groups that use peer support can be a negative experience ( Galinsky and Schopler, 1994 ). A systematic review and meta-analysis conducted by Lyons et al (2021) found there to be insufficient evidence available on the effectiveness of peer support for mental health issues. Overall, there is a need for more research into the effectiveness of peer support as an intervention before firm conclusions can be drawn ( Ali et al, 2015 ; Lyons et al, 2021 ).',
    section: 'DISCUSSION',
    polarity: 'MENTIONING',
    purpose: null,
    confidence: 0.99,
    about: ['peer-support', 'group-peer-support'],
    source: 'scite',
    // "Ali et al, 2015" is probably ali-2015, but that is not verified: no edge is added.
    provenance: `Quoted in ${SCITE_FILE}. Citing paper not identified by the provider.`,
  },
];

/*
 * Curated: Cooper 2024 tabulates Lyons 2021's pooled results without judging them, so the
 * statement is MENTIONING with purpose RESULT. The tables are Cooper's results Tables 2 and
 * 4 (seed/sources/records.md), hence RESULTS. Only figures a source gives are repeated; the
 * depression estimate (not seen) is not.
 */
export const curatedStatements: StatementRecord[] = [
  {
    id: 'curated-cooper-2024-lyons-2021-results',
    citing: { id: 'cooper-2024' },
    cited: LYONS,
    text: 'Cooper et al. tabulate the pooled results of Lyons et al. 2021 for peer support groups: recovery post-intervention, 5 trials (n = 1,265), SMD 0.18 (95% CI 0.07 to 0.29); hope post-intervention, 3 trials (n = 1,029), 0.18 (-0.34 to 0.69), labelled MD; depression, 4 trials (n = 929), no effect.',
    section: 'RESULTS',
    polarity: 'MENTIONING',
    purpose: 'RESULT',
    confidence: null,
    about: ['peer-support-group', 'recovery', 'hope', 'depression'],
    source: 'curated',
    provenance:
      "Paraphrase from the reference's summary (peer-support-literature.md, Lyons 2021 section), " +
      'not a quotation from Cooper et al. 2024, whose results Tables 2 and 4 report them.',
  },
];

export const statements: StatementRecord[] = [...sciteStatements, ...curatedStatements];
