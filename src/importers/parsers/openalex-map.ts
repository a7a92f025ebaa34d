/**
 * Mapping of one OpenAlex Work object (https://docs.openalex.org/api-entities/works/work-object)
 * to a PaperRecord plus its outgoing citations. Private helper of openalex.ts.
 */
import type {
  AuthorRecord,
  CitationRecord,
  PaperRecord,
  VenueRecord,
} from '../../domain/import-format.js';
import { RecordError } from './errors.js';
import { checkPaperLimits } from './limits.js';
import { noReferences, refOf, type ReferenceCount } from './result.js';
import { doi, isObject, isoDate, orcid, pages, pmcid, pmid, terms, text, year } from './values.js';

/** A mapped work: the paper and the short ids of the works it cites. */
export interface MappedWork {
  paper: PaperRecord;
  citations: CitationRecord[];
  citedIds: string[];
  /** Its referenced_works: what became citations and what did not (a malformed id, one met again). */
  references: ReferenceCount;
}

/** "https://openalex.org/W2741809807" or "W2741809807" → "W2741809807"; undefined when not a work id. */
export function shortWorkId(value: unknown): string | undefined {
  const m = /^(?:https?:\/\/(?:api\.)?openalex\.org\/(?:works\/)?)?(W\d+)$/i.exec(
    text(value) ?? '',
  );
  return m?.[1]?.toUpperCase();
}

/** Rebuilds plain text from an abstract_inverted_index (word → positions). */
export function rebuildAbstract(index: unknown): string | undefined {
  if (!isObject(index)) return undefined;
  const words: string[] = [];
  for (const [word, positions] of Object.entries(index)) {
    if (!Array.isArray(positions)) continue;
    for (const p of positions) if (Number.isInteger(p) && p >= 0) words[p as number] = word;
  }
  return text(words.filter((w) => w !== undefined).join(' '));
}

function authors(authorships: unknown): AuthorRecord[] | undefined {
  if (!Array.isArray(authorships)) return undefined;
  const out: AuthorRecord[] = [];
  for (const a of authorships) {
    const author = isObject(a) && isObject(a.author) ? a.author : undefined;
    const name = text(author?.display_name);
    if (!author || name === undefined) continue;
    const id = orcid(author.orcid);
    out.push(id === undefined ? { name } : { name, orcid: id });
  }
  return out.length > 0 ? out : undefined;
}

function venue(work: Record<string, unknown>): VenueRecord | undefined {
  const location = isObject(work.primary_location) ? work.primary_location : {};
  const source = isObject(location.source) ? location.source : {};
  const name = text(source.display_name);
  if (name === undefined) return undefined;
  const biblio = isObject(work.biblio) ? work.biblio : {};
  const fields = {
    issn: text(source.issn_l),
    volume: text(biblio.volume),
    issue: text(biblio.issue),
    pages: pages(biblio.first_page, biblio.last_page),
  };
  const v: VenueRecord = { name };
  for (const [k, value] of Object.entries(fields)) if (value !== undefined) v[k as 'issn'] = value;
  return v;
}

/** Least score at which a legacy concept counts as a topic of the work (its 0..1 relevance). */
export const CONCEPT_MIN_SCORE = 0.5;

const names = (list: unknown, key = 'display_name', keep = (_: Record<string, unknown>) => true) =>
  Array.isArray(list)
    ? list
        .filter(isObject)
        .filter(keep)
        .map((o) => o[key])
    : [];

/**
 * A work's controlled terms: its MeSH descriptors (works indexed in PubMed), then its topics;
 * a work without topics (records from before 2024) gives its legacy concepts scoring at least
 * CONCEPT_MIN_SCORE instead, leaving out those named with a qualifier ("Depression
 * (economics)"), which name a sense the tagger would read as the bare word.
 */
function topics(work: Record<string, unknown>): string[] | undefined {
  const mesh = names(work.mesh, 'descriptor_name');
  const current = names(work.topics);
  const legacy = names(
    work.concepts,
    'display_name',
    (c) =>
      typeof c.score === 'number' &&
      c.score >= CONCEPT_MIN_SCORE &&
      !/\(.*\)/.test(String(c.display_name ?? '')),
  );
  return terms([...mesh, ...(current.length > 0 ? current : legacy)]);
}

/** Maps one work; RecordError when it is not a work or lacks both a title and an identifier. */
export function mapWork(work: unknown): MappedWork {
  if (!isObject(work)) throw new RecordError(undefined, 'not a JSON object');
  const ids = isObject(work.ids) ? work.ids : {};
  const rawId = work.id ?? ids.openalex;
  const openalexId = shortWorkId(ids.openalex) ?? shortWorkId(work.id);
  if (openalexId === undefined && text(rawId) !== undefined) {
    throw new RecordError('id', `not an OpenAlex work id: "${text(rawId)}"`);
  }
  const fields: PaperRecord = {
    openalexId,
    doi: doi('doi', ids.doi ?? work.doi),
    pmid: pmid('ids.pmid', ids.pmid),
    pmcid: pmcid('ids.pmcid', ids.pmcid),
    title: text(work.title) ?? text(work.display_name),
    abstract: rebuildAbstract(work.abstract_inverted_index),
    year: year(work.publication_year),
    publicationDate: isoDate(work.publication_date),
    publicationTypes: text(work.type) === undefined ? undefined : [text(work.type) as string],
    // OpenAlex keywords are terms it finds in the work, the nearest it has to the authors'.
    // (2023 records: {keyword, score}; since: {id, display_name, score}).
    keywords: terms([...names(work.keywords), ...names(work.keywords, 'keyword')]),
    topics: topics(work),
    authors: authors(work.authorships),
    venue: venue(work),
    source: 'openalex',
  };
  const paper = Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v !== undefined),
  ) as PaperRecord;
  const citing = refOf(paper);
  if (citing === undefined && paper.title === undefined) {
    throw new RecordError('title', 'work has neither a title nor any identifier');
  }
  checkPaperLimits(paper);
  const citedIds: string[] = [];
  const citations: CitationRecord[] = [];
  const references = noReferences();
  const refs = Array.isArray(work.referenced_works) ? work.referenced_works : [];
  for (const r of refs) {
    references.read += 1;
    const cited = shortWorkId(r);
    // A work without any identifier cannot be the citing end of an edge either.
    if (cited === undefined || citing === undefined) references.withoutId += 1;
    else if (citedIds.includes(cited)) references.duplicates += 1;
    else {
      citedIds.push(cited);
      citations.push({ citing, cited: { openalexId: cited } });
    }
  }
  return { paper, citations, citedIds, references };
}
