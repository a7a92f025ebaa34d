/**
 * What the network repository returns and network resolvers receive as parents (codegen
 * mappers for Network, NetworkNode, NetworkEdge and RelatedPaper).
 */
import type { CitationEdge } from '../../domain/network/citation-edge.js';
import type { PaperModel } from '../models.js';

/** A citation between two papers of a network: the one citation-edge model of the domain. */
export type NetworkEdgeModel = CitationEdge;

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
