/**
 * The Semantic Scholar Graph API client (https://api.semanticscholar.org/api-docs/graph): a
 * paper's citations and references with their contexts and intents
 * (`/graph/v1/paper/{id}/citations|references`, paged by `offset`/`limit` ≤ 1000 until there
 * is no `next`), and paper metadata by batch (`POST /graph/v1/paper/batch`, ≤ 500 ids). Ids
 * are `DOI:…`, `PMID:…` or a paperId. `x-api-key` (S2_API_KEY) is sent when given.
 */
import type { HttpClient } from './http.js';
import { json } from './http.js';
import { pathSafe } from './url.js';

/** One entry of a citations or references response, as the S2 parser reads it. */
export type S2Entry = Record<string, unknown>;
/** A paper object. */
export type S2Paper = Record<string, unknown>;

const PAPER_FIELDS = 'paperId,externalIds,title,year,publicationDate,venue,journal,authors';
const EDGE_FIELDS = `contexts,intents,contextsWithIntent,isInfluential,${PAPER_FIELDS}`;
const BATCH_FIELDS = `${PAPER_FIELDS},abstract,publicationTypes,url`;
const LIMIT = 1000;
/** Ids per batch request (the API takes at most 500). */
export const BATCH_IDS = 500;

interface EdgePage {
  next?: number | null;
  data?: S2Entry[];
}

function edgePage(body: string): EdgePage {
  const page = json(body) as EdgePage;
  if (!page || !Array.isArray(page.data)) throw new Error('not an S2 citations response');
  return page;
}

function batchAnswer(body: string): (S2Paper | null)[] {
  const list = json(body);
  if (!Array.isArray(list)) throw new Error('not an S2 batch response');
  return list as (S2Paper | null)[];
}

/** Semantic Scholar over `http`, at `baseUrl` (the host; `/graph/v1` is added). */
export class S2Client {
  constructor(
    private http: HttpClient,
    private baseUrl: string,
    private apiKey: string | null,
  ) {}

  private get headers(): Record<string, string> {
    return this.apiKey ? { 'x-api-key': this.apiKey } : {};
  }

  /** Every citations (or references) entry of paper `id`, or null when S2 does not know it. */
  async edges(
    id: string,
    direction: 'citations' | 'references',
    max = Infinity,
  ): Promise<S2Entry[] | null> {
    const out: S2Entry[] = [];
    let offset: number | null = 0;
    while (offset !== null && out.length < max) {
      const q: URLSearchParams = new URLSearchParams({
        fields: EDGE_FIELDS,
        offset: String(offset),
        limit: String(LIMIT),
      });
      const url: string = `${this.baseUrl}/graph/v1/paper/${pathSafe(id)}/${direction}?${q}`;
      const page: EdgePage | null = await this.http.fetch(
        { source: 's2', url, headers: this.headers },
        edgePage,
      );
      if (page === null) return offset === 0 ? null : out;
      out.push(...(page.data ?? []));
      offset = typeof page.next === 'number' && (page.data ?? []).length > 0 ? page.next : null;
    }
    return out.slice(0, max);
  }

  /** The papers of `ids`, in order, null for each S2 does not know. */
  async batch(ids: string[]): Promise<(S2Paper | null)[]> {
    const out: (S2Paper | null)[] = [];
    for (let i = 0; i < ids.length; i += BATCH_IDS) {
      const body = JSON.stringify({ ids: ids.slice(i, i + BATCH_IDS) });
      const url = `${this.baseUrl}/graph/v1/paper/batch?fields=${BATCH_FIELDS}`;
      const headers = { ...this.headers, 'content-type': 'application/json' };
      const got = await this.http.fetch(
        { source: 's2', url, method: 'POST', body, headers },
        batchAnswer,
      );
      out.push(...(got ?? []));
    }
    return out;
  }
}
