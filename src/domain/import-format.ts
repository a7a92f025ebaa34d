/**
 * The import format: the normalised records every parser produces from a source
 * format, and the resolution stage (src/importers/resolve) turns into rows for the
 * transactional writer and the bulk load. Nothing here knows about Neo4j.
 */
import type { Measure, OutcomeDomain, Polarity, Purpose, Section } from './vocabulary.js';

/** Any identifier by which a paper may be known. At least one must be present. */
export interface PaperRef {
  /** A graph id, when the source already knows it (seed, coding sheets). */
  id?: string;
  /** Normalised (see normaliseDoi). */
  doi?: string;
  pmid?: string;
  pmcid?: string;
  /** Short OpenAlex work id, e.g. "W2741809807". */
  openalexId?: string;
  /** Semantic Scholar paperId (40 hex chars). */
  s2Id?: string;
}

export interface AuthorRecord {
  name: string;
  orcid?: string;
}

export interface VenueRecord {
  name: string;
  issn?: string;
  volume?: string;
  issue?: string;
  pages?: string;
}

export interface PaperRecord extends PaperRef {
  title?: string;
  abstract?: string;
  year?: number;
  /** ISO date, YYYY-MM-DD or a prefix of it. */
  publicationDate?: string;
  publicationTypes?: string[];
  /** The authors' keywords, as the source gives them (JATS kwd, BibTeX keywords, RIS KW). */
  keywords?: string[];
  /**
   * Controlled subject terms a source assigns: MeSH headings, OpenAlex topics (or legacy
   * concepts), Crossref subjects. Kept apart from keywords: a vocabulary's term is not the
   * authors' word.
   */
  topics?: string[];
  url?: string;
  authors?: AuthorRecord[];
  venue?: VenueRecord;
  /** Concept ids. */
  interventions?: string[];
  outcomes?: string[];
  populations?: string[];
  settings?: string[];
  /**
   * A paper seen only nested in another record (a cited work, a citingPaper):
   * it fills empty fields and never replaces what a full record gave.
   */
  partial?: boolean;
  /** Where the record came from, e.g. "openalex", "crossref", "seed". */
  source?: string;
  /**
   * Fields whose value could not be checked against the published record, each
   * with why (the seed's own flags; absent: nothing flagged).
   */
  unverified?: UnverifiedField[];
}

/**
 * A paper's string-list properties, one rule on every write path (writer, bulk load, merges):
 * absent when unknown, never stored empty; a record's non-empty list replaces the stored one
 * and a partial record's only fills an absent one.
 */
export const PAPER_LISTS = ['publicationTypes', 'keywords', 'topics'] as const;

/** One paper field a source could not confirm, and why. */
export interface UnverifiedField {
  field: 'title' | 'authors' | 'venue' | 'year' | 'publicationDate' | 'publicationTypes';
  note: string;
}

export interface CitationRecord {
  citing: PaperRef;
  cited: PaperRef;
  /** False when the fact could not be checked against its source (absent: not flagged). */
  verified?: boolean;
  /** Why a fact is flagged, or what it was checked against. */
  note?: string;
}

export interface StatementRecord {
  /** Stable id; when absent the writer derives one from citing, cited and text. */
  id?: string;
  citing: PaperRef;
  cited: PaperRef;
  text: string;
  section: Section;
  polarity: Polarity;
  purpose: Purpose | null;
  /** 0..1, or null when the source gives none. */
  confidence: number | null;
  /** Concept ids. */
  about: string[];
  /** Provenance, e.g. "scite", "semantic-scholar", "curated", "jats", "tei". */
  source: string;
  /**
   * The sentences either side of `text` in the citing paper, from sources that
   * read the full text (JATS, TEI); absent when the source gives none.
   */
  context?: StatementContext;
  /** Free-text provenance note (e.g. "citing paper not identified by the provider"). */
  provenance?: string;
  /** False when the fact could not be checked against its source (absent: not flagged). */
  verified?: boolean;
  /** Why a fact is flagged, or what it was checked against. */
  note?: string;
}

/**
 * The sentence before and the sentence after a citing sentence, where there is one; for a
 * table row (full text), the table's label and caption title before and nothing after.
 */
export interface StatementContext {
  before?: string;
  after?: string;
}

export interface FindingRecord {
  id?: string;
  paper: PaperRef;
  intervention: string;
  outcome: string;
  measure: Measure;
  estimate?: number;
  se?: number;
  variance?: number;
  ciLower?: number;
  ciUpper?: number;
  n?: number;
  timepoint?: string;
  /** Raw arm data, kept so effect sizes can be recomputed. */
  meanI?: number;
  sdI?: number;
  nI?: number;
  meanC?: number;
  sdC?: number;
  nC?: number;
  eventsI?: number;
  totalI?: number;
  eventsC?: number;
  totalC?: number;
  /** A pooled result from a review (k studies, I² in percent). */
  pooled?: boolean;
  k?: number;
  i2?: number;
  p?: number;
  /** False when the finding could not be checked against its source (absent: not flagged). */
  verified?: boolean;
  note?: string;
}

export interface ConceptRecord {
  kind: 'intervention' | 'outcome' | 'population' | 'setting';
  id: string;
  name: string;
  parent?: string;
  domain?: OutcomeDomain;
  description?: string;
  /** Other names the concept goes by in papers (the concept tagger matches them and the name). */
  synonyms?: string[];
  /** Outcomes only: the instruments (scales) that measure it, matched like synonyms. */
  instruments?: string[];
}

export interface ExternalTallyRecord {
  paper: PaperRef;
  source: string;
  /** ISO date the provider's figures were read. */
  asOf?: string;
  citingPublications: number;
  statements: number;
  supporting: number;
  mentioning: number;
  contrasting: number;
  unclassified: number;
  references?: number;
}

export interface InclusionRecord {
  review: PaperRef;
  study: PaperRef;
  /** False when the fact could not be checked against its source (absent: not flagged). */
  verified?: boolean;
  /** Why a fact is flagged, or what it was checked against. */
  note?: string;
}

/** Everything one parse yields; the writer takes these in dependency order. */
export interface RecordBatch {
  concepts: ConceptRecord[];
  papers: PaperRecord[];
  citations: CitationRecord[];
  statements: StatementRecord[];
  findings: FindingRecord[];
  tallies: ExternalTallyRecord[];
  inclusions: InclusionRecord[];
}

/** A record the parser could not accept; written as one JSON line to --rejects. */
export interface Rejection {
  file: string;
  /** 1-based line for line formats, else the 0-based record index. */
  line?: number;
  index?: number;
  field?: string;
  reason: string;
  raw: unknown;
}

export function emptyBatch(): RecordBatch {
  return {
    concepts: [],
    papers: [],
    citations: [],
    statements: [],
    findings: [],
    tallies: [],
    inclusions: [],
  };
}
