/**
 * Mapping of Semantic Scholar Graph API objects (https://api.semanticscholar.org/api-docs/graph):
 * a paper, and the citation contexts of one `/paper/{id}/citations` or `/references` entry.
 * Private helper of semantic-scholar.ts.
 */
import type { AuthorRecord, PaperRecord, VenueRecord } from '../../domain/import-format.js';
import type { Purpose } from '../../domain/vocabulary.js';
import { RecordError } from './errors.js';
import { checkPaperLimits } from './limits.js';
import { refOf } from './result.js';
import { doi, isObject, isoDate, pages, pmcid, pmid, text, year } from './values.js';

const S2_ID = /^[0-9a-f]{40}$/i;

const PURPOSE_BY_INTENT: Record<string, Purpose> = {
  background: 'BACKGROUND',
  methodology: 'METHOD',
  result: 'RESULT',
};

/** The first S2 intent that maps to a Purpose (background, methodology, result), else null. */
export function purposeOf(intents: unknown): Purpose | null {
  if (!Array.isArray(intents)) return null;
  for (const i of intents) {
    const p = typeof i === 'string' ? PURPOSE_BY_INTENT[i.toLowerCase()] : undefined;
    if (p) return p;
  }
  return null;
}

/** The contexts of a citation entry with their purpose; contextsWithIntent wins when present. */
export function contextsOf(
  entry: Record<string, unknown>,
): { text: string; purpose: Purpose | null }[] {
  const withIntent = Array.isArray(entry.contextsWithIntent) ? entry.contextsWithIntent : null;
  const out: { text: string; purpose: Purpose | null }[] = [];
  if (withIntent && withIntent.length > 0) {
    for (const c of withIntent) {
      const t = isObject(c) ? text(c.context) : undefined;
      if (t !== undefined && isObject(c)) out.push({ text: t, purpose: purposeOf(c.intents) });
    }
    return out;
  }
  const purpose = purposeOf(entry.intents);
  for (const c of Array.isArray(entry.contexts) ? entry.contexts : []) {
    const t = text(c);
    if (t !== undefined) out.push({ text: t, purpose });
  }
  return out;
}

function authors(value: unknown): AuthorRecord[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const names = value.map((a) => (isObject(a) ? text(a.name) : undefined));
  const out = names.filter((n): n is string => n !== undefined).map((name) => ({ name }));
  return out.length > 0 ? out : undefined;
}

function venue(paper: Record<string, unknown>): VenueRecord | undefined {
  const journal = isObject(paper.journal) ? paper.journal : {};
  const name = text(journal.name) ?? text(paper.venue);
  if (name === undefined) return undefined;
  const v: VenueRecord = { name };
  const volume = text(journal.volume);
  const range = pages(journal.pages);
  if (volume !== undefined) v.volume = volume;
  if (range !== undefined) v.pages = range;
  return v;
}

/**
 * Maps one S2 paper object. `fieldsOfStudy` and `s2FieldsOfStudy` are not kept as topics:
 * some twenty disciplines ("Medicine", "Psychology") say nothing a concept link could use.
 * S2 gives no keywords. `field` prefixes field names in errors (e.g. "citingPaper").
 * RecordError when an identifier is malformed or the paper has no identifier at all.
 */
export function mapS2Paper(value: unknown, partial: boolean, field = ''): PaperRecord {
  const at = (name: string): string => (field === '' ? name : `${field}.${name}`);
  if (!isObject(value)) throw new RecordError(field || undefined, 'not a JSON object');
  const ext = isObject(value.externalIds) ? value.externalIds : {};
  const s2Id = text(value.paperId);
  if (s2Id !== undefined && !S2_ID.test(s2Id)) {
    throw new RecordError(at('paperId'), `not a Semantic Scholar paperId: "${s2Id}"`);
  }
  const types = Array.isArray(value.publicationTypes)
    ? value.publicationTypes.map(text).filter((t): t is string => t !== undefined)
    : [];
  const fields: PaperRecord = {
    s2Id: s2Id?.toLowerCase(),
    doi: doi(at('externalIds.DOI'), ext.DOI),
    pmid: pmid(at('externalIds.PubMed'), ext.PubMed),
    pmcid: pmcid(at('externalIds.PubMedCentral'), ext.PubMedCentral),
    title: text(value.title),
    abstract: text(value.abstract),
    year: year(value.year),
    publicationDate: isoDate(value.publicationDate),
    publicationTypes: types.length > 0 ? types : undefined,
    url: text(value.url),
    authors: authors(value.authors),
    venue: venue(value),
    partial: partial || undefined,
    source: 'semantic-scholar',
  };
  const paper = Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v !== undefined),
  ) as PaperRecord;
  if (refOf(paper) === undefined) {
    throw new RecordError(at('paperId'), 'the provider does not identify this paper');
  }
  checkPaperLimits(paper);
  return paper;
}
