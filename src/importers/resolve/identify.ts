/**
 * The pure decisions of identity merging: when a record's identifiers lead to
 * two or more papers, which one survives, and when the papers are not one work
 * at all (different DOIs). The writer, the bulk load and the curator merge all
 * follow these rules, so any arrival order of the same works gives one node
 * per work.
 *
 * The survivor is the paper with the strongest identifier: a DOI beats a PMID,
 * then a PMCID, an OpenAlex id and a Semantic Scholar id (the order of
 * REF_KINDS). The graph id itself is not an identifier of the work here: every
 * paper has one, so it cannot rank papers. Ties go to the lowest id.
 */
import { REF_KINDS, type RefKind } from '../../domain/identity.js';
import { PAPER_LISTS, type PaperRecord, type PaperRef } from '../../domain/import-format.js';

/** Identifier kinds that rank a paper, strongest first (REF_KINDS without the graph id). */
export const RANKING_KINDS = REF_KINDS.filter((k) => k !== 'id') as Exclude<RefKind, 'id'>[];

/** A paper taking part in a merge decision: its id and the identifiers it holds. */
export interface Candidate {
  id: string;
  keys: PaperRef;
}

/** 0 for a paper with a DOI, 1 for a PMID, … ; RANKING_KINDS.length for none. */
export function strength(keys: PaperRef): number {
  const i = RANKING_KINDS.findIndex((k) => typeof keys[k] === 'string' && keys[k] !== '');
  return i < 0 ? RANKING_KINDS.length : i;
}

/** The paper that survives a merge of `candidates`: strongest identifier, then lowest id. */
export function survivor(candidates: readonly Candidate[]): Candidate {
  if (candidates.length === 0) throw new Error('no candidates to merge');
  return candidates.reduce((best, c) => {
    const d = strength(c.keys) - strength(best.keys);
    return d < 0 || (d === 0 && c.id < best.id) ? c : best;
  });
}

/**
 * Why `candidates` (and the record that leads to them, `ref`) cannot be one
 * work, or null: two distinct DOIs name two works. The reason names both.
 */
export function doiConflict(ref: PaperRef, candidates: readonly Candidate[]): string | null {
  const dois = new Map<string, string>();
  if (ref.doi) dois.set(ref.doi, 'this record');
  for (const c of candidates) if (c.keys.doi && !dois.has(c.keys.doi)) dois.set(c.keys.doi, c.id);
  if (dois.size < 2) return null;
  const named = [...dois].map(([doi, who]) => `${doi} (${who})`);
  return `the identifiers lead to papers with different DOIs: ${named.join(' and ')}; a record cannot merge two works`;
}

/** `a` with the identifiers of `b` it lacks (identifiers are unioned by a merge). */
export function unionKeys(a: PaperRef, b: PaperRef): PaperRef {
  const out: PaperRef = { ...a };
  for (const k of REF_KINDS) if (!out[k] && b[k]) out[k] = b[k];
  return out;
}

const DESCRIPTIVE = ['title', 'abstract', 'year', 'publicationDate', 'url'] as const;
const CONCEPT_LISTS = ['interventions', 'outcomes', 'populations', 'settings'] as const;

/**
 * Paper `dup` folded into paper `keep`, as the one merge (writer/merge-papers.ts)
 * leaves the stored papers: identifiers unioned (keep's first); other values
 * from the fuller paper (keep's, unless keep is a stub and dup is not);
 * authors and venue from dup only when keep has none; concept links unioned.
 * The bulk load merges its in-memory records with it.
 */
export function foldPaperRecord(keep: PaperRecord, dup: PaperRecord): PaperRecord {
  const dupFuller = Boolean(keep.partial) && !dup.partial;
  const out: PaperRecord = { ...unionKeys(keep, dup), id: keep.id };
  if (out.id === undefined) delete out.id;
  for (const k of DESCRIPTIVE) {
    const v = dupFuller ? (dup[k] ?? keep[k]) : (keep[k] ?? dup[k]);
    if (v === undefined) delete out[k];
    else (out as Record<string, unknown>)[k] = v;
  }
  for (const k of PAPER_LISTS) {
    const keepList = keep[k] ?? [];
    const dupList = dup[k] ?? [];
    const v = keepList.length > 0 && !(dupFuller && dupList.length > 0) ? keepList : dupList;
    if (v.length > 0) out[k] = v;
    else delete out[k];
  }
  if ((keep.authors?.length ?? 0) === 0 && dup.authors?.length) out.authors = dup.authors;
  if (!keep.venue && dup.venue) out.venue = dup.venue;
  for (const k of CONCEPT_LISTS) {
    const union = [...new Set([...(keep[k] ?? []), ...(dup[k] ?? [])])];
    if (union.length > 0) out[k] = union;
  }
  out.partial = Boolean(keep.partial) && Boolean(dup.partial);
  return out;
}
