/**
 * Study design from a paper's `publicationTypes`, which are free strings. The seed
 * spells them 'systematic review', 'meta-analysis', 'umbrella review', 'scoping review',
 * 'review', 'literature review', 'randomized controlled trial', 'study protocol', 'study'.
 *
 * - REVIEW: any type that mentions "review" or "meta-analysis" (or "meta analysis").
 *   A paper that is both a review and something else is a review.
 * - STUDY: otherwise, a type that mentions "trial" or "study" but not "protocol": a
 *   protocol reports no results, so it is not counted as a study.
 * - OTHER: anything else, including no types at all; such papers are listed in a cell
 *   but counted as neither.
 */

/** The design class used for a cell's `studies` and `reviews` counts. */
export type DesignClass = 'REVIEW' | 'STUDY' | 'OTHER';

const REVIEW = /review|meta[- ]?analy/;
const STUDY = /trial|study/;
const PROTOCOL = /protocol/;

/** Classifies a paper by its publication types (case-insensitive). */
export function classifyDesign(
  publicationTypes: readonly string[] | null | undefined,
): DesignClass {
  const types = (publicationTypes ?? []).map((t) => t.toLowerCase());
  if (types.some((t) => REVIEW.test(t))) return 'REVIEW';
  if (types.some((t) => STUDY.test(t) && !PROTOCOL.test(t))) return 'STUDY';
  return 'OTHER';
}

/**
 * True when `designs` is null (no filter) or names one of the paper's publication types
 * (case-insensitive, exact), or its class: "review" or "study".
 */
export function matchesDesigns(
  publicationTypes: readonly string[] | null | undefined,
  designs: readonly string[] | null,
): boolean {
  if (designs === null) return true;
  const wanted = new Set(designs.map((d) => d.trim().toLowerCase()));
  const types = (publicationTypes ?? []).map((t) => t.toLowerCase());
  if (types.some((t) => wanted.has(t))) return true;
  return wanted.has(classifyDesign(publicationTypes).toLowerCase());
}
