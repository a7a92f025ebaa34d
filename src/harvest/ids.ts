/**
 * Identifiers and years read off API objects, by the import parsers' own mappings, so that
 * the harvest recognises a work exactly as the import will. An object the parser would
 * reject gives nothing (undefined): the import will report it.
 */
import { mapOpenAlexWork, mapS2Paper } from '../importers/parsers/index.js';
import type { PaperRecord } from '../domain/import-format.js';
import type { WorkIds } from './reached.js';

/** A record's identifiers and year. */
export interface Identified {
  ids: WorkIds;
  year?: number;
}

function identified(p: PaperRecord): Identified {
  const ids: WorkIds = {};
  for (const k of ['doi', 'openalexId', 's2Id', 'pmid', 'pmcid'] as const) if (p[k]) ids[k] = p[k];
  return { ids, year: p.year };
}

/** The identifiers of an OpenAlex Work object. */
export function openAlexIds(work: unknown): Identified | undefined {
  try {
    return identified(mapOpenAlexWork(work).paper);
  } catch {
    return undefined;
  }
}

/** The identifiers of an S2 paper object. */
export function s2Ids(paper: unknown): Identified | undefined {
  try {
    return identified(mapS2Paper(paper, true));
  } catch {
    return undefined;
  }
}

/** How S2 is asked about a work: its paperId, else `DOI:…`, else `PMID:…`; null if none. */
export function s2IdOf(ids: WorkIds): string | null {
  if (ids.s2Id) return ids.s2Id;
  if (ids.doi) return `DOI:${ids.doi}`;
  if (ids.pmid) return `PMID:${ids.pmid}`;
  return null;
}
