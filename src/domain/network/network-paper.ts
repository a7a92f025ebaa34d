/**
 * The attributes of a paper in an exported citation network, shared by the export reads (which
 * return them with the title as stored) and the serialisers (which receive them with the title
 * a reader sees), so the node table's columns are defined once.
 */

/** Every attribute of an exported paper except its title. */
export interface NetworkPaperAttributes {
  id: string;
  doi: string | null;
  year: number | null;
  venue: string | null;
  publicationTypes: string[];
  citingPaperCount: number;
  interventions: string[];
  outcomes: string[];
}
