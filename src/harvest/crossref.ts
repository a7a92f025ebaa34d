/**
 * The Crossref REST API client (https://api.crossref.org): one work by DOI
 * (`/works/{doi}`), whose `message` holds the publisher's deposited metadata and reference
 * list. `mailto` (HARVEST_MAILTO) puts the requests in Crossref's polite pool.
 */
import type { HttpClient } from './http.js';
import { json } from './http.js';

/** A work's `message`, as the Crossref parser reads it. */
export type CrossrefWork = Record<string, unknown>;

function workMessage(body: string): CrossrefWork {
  const doc = json(body) as { message?: CrossrefWork };
  if (!doc?.message || typeof doc.message !== 'object') throw new Error('not a Crossref work');
  return doc.message;
}

/** Crossref over `http`, at `baseUrl`. */
export class CrossrefClient {
  constructor(
    private http: HttpClient,
    private baseUrl: string,
    private mailto: string | null,
  ) {}

  /** The work with this DOI, or null when Crossref has none. */
  work(doi: string): Promise<CrossrefWork | null> {
    const q = this.mailto ? `?${new URLSearchParams({ mailto: this.mailto })}` : '';
    const url = `${this.baseUrl}/works/${encodeURIComponent(doi)}${q}`;
    return this.http.fetch({ source: 'crossref', url }, workMessage);
  }
}
