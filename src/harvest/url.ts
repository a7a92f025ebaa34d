/**
 * Identifiers in URL paths. OpenAlex (`/works/doi:10.x/y`) and Semantic Scholar
 * (`/paper/DOI:10.x/y`) take a DOI with its slashes as they are; a DOI may still hold a
 * `?`, `#` or `%` that would end or garble the path, so every segment is escaped.
 */

/** `value` for a URL path: its slashes kept, each segment percent-encoded. */
export function pathSafe(value: string): string {
  return value.split('/').map(encodeURIComponent).join('/');
}
