/**
 * Mapping of one Crossref REST API work (https://api.crossref.org/swagger-ui/index.html,
 * field reference https://github.com/CrossRef/rest-api-doc/blob/master/api_format.md)
 * to a PaperRecord and the DOIs it cites. Private helper of crossref.ts.
 */
import type { AuthorRecord, PaperRecord, VenueRecord } from '../../domain/import-format.js';
import { normaliseDoi } from '../../domain/doi.js';
import { RecordError } from './errors.js';
import { checkPaperLimits } from './limits.js';
import { noReferences, type ReferenceCount } from './result.js';
import { doi, fromDateParts, isObject, orcid, pages, stripTags, terms, text } from './values.js';

/** A mapped work: the paper, the normalised DOIs of its references, and references without one. */
export interface MappedCrossrefWork {
  paper: PaperRecord;
  citedDois: string[];
  skippedReferences: number;
  /** Its reference list: what became citedDois and what did not (its own DOI, a DOI met again, none). */
  references: ReferenceCount;
}

function first(value: unknown): string | undefined {
  return Array.isArray(value) ? text(value[0]) : text(value);
}

function authors(value: unknown): AuthorRecord[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out: AuthorRecord[] = [];
  for (const a of value) {
    if (!isObject(a)) continue;
    const personal = [text(a.given), text(a.family)].filter((p) => p !== undefined).join(' ');
    const name = text(personal) ?? text(a.name);
    if (name === undefined) continue;
    const id = orcid(a.ORCID);
    out.push(id === undefined ? { name } : { name, orcid: id });
  }
  return out.length > 0 ? out : undefined;
}

function venue(work: Record<string, unknown>): VenueRecord | undefined {
  const name = first(work['container-title']);
  if (name === undefined) return undefined;
  const fields = {
    issn: first(work.ISSN),
    volume: text(work.volume),
    issue: text(work.issue),
    // Online-only journals (BMC, PLOS) give an article number instead of pages.
    pages: pages(work.page) ?? text(work['article-number']),
  };
  const v: VenueRecord = { name };
  for (const [k, value] of Object.entries(fields)) if (value !== undefined) v[k as 'issn'] = value;
  return v;
}

function dates(work: Record<string, unknown>): { year?: number; date?: string } {
  for (const key of ['issued', 'published', 'published-print', 'published-online']) {
    const d = fromDateParts(work[key]);
    if (d.year !== undefined) return d;
  }
  return {};
}

/** Maps one work; RecordError when it is not an object or has no valid DOI. */
export function mapCrossrefWork(work: unknown): MappedCrossrefWork {
  if (!isObject(work)) throw new RecordError(undefined, 'not a JSON object');
  const workDoi = doi('DOI', work.DOI);
  if (workDoi === undefined) throw new RecordError('DOI', 'work has no DOI');
  const { year, date } = dates(work);
  const type = text(work.type);
  const fields: PaperRecord = {
    doi: workDoi,
    title: first(work.title),
    abstract: stripTags(work.abstract),
    year,
    publicationDate: date,
    publicationTypes: type === undefined ? undefined : [type],
    // The journal's subject categories (ASJC names), a controlled list: topics.
    topics: terms(Array.isArray(work.subject) ? work.subject : []),
    url: text(work.URL),
    authors: authors(work.author),
    venue: venue(work),
    source: 'crossref',
  };
  const paper = Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v !== undefined),
  ) as PaperRecord;
  checkPaperLimits(paper);
  const citedDois: string[] = [];
  const references = noReferences();
  for (const ref of Array.isArray(work.reference) ? work.reference : []) {
    references.read += 1;
    const cited = isObject(ref) ? normaliseDoi(text(ref.DOI)) : null;
    if (cited === null) references.withoutId += 1;
    else if (cited === workDoi) references.selfCitations += 1;
    else if (citedDois.includes(cited)) references.duplicates += 1;
    else citedDois.push(cited);
  }
  return { paper, citedDois, skippedReferences: references.withoutId, references };
}
