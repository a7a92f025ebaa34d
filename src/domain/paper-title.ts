/**
 * The title shown for a paper that has none (a stub known only from a citation or an
 * identifier): the same in the GraphQL API and in network exports, so a paper reads alike
 * wherever it appears.
 */

/** The identifiers a paper may have, in the order the fallback title prefers them. */
export interface PaperIdentifiers {
  id: string;
  doi?: string | null;
  openalexId?: string | null;
  s2Id?: string | null;
  pmid?: string | null;
}

/** The paper's title, or `(untitled: <first identifier it has>)`. */
export function displayTitle(paper: PaperIdentifiers & { title?: string | null }): string {
  if (paper.title !== null && paper.title !== undefined) return paper.title;
  const id = paper.doi ?? paper.openalexId ?? paper.s2Id ?? paper.pmid ?? paper.id;
  return `(untitled: ${id})`;
}
