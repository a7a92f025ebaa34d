/**
 * Reference-list identifiers (JATS `pub-id`/`object-id`, TEI `idno`): which
 * types name a DOI, PMID or PMCID, and their normalised value, or null when the
 * value is malformed. A malformed identifier is dropped and counted by the
 * caller, never guessed at (the checks are the ones every other parser uses).
 */
import { normaliseDoi } from '../../../domain/doi.js';
import { pmcid, pmid } from '../values.js';

export type IdKind = 'doi' | 'pmid' | 'pmcid';

/** The kind an id type attribute names (`doi`, `pmid`, `pmcid`, `pmc`, case-insensitive). */
export function idKind(type: string | undefined): IdKind | undefined {
  switch (type?.trim().toLowerCase()) {
    case 'doi':
      return 'doi';
    case 'pmid':
    case 'pubmed':
      return 'pmid';
    case 'pmcid':
    case 'pmc':
      return 'pmcid';
    default:
      return undefined;
  }
}

/** The normalised identifier, or null when `raw` is not one of `kind`. */
export function normaliseId(kind: IdKind, raw: string): string | null {
  try {
    if (kind === 'doi') return normaliseDoi(raw);
    return (kind === 'pmid' ? pmid(kind, raw) : pmcid(kind, raw)) ?? null;
  } catch {
    return null;
  }
}

/** Identifiers gathered for one work: the first valid value of each kind, and how many were malformed. */
export class IdSet {
  doi?: string;
  pmid?: string;
  pmcid?: string;
  malformed = 0;

  /** Adds one identifier as written; empty values are ignored, malformed ones counted. */
  add(kind: IdKind | undefined, raw: string | undefined): void {
    if (!kind || raw === undefined || raw.trim() === '') return;
    const value = normaliseId(kind, raw);
    if (value === null) this.malformed++;
    else if (this[kind] === undefined) this[kind] = value;
  }

  /** The valid identifiers, as PaperRef fields. */
  ref(): { doi?: string; pmid?: string; pmcid?: string } {
    return {
      ...(this.doi ? { doi: this.doi } : {}),
      ...(this.pmid ? { pmid: this.pmid } : {}),
      ...(this.pmcid ? { pmcid: this.pmcid } : {}),
    };
  }

  get empty(): boolean {
    return !this.doi && !this.pmid && !this.pmcid;
  }
}
