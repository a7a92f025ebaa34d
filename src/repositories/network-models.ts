/**
 * What the network repository returns and network resolvers receive as parents (codegen
 * mappers for Network, NetworkNode, NetworkEdge and RelatedPaper).
 */
import type { Polarity } from '../domain/vocabulary.js';
import type { CitationCounts } from './cited-item.js';
import type { PaperModel } from './models.js';

/** A citation between two papers of a network, with its statement counters. */
export interface NetworkEdgeModel extends CitationCounts {
  dominantPolarity: Polarity | null;
  weight: number;
}

/** A paper of a network with its place in it. */
export interface NetworkNodeModel {
  paper: PaperModel;
  depth: number;
  inDegree: number;
  outDegree: number;
  score: number;
}

/** A citation network: nodes in rank order (depth, then most cited), edges citing → cited. */
export interface NetworkModel {
  nodes: NetworkNodeModel[];
  edges: NetworkEdgeModel[];
  truncated: boolean;
}

/** A paper related to another (co-cited or coupled), with the number of papers they share. */
export interface RelatedPaperModel {
  paper: PaperModel;
  shared: number;
}

/** Citations of a paper in one year of the citing papers. */
export interface YearTallyModel {
  year: number;
  citingPapers: number;
  statements: number;
  supporting: number;
  mentioning: number;
  contrasting: number;
  unclassified: number;
}
