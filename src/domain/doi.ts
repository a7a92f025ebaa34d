/**
 * DOI normalisation. The graph stores DOIs in lower case without any resolver
 * prefix ("https://doi.org/", "doi:"), which is how DOIs compare (they are
 * case-insensitive by the DOI Handbook, section 2.4).
 */

const PREFIXES = [/^https?:\/\/(dx\.)?doi\.org\//i, /^doi:\s*/i, /^info:doi\//i];
// Directory indicator "10." + registrant code, "/", then a non-empty suffix without whitespace.
const DOI_SHAPE = /^10\.\d{4,9}(\.\d+)*\/\S+$/;

/** Returns the normalised DOI, or null when `input` is not a DOI. */
export function normaliseDoi(input: string | null | undefined): string | null {
  if (typeof input !== 'string') return null;
  let s = input.trim();
  for (const p of PREFIXES) s = s.replace(p, '');
  try {
    if (/%[0-9a-f]{2}/i.test(s)) s = decodeURIComponent(s);
  } catch {
    return null;
  }
  s = s.toLowerCase();
  return DOI_SHAPE.test(s) && s.length <= 300 ? s : null;
}

/** True when `input` normalises to a DOI. */
export function isDoi(input: string | null | undefined): boolean {
  return normaliseDoi(input) !== null;
}
