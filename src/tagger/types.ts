/**
 * The concept tagger's public shapes: the taxonomy it is compiled from, the text fields it
 * reads and the links it returns, each with the evidence a reader needs to check it.
 */

/** The kinds of concept the tagger links: a paper STUDIES an intervention and MEASURES an outcome. */
export type TaggableKind = 'intervention' | 'outcome';

/** One concept as the tagger needs it: the name and every other term that names it. */
export interface TaggerConcept {
  id: string;
  kind: TaggableKind;
  name: string;
  synonyms?: readonly string[];
  /** Outcomes: the instruments (scales) that measure it. */
  instruments?: readonly string[];
}

/** Where a text came from: a paper's title, abstract, keywords or MeSH/topic terms, or a statement's sentence. */
export type TagField = 'title' | 'abstract' | 'keywords' | 'topics' | 'sentence';

/** The fields the tagger reads, in order (the first field wins a concept's evidence). */
export interface TagInput {
  field: TagField;
  text: string;
}

/** The span that made a link: its field, its text as written and its character offsets there. */
export interface TagEvidence {
  field: TagField;
  text: string;
  /** Offset of the span's first character in the field's text. */
  start: number;
  /** Offset just past the span's last character. */
  end: number;
}

/** One link: a concept the text talks about, with the first span that says so. */
export interface ConceptTag {
  conceptId: string;
  kind: TaggableKind;
  evidence: TagEvidence;
}
