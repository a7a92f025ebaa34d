/**
 * The OpenAlex client (https://docs.openalex.org): a work by DOI (`/works/doi:…`), works by
 * OpenAlex id or DOI in OR-filters of at most 50 values, the works citing one
 * (`filter=cites:W…`), and a title/abstract search; lists are paged with `cursor=*` and
 * `per-page=200`, and `select` asks only for the fields the OpenAlex parser reads (legacy
 * `concepts` aside: the live API gives every work `topics`). `mailto`
 * (HARVEST_MAILTO) puts the requests in OpenAlex's polite pool.
 */
import type { HttpClient } from './http.js';
import { json } from './http.js';
import { pathSafe } from './url.js';

/** A Work object as the API returns it (src/importers/parsers/openalex-map.ts reads it). */
export type OpenAlexWork = Record<string, unknown>;

const SELECT = [
  'id',
  'doi',
  'ids',
  'title',
  'display_name',
  'publication_year',
  'publication_date',
  'type',
  'authorships',
  'primary_location',
  'biblio',
  'referenced_works',
  'abstract_inverted_index',
  // Keywords and controlled terms (the tagger reads them). Not `concepts`: the parser's
  // fallback for records without topics, which the live API always gives, at ~30 per work.
  'keywords',
  'topics',
  'mesh',
].join(',');

/** Values OR-ed in one filter: well under what the API allows, so URLs stay short. */
export const FILTER_VALUES = 50;
const PER_PAGE = 200;

interface ListPage {
  meta?: { next_cursor?: string | null };
  results?: OpenAlexWork[];
}

function listPage(body: string): ListPage {
  const page = json(body) as ListPage;
  if (!page || !Array.isArray(page.results)) throw new Error('not an OpenAlex list response');
  return page;
}

function workObject(body: string): OpenAlexWork {
  const work = json(body) as OpenAlexWork;
  if (!work || typeof work !== 'object' || Array.isArray(work)) throw new Error('not a work');
  return work;
}

/** OpenAlex over `http`, at `baseUrl`. */
export class OpenAlexClient {
  constructor(
    private http: HttpClient,
    private baseUrl: string,
    private mailto: string | null,
  ) {}

  private url(path: string, params: Record<string, string>): string {
    const q = new URLSearchParams({ ...params, select: SELECT });
    if (this.mailto) q.set('mailto', this.mailto);
    return `${this.baseUrl}${path}?${q}`;
  }

  /** The work with this DOI, or null when OpenAlex has none. */
  workByDoi(doi: string): Promise<OpenAlexWork | null> {
    const url = this.url(`/works/doi:${pathSafe(doi)}`, {});
    return this.http.fetch({ source: 'openalex', url }, workObject);
  }

  /** Every page of a list, `cursor=*` first, until next_cursor is null or a page is empty. */
  async list(params: Record<string, string>, max = Infinity): Promise<OpenAlexWork[]> {
    const out: OpenAlexWork[] = [];
    let cursor: string | null = '*';
    while (cursor !== null && out.length < max) {
      const per = String(Math.min(PER_PAGE, max - out.length));
      const url = this.url('/works', { ...params, 'per-page': per, cursor });
      const page = await this.http.fetch({ source: 'openalex', url }, listPage);
      const results = page?.results ?? [];
      out.push(...results);
      // A short page is the last: no request for the empty page after it.
      const full = results.length >= Number(per);
      cursor = full ? (page?.meta?.next_cursor ?? null) : null;
    }
    return out.slice(0, max);
  }

  /** The works citing `openalexId` (W…). */
  citing(openalexId: string, max?: number): Promise<OpenAlexWork[]> {
    return this.list({ filter: `cites:${openalexId}` }, max);
  }

  /** Works by `field` (openalex or doi), FILTER_VALUES per request. */
  async byIds(field: 'openalex' | 'doi', values: string[]): Promise<OpenAlexWork[]> {
    const out: OpenAlexWork[] = [];
    for (let i = 0; i < values.length; i += FILTER_VALUES) {
      const chunk = values.slice(i, i + FILTER_VALUES);
      out.push(...(await this.list({ filter: `${field}:${chunk.join('|')}` })));
    }
    return out;
  }

  /** The first `max` works a search for `text` finds. */
  search(text: string, max: number): Promise<OpenAlexWork[]> {
    return this.list({ search: text }, max);
  }
}
