/**
 * Citation edges (citing -> cited) and review inclusions of the seed graph.
 *
 * Source: seed/sources/peer-support-literature.md — "Verified neighbourhood"
 * (Cooper 2024 citing Lyons 2021; Johnson 2022 "likely citing (not verified)"; the closing
 * paragraph on Chien 2019, Lloyd-Evans 2014 and the four trials).
 *
 * Honesty rules: an edge is listed only when the reference states it. Nothing marked
 * *unverified* is stated as an edge. Lyons 2021's own 85 references are not listed by the
 * reference, so none is invented. Citation edges implied by statements (statements.ts) are
 * created by the writer from those statements and are not repeated here.
 */
import type { CitationRecord, InclusionRecord } from '../../src/domain/import-format.js';

const cites = (citing: string, cited: string): CitationRecord => ({
  citing: { id: citing },
  cited: { id: cited },
});

/*
 * Johnson 2022 -> Lyons 2021 is only *likely* (the reference: "Likely citing (not
 * verified)"). A CitationRecord has no provenance field, so an edge here would state the
 * citation as fact. It is therefore NOT added. The likelihood is recorded only in the
 * provenance note of the scite statement whose citing paper it probably is (statements.ts),
 * and that statement hangs off a placeholder paper, not off johnson-2022.
 */

/*
 * "Chien 2019, Lloyd-Evans 2014, Castelein 2008, Cook 2012 (both) and Jonikas 2013 are
 * linked in the public record: the trials appear in the reviews' reference lists."
 * The reviews are Chien 2019 and Lloyd-Evans 2014; the trials are Castelein 2008, the two
 * Cook 2012 trials and Jonikas 2013. The sentence does not say which trial is in which
 * review's list. Read plainly ("the trials appear in the reviews' reference lists") it
 * links every named trial with every named review, and every trial precedes both reviews,
 * so both reviews are given an edge to all four trials (8 edges). This is the AMBIGUOUS
 * part of the dataset: if a per-review reference list shows a trial missing, drop its edge.
 * No edge between the two reviews (Chien 2019 -> Lloyd-Evans 2014) is stated, so none is added.
 */
const reviewsCitingTrials = ['chien-2019', 'lloyd-evans-2014'].flatMap((review) =>
  ['castelein-2008', 'cook-2012-wrap', 'cook-2012-bridges', 'jonikas-2013'].map((trial) =>
    cites(review, trial),
  ),
);

export const citations: CitationRecord[] = [
  // Verified: Lyons 2021 is reference 35 of Cooper et al. 2024.
  cites('cooper-2024', 'lyons-2021'),
  ...reviewsCitingTrials,
];

/*
 * Inclusions (review INCLUDES study): none. The reference says "Which review includes which
 * trial beyond that is *unverified*": appearing in a review's reference list is not the
 * same as being one of its included studies. Murphy 2024's 15 included studies are marked
 * "list *unverified*". Cooper 2024 tabulates Lyons 2021's pooled results, which suggests
 * Lyons is one of its 35 included reviews, but the reference never says "includes", so
 * that edge is not stated either.
 */
export const inclusions: InclusionRecord[] = [];
