/**
 * The four scholarly APIs a harvest reads, by the names `--sources` takes and the summary
 * counts requests under.
 */

/** Every source, in the order they are listed to users. */
export const SOURCES = ['openalex', 's2', 'crossref', 'europepmc'] as const;

/** One harvest source. */
export type SourceName = (typeof SOURCES)[number];

/** True when `value` names a harvest source. */
export function isSourceName(value: unknown): value is SourceName {
  return typeof value === 'string' && (SOURCES as readonly string[]).includes(value);
}

/** A count per source, all zero. */
export function perSource(): Record<SourceName, number> {
  return { openalex: 0, s2: 0, crossref: 0, europepmc: 0 };
}
