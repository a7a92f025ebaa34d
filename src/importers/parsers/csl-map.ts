/**
 * Mapping of one CSL-JSON item (CSL 1.0.2 schema,
 * https://github.com/citation-style-language/schema/blob/master/schemas/input/csl-data.json)
 * to a PaperRecord. Citation.js turns BibTeX and RIS into this shape first.
 */
import type { AuthorRecord, PaperRecord, VenueRecord } from '../../domain/import-format.js';
import { RecordError } from './errors.js';
import { checkPaperLimits } from './limits.js';
import { refOf } from './result.js';
import {
  doi,
  fromDateParts,
  isObject,
  pages,
  pmcid,
  pmid,
  splitTerms,
  stripTags,
  terms,
  text,
} from './values.js';

/** "Given [dropping-particle] [non-dropping-particle] Family", or the literal name. */
function nameOf(a: Record<string, unknown>): string | undefined {
  const parts = [a.given, a['dropping-particle'], a['non-dropping-particle'], a.family, a.suffix];
  return text(a.literal) ?? text(parts.map(text).filter(Boolean).join(' '));
}

function authors(value: unknown): AuthorRecord[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const names = value.map((a) => (isObject(a) ? nameOf(a) : undefined));
  const out = names.filter((n): n is string => n !== undefined).map((name) => ({ name }));
  return out.length > 0 ? out : undefined;
}

function venue(item: Record<string, unknown>): VenueRecord | undefined {
  const name = text(item['container-title']);
  if (name === undefined) return undefined;
  const fields = {
    // CSL allows several ISSNs in one string ("1471-244X, 1471-244X"); the first is kept.
    issn: text(item.ISSN)?.split(/[\s,;]+/)[0],
    volume: text(item.volume),
    issue: text(item.issue),
    pages: pages(item.page),
  };
  const v: VenueRecord = { name };
  for (const [k, value] of Object.entries(fields)) if (value !== undefined) v[k as 'issn'] = value;
  return v;
}

/**
 * CSL `keyword` is one string ("a, b" or "a; b": Citation.js writes BibTeX `keywords` so);
 * a list (RIS `KW` lines, citation-js-fixes.ts) keeps each item whole.
 */
function keywords(value: unknown): string[] | undefined {
  return terms(Array.isArray(value) ? value : splitTerms(value));
}

/**
 * Maps one CSL item. RecordError with field 'doi' for a malformed DOI, and with
 * field 'title' when the item has neither a title nor any identifier.
 */
export function mapCslItem(item: unknown, source: string): PaperRecord {
  if (!isObject(item)) throw new RecordError(undefined, 'not a CSL-JSON object');
  const { year, date } = fromDateParts(item.issued);
  const type = text(item.type);
  const fields: PaperRecord = {
    doi: doi('doi', item.DOI),
    pmid: pmid('pmid', item.PMID),
    pmcid: pmcid('pmcid', item.PMCID),
    title: text(item.title),
    // RIS records may carry several AB lines (SciELO: one per language); the first is kept.
    abstract: stripTags(Array.isArray(item.abstract) ? item.abstract[0] : item.abstract),
    year,
    publicationDate: date,
    publicationTypes: type === undefined ? undefined : [type],
    keywords: keywords(item.keyword),
    url: text(item.URL),
    authors: authors(item.author),
    venue: venue(item),
    source,
  };
  const paper = Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v !== undefined),
  ) as PaperRecord;
  if (paper.title === undefined && refOf(paper) === undefined) {
    throw new RecordError('title', 'record has neither a title nor any identifier');
  }
  checkPaperLimits(paper);
  return paper;
}
