/**
 * The concept tagger (pure): finds the interventions and outcomes of a taxonomy that a
 * paper's title and abstract, or a statement's sentence, talk about, each link with the
 * span that shows it. Compile the taxonomy once (compileTaxonomy), then tag many texts.
 * Links it makes are stored as TAGGER links with TAGGER_VERSION (docs/tagger.md).
 */
export { compileTaxonomy, type Matcher } from './compile.js';
export { IGNORED_PHRASES } from './ignore.js';
export { abbreviations, tag, type Abbreviations } from './match.js';
export type {
  ConceptTag,
  TagEvidence,
  TagField,
  TagInput,
  TaggableKind,
  TaggerConcept,
} from './types.js';

/**
 * The tagger's version, named like the classifier's (`purpose-lr@1`); raise it when the
 * matching rules change, so links made by the old rules can be found and redone. It is
 * also the provenance name the links add to `sources`.
 */
export const TAGGER_VERSION = 'tagger@1';
