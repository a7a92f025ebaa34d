/**
 * The Europe PMC REST client (https://europepmc.org/RestfulWebService): which of a list of
 * DOIs are open-access articles with a PMCID (`/search?query=DOI:"…" OR …&resultType=core`,
 * paged by `cursorMark` from `*` until it stops changing), and the JATS full text of one
 * (`/{PMCID}/fullTextXML`).
 */
import type { HttpClient } from './http.js';
import { article, json } from './http.js';

/** What a search result tells the harvest. */
export interface EuropePmcHit {
  doi: string;
  pmcid: string;
}

/** DOIs per search query, so the query string stays short. */
export const DOIS_PER_QUERY = 25;
const PAGE_SIZE = 1000;

interface SearchPage {
  nextCursorMark?: string;
  resultList?: { result?: Record<string, unknown>[] };
}

function searchPage(body: string): SearchPage {
  const page = json(body) as SearchPage;
  if (!page || typeof page !== 'object' || !page.resultList) {
    throw new Error('not a Europe PMC search response');
  }
  return page;
}

/** Europe PMC over `http`, at `baseUrl`. */
export class EuropePmcClient {
  constructor(
    private http: HttpClient,
    private baseUrl: string,
  ) {}

  /** The open-access articles in Europe PMC among `dois` (lower-case DOIs), with PMCIDs. */
  async openAccess(dois: string[]): Promise<EuropePmcHit[]> {
    const hits: EuropePmcHit[] = [];
    for (let i = 0; i < dois.length; i += DOIS_PER_QUERY) {
      const query = dois
        .slice(i, i + DOIS_PER_QUERY)
        .map((d) => `DOI:"${d}"`)
        .join(' OR ');
      let cursor = '*';
      for (;;) {
        const q = new URLSearchParams({
          query,
          resultType: 'core',
          format: 'json',
          pageSize: String(PAGE_SIZE),
          cursorMark: cursor,
        });
        const page = await this.http.fetch(
          { source: 'europepmc', url: `${this.baseUrl}/search?${q}` },
          searchPage,
        );
        const results = page?.resultList?.result ?? [];
        for (const r of results) {
          const doi = typeof r.doi === 'string' ? r.doi.toLowerCase() : undefined;
          const pmcid = typeof r.pmcid === 'string' ? r.pmcid.toUpperCase() : undefined;
          if (doi && pmcid && r.isOpenAccess === 'Y') hits.push({ doi, pmcid });
        }
        const next = page?.nextCursorMark;
        if (results.length === 0 || !next || next === cursor) break;
        cursor = next;
      }
    }
    return hits;
  }

  /** The JATS XML of `pmcid`, or null when Europe PMC has no full text for it. */
  fullText(pmcid: string): Promise<string | null> {
    return this.http.fetch(
      { source: 'europepmc', url: `${this.baseUrl}/${pmcid}/fullTextXML` },
      article,
    );
  }
}
