/**
 * Paper identity: the same work arriving by DOI, PMID, PMCID, OpenAlex id or
 * Semantic Scholar id becomes one Paper. Existing papers are found by any of
 * their identifiers; new ones get an id derived from their strongest
 * identifier, so a re-run (even after kill -9) assigns the same ids.
 */
import { derivedId } from './ids.js';
import type { PaperRecord, PaperRef } from './import-format.js';

export const REF_KINDS = ['id', 'doi', 'pmid', 'pmcid', 'openalexId', 's2Id'] as const;
export type RefKind = (typeof REF_KINDS)[number];

/** identifier kind → value → paper id */
export type IdentityIndex = Map<RefKind, Map<string, string>>;

export function emptyIndex(): IdentityIndex {
  return new Map(REF_KINDS.map((k) => [k, new Map<string, string>()]));
}

/** The identifiers a reference carries, strongest first. */
export function refKeys(ref: PaperRef): [RefKind, string][] {
  const keys: [RefKind, string][] = [];
  for (const kind of REF_KINDS) {
    const value = ref[kind];
    if (typeof value === 'string' && value !== '') keys.push([kind, value]);
  }
  return keys;
}

/** All identifier values by kind, for the batched lookup query. */
export function lookupParams(refs: Iterable<PaperRef>): Record<RefKind, string[]> {
  const sets = Object.fromEntries(REF_KINDS.map((k) => [k, new Set<string>()])) as Record<
    RefKind,
    Set<string>
  >;
  for (const ref of refs) for (const [kind, value] of refKeys(ref)) sets[kind].add(value);
  return Object.fromEntries(REF_KINDS.map((k) => [k, [...sets[k]]])) as Record<RefKind, string[]>;
}

/** The paper id `ref` resolves to in `index`, or null. */
export function resolve(index: IdentityIndex, ref: PaperRef): string | null {
  for (const [kind, value] of refKeys(ref)) {
    const found = index.get(kind)?.get(value);
    if (found) return found;
  }
  return null;
}

/** Records every identifier of `ref` as pointing at `id`. */
export function remember(index: IdentityIndex, ref: PaperRef, id: string): void {
  for (const [kind, value] of refKeys(ref)) {
    const map = index.get(kind);
    if (map && !map.has(value)) map.set(value, id);
  }
}

/** A new paper's id: the record's own id, else derived from its strongest identifier or its title and year. */
export function newPaperId(record: PaperRecord): string | null {
  if (record.id) return record.id;
  const [first] = refKeys(record);
  if (first) return derivedId('p', first[0], first[1]);
  if (record.title)
    return derivedId(
      'p',
      'title',
      record.title.toLowerCase().replace(/\W+/g, ' ').trim(),
      record.year,
    );
  return null;
}
