/**
 * The `sources` argument of Paper.interventions / outcomes and Statement.about: the links
 * with their source come from the link loaders (one batched read per field, as the plain
 * lists), kept when their link source is one asked for, in the plain lists' order (by name).
 */
import type { ConceptLinkModel, ConceptModel } from '../repositories/models.js';

/** The concepts of `links` with relation `relation` whose link source is in `sources`. */
export function conceptsFrom(
  links: readonly ConceptLinkModel[],
  relation: string,
  sources: readonly string[],
): ConceptModel[] {
  return links
    .filter((l) => l.relation === relation && sources.includes(l.linkSource ?? 'CURATED'))
    .map((l) => l.concept)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
