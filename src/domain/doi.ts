/**
 * DOI normalisation. The graph stores DOIs in lower case without any resolver
 * prefix ("https://doi.org/", "doi:"), which is how DOIs compare (they are
 * case-insensitive by the DOI Handbook, section 2.4).
 *
 * The suffix may hold any printable character (DOI Handbook 2.2.3; Crossref keeps
 * SICI DOIs such as `10.1672/0277-5212(2006)26[1:ABC]2.0.CO;2`). What exporters add
 * around a DOI is taken off before the check, and only that: BibTeX braces and
 * escapes (`{{10.3375/…}}`, `{[}`, `\_`), and Unicode dashes that publishers' reference
 * lists print for the ASCII hyphen (`10.1111/2041‐210X`, U+2010), so that one work
 * has one DOI. Anything still malformed is refused, never guessed at.
 */

const PREFIXES = [/^https?:\/\/(dx\.)?doi\.org\//i, /^doi:\s*/i, /^info:doi\//i];
// Directory indicator "10." + registrant code, "/", then a suffix of printable characters.
const DOI_SHAPE = /^10\.\d{4,9}(\.\d+)*\/[^\s\p{C}]+$/u;
// Hyphen, non-breaking hyphen, figure dash, en and em dash, horizontal bar, minus sign,
// small and full-width hyphen-minus (and small em dash): all stand for "-" in a DOI.
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
// BibTeX escapes of characters that occur in DOIs (`\_`, `\&`, `\%`, `\#`, `\$`).
const TEX_ESCAPE = /\\([_&%#$])/g;

/** The DOI as written, without BibTeX braces and escapes (`{{10.1/a{[}b}}` → `10.1/a[b`). */
function untex(s: string): string {
  return s.replace(TEX_ESCAPE, '$1').replace(/[{}]/g, '');
}

/** Returns the normalised DOI, or null when `input` is not a DOI. */
export function normaliseDoi(input: string | null | undefined): string | null {
  if (typeof input !== 'string') return null;
  let s = untex(input.trim()).trim().replace(DASHES, '-');
  for (const p of PREFIXES) s = s.replace(p, '');
  try {
    if (/%[0-9a-f]{2}/i.test(s)) s = decodeURIComponent(s);
  } catch {
    return null;
  }
  s = s.replace(DASHES, '-').toLowerCase();
  return DOI_SHAPE.test(s) && s.length <= 300 ? s : null;
}

/** True when `input` normalises to a DOI. */
export function isDoi(input: string | null | undefined): boolean {
  return normaliseDoi(input) !== null;
}
