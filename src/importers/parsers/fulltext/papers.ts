/**
 * Papers as the full-text readers build them: a reference-list entry becomes a
 * partial paper identified by its DOI, PMID or PMCID, or, with none, a stub
 * whose id is derived from its normalised title and year (newPaperId), so it
 * meets an existing paper only when both are equal. Over-long free-text fields of
 * an entry are left out rather than rejecting the article they sit in.
 */
import { newPaperId } from '../../../domain/identity.js';
import type { AuthorRecord, PaperRecord } from '../../../domain/import-format.js';
import { LIMITS } from '../limits.js';
import type { IdSet } from './identifiers.js';

/** What a reader found in one entry besides its identifiers. */
export interface EntryFields {
  title?: string;
  year?: number;
  firstAuthor?: AuthorRecord;
  journal?: string;
}

/** The entry's partial paper, or undefined when it has neither identifier nor title. */
export function referencePaper(
  ids: IdSet,
  f: EntryFields,
  source: string,
): PaperRecord | undefined {
  const title = f.title && f.title.length <= LIMITS.title ? f.title : undefined;
  const fields: PaperRecord = {
    ...(title ? { title } : {}),
    ...(f.year ? { year: f.year } : {}),
    ...(f.firstAuthor && f.firstAuthor.name.length <= LIMITS.name
      ? { authors: [f.firstAuthor] }
      : {}),
    ...(f.journal && f.journal.length <= LIMITS.name ? { venue: { name: f.journal } } : {}),
    partial: true,
    source,
  };
  if (!ids.empty) return { ...ids.ref(), ...fields };
  if (!title) return undefined;
  return { id: newPaperId({ title, year: f.year }) as string, ...fields };
}

/** "Given Family" from name parts, or undefined when there is no family name. */
export function personName(
  given: string | undefined,
  family: string | undefined,
): string | undefined {
  if (!family) return given;
  return given ? `${given} ${family}` : family;
}

/** A year from text that starts with one ("2014", "2014a", "2014-08-21"). */
export function yearOf(value: string | undefined): number | undefined {
  const m = value ? /^\s*(\d{4})/.exec(value) : null;
  const y = m ? Number(m[1]) : NaN;
  return y > 1000 && y < 3000 ? y : undefined;
}
