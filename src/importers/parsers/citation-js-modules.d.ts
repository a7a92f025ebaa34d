/**
 * Minimal typings for the parts of Citation.js (https://citation.js.org/api/0.7/)
 * that citation-js.ts uses; the packages ship no TypeScript declarations.
 */
declare module '@citation-js/core' {
  /** Options of plugins.input.chain. */
  export interface InputOptions {
    /** Skip recording the parse graph on each item. */
    generateGraph?: boolean;
    /** Parse as this input type (e.g. "@biblatex/text", "@ris/file", "@csl/object"). */
    forceType?: string;
  }
  export const plugins: {
    input: {
      /** Parses input all the way to CSL-JSON items; throws on unparseable input. */
      chain(input: unknown, options?: InputOptions): unknown[];
    };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
