/**
 * Turns resolved records into the rows both write paths store: the parameter
 * rows of the write queries (src/db/cypher/writes.ts) and the bulk load's CSV.
 */
import { derivedId } from '../../domain/ids.js';
import {
  PAPER_LISTS,
  type ExternalTallyRecord,
  type FindingRecord,
  type PaperRecord,
  type StatementRecord,
} from '../../domain/import-format.js';
import { classify } from '../../classifier/index.js';
import { importLabels, type Classify } from './labels.js';
import type { TagRow } from './tags.js';

const nameKey = (name: string) =>
  name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\W+/g, ' ').trim();

/** Normalised text used to recognise the same statement from two sources. */
export function statementKey(text: string): string {
  return text
    .replace(/^[\s"“”'‘’…]+|[\s"“”'‘’…]+$/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

export function paperRow(record: PaperRecord, id: string, isNew: boolean) {
  const authors = (record.authors ?? []).map((a, i) => ({
    id: derivedId('a', a.orcid ? `orcid:${a.orcid}` : `name:${nameKey(a.name)}`),
    name: a.name,
    orcid: a.orcid ?? null,
    position: i + 1,
  }));
  const venue = record.venue
    ? {
        id: derivedId(
          'v',
          record.venue.issn ? `issn:${record.venue.issn}` : `name:${nameKey(record.venue.name)}`,
        ),
        name: record.venue.name,
        issn: record.venue.issn ?? null,
        volume: record.venue.volume ?? null,
        issue: record.venue.issue ?? null,
        pages: record.venue.pages ?? null,
      }
    : null;
  return {
    id,
    isNew,
    doi: record.doi ?? null,
    pmid: record.pmid ?? null,
    pmcid: record.pmcid ?? null,
    openalexId: record.openalexId ?? null,
    s2Id: record.s2Id ?? null,
    title: record.title ?? null,
    abstract: record.abstract ?? null,
    year: record.year ?? null,
    publicationDate: record.publicationDate ?? null,
    // No types is no list: an absent property means unknown, on every write path.
    publicationTypes: record.publicationTypes?.length ? record.publicationTypes : null,
    keywords: record.keywords?.length ? record.keywords : null,
    topics: record.topics?.length ? record.topics : null,
    url: record.url ?? null,
    authors,
    replaceAuthors: authors.length > 0,
    venue,
    replaceVenue: venue !== null,
    interventions: record.interventions ?? [],
    outcomes: record.outcomes ?? [],
    populations: record.populations ?? [],
    settings: record.settings ?? [],
  };
}

/** A paper's scalar properties, as the write queries and the bulk load store them. */
export const PAPER_PROPS = [
  'doi',
  'pmid',
  'pmcid',
  'openalexId',
  's2Id',
  'title',
  'abstract',
  'year',
  'publicationDate',
  'url',
] as const;

/** The row of write.papers.new: only the values present, as one property map. */
export function newPaperRow(record: PaperRecord, id: string) {
  const row = paperRow(record, id, true);
  const props: Record<string, unknown> = {};
  for (const key of PAPER_LISTS) if (row[key]) props[key] = row[key];
  for (const key of PAPER_PROPS) if (row[key] !== null) props[key] = row[key];
  return {
    id,
    stub: Boolean(record.partial),
    props,
    authors: row.authors,
    venue: row.venue,
    interventions: row.interventions,
    outcomes: row.outcomes,
    populations: row.populations,
    settings: row.settings,
  };
}

/**
 * A fact's verification flag as the write queries store it: `verified: false`
 * (and a note) when the record says it could not be checked. Only the keys a
 * record gives are present; an absent one leaves what is stored. Sources are
 * not here: a batch's source is one query parameter (`$sources`), since every
 * fact of a file has the same.
 */
export function flagRow(record: { verified?: boolean; note?: string }): {
  verified?: boolean;
  note?: string;
} {
  const flag: { verified?: boolean; note?: string } = {};
  if (record.verified !== undefined) flag.verified = record.verified;
  if (record.note !== undefined) flag.note = record.note;
  return flag;
}

/**
 * The row of write.paperFlags for a record that flags some of its fields as
 * unverified, or null: the field names and their notes as two parallel lists
 * (a property holds no maps), as the bulk load writes them too.
 */
export function paperFlagRow(record: PaperRecord, id: string) {
  if (!record.unverified?.length) return null;
  return {
    id,
    partial: Boolean(record.partial),
    fields: record.unverified.map((u) => u.field),
    notes: record.unverified.map((u) => u.note),
  };
}

export function statementRow(
  record: StatementRecord,
  citing: string,
  cited: string,
  run: Classify | null = classify,
) {
  return {
    id: record.id ?? derivedId('s', citing, cited, statementKey(record.text)),
    citing,
    cited,
    text: record.text,
    section: record.section,
    // The source's labels, and the classifier's where the source gave none (labels.ts).
    ...importLabels(record, run),
    source: record.source,
    provenance: record.provenance ?? null,
    // Stored as two string properties (a property holds no map); null is no side.
    contextBefore: record.context?.before ?? null,
    contextAfter: record.context?.after ?? null,
    ...flagRow(record),
    about: [...new Set(record.about)].sort(),
    /** The concept tagger's ABOUT links (./tags.ts); null: not tagged. */
    tagged: null as TagRow[] | null,
  };
}

export function findingRow(record: FindingRecord, paper: string) {
  const { paper: _paper, id, intervention, outcome, ...props } = record;
  const all = {
    estimate: null,
    se: null,
    variance: null,
    ciLower: null,
    ciUpper: null,
    n: null,
    timepoint: null,
    meanI: null,
    sdI: null,
    nI: null,
    meanC: null,
    sdC: null,
    nC: null,
    eventsI: null,
    totalI: null,
    eventsC: null,
    totalC: null,
    pooled: false,
    k: null,
    i2: null,
    p: null,
    note: null,
    ...props,
  };
  return {
    id: id ?? derivedId('f', paper, intervention, outcome, record.measure, record.timepoint ?? ''),
    paper,
    intervention,
    outcome,
    props: all,
  };
}

export function tallyRow(record: ExternalTallyRecord, paper: string) {
  const { paper: _paper, ...props } = record;
  return {
    id: derivedId('t', paper, record.source),
    paper,
    props: { asOf: null, references: null, ...props },
  };
}
