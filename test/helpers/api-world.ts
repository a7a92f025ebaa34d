/**
 * A small literature served the way the four harvest APIs serve it: OpenAlex Work objects
 * behind `/works/doi:…` and `/works?filter=…|search=…` lists (meta.next_cursor paging),
 * Semantic Scholar papers behind `/graph/v1/paper/{id}/citations|references` (offset/next
 * paging) and `POST /graph/v1/paper/batch` (null for an unknown id), Crossref works behind
 * `/works/{doi}` ({status, message-type, message}), Europe PMC search results behind
 * `/search` (cursorMark paging) and JATS behind `/{PMCID}/fullTextXML`. The objects come
 * from fixture files (test/fixtures/harvest/) or a generator (bench/harvest.ts); the
 * envelopes and the paging are the documented ones.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

type Obj = Record<string, any>;

/** What the APIs know. */
export interface ApiWorld {
  openalex: Obj[];
  s2: { papers: Obj[]; citations: Record<string, Obj[]>; references: Record<string, Obj[]> };
  crossref: Obj[];
  europepmc: { results: Obj[]; fullTexts: Record<string, string> };
}

/** One request as the server saw it. */
export interface ApiRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: string;
  /** Request headers, lower-cased names (the server records them; the world ignores them). */
  headers?: Record<string, string | string[] | undefined>;
}

/** An answer: a status, a body and its content type. */
export interface ApiReply {
  status: number;
  body: string;
  type?: string;
}

export const HARVEST_FIXTURES = fileURLToPath(new URL('../fixtures/harvest/', import.meta.url));

/** The fixture world of test/fixtures/harvest/. */
export function fixtureWorld(): ApiWorld {
  const read = (f: string) => readFileSync(`${HARVEST_FIXTURES}${f}`, 'utf8');
  const epmc = JSON.parse(read('europepmc-search.json')) as Obj[];
  const fullTexts: Record<string, string> = {};
  for (const r of epmc) if (r.isOpenAccess === 'Y') fullTexts[r.pmcid] = read(`${r.pmcid}.nxml`);
  return {
    openalex: JSON.parse(read('openalex-works.json')),
    s2: JSON.parse(read('s2.json')),
    crossref: JSON.parse(read('crossref-works.json')),
    europepmc: { results: epmc, fullTexts },
  };
}

const ok = (value: unknown): ApiReply => ({ status: 200, body: JSON.stringify(value) });
const NOT_FOUND: ApiReply = { status: 404, body: '{"error":"not found"}' };
const lower = (v: unknown) => (typeof v === 'string' ? v.toLowerCase() : undefined);
const shortId = (v: unknown) => String(v ?? '').replace(/^https:\/\/openalex\.org\//, '');
const bareDoi = (v: unknown) => lower(v)?.replace(/^https:\/\/doi\.org\//, '');

/** The works an OpenAlex `filter` or `search` selects. */
function openAlexSelect(world: ApiWorld, q: URLSearchParams): Obj[] {
  const search = lower(q.get('search'));
  if (search) return world.openalex.filter((w) => lower(w.title)?.includes(search));
  const [field, value = ''] = (q.get('filter') ?? '').split(/:(.*)/s);
  const values = value.split('|');
  if (field === 'cites')
    return world.openalex.filter((w) =>
      (w.referenced_works ?? []).some((r: unknown) => shortId(r) === value),
    );
  if (field === 'openalex') return world.openalex.filter((w) => values.includes(shortId(w.id)));
  if (field === 'doi') return world.openalex.filter((w) => values.includes(bareDoi(w.doi) ?? ''));
  return [];
}

function openAlex(world: ApiWorld, r: ApiRequest): ApiReply {
  const one = /^\/works\/doi:(.+)$/.exec(r.path);
  if (one) {
    const work = world.openalex.find((w) => bareDoi(w.doi) === one[1]!.toLowerCase());
    return work ? ok(work) : NOT_FOUND;
  }
  if (r.path !== '/works') return NOT_FOUND;
  const all = openAlexSelect(world, r.query);
  const per = Math.min(200, Number(r.query.get('per-page') ?? 25));
  const cursor = r.query.get('cursor') ?? '*';
  const from = cursor === '*' ? 0 : Number(Buffer.from(cursor, 'base64url').toString());
  const results = all.slice(from, from + per);
  const more = results.length > 0;
  const next = more ? Buffer.from(String(from + per)).toString('base64url') : null;
  return ok({
    meta: {
      count: all.length,
      db_response_time_ms: 3,
      page: null,
      per_page: per,
      next_cursor: next,
    },
    results,
    group_by: [],
  });
}

function s2Paper(world: ApiWorld, id: string): Obj | undefined {
  const doi = /^DOI:(.+)$/i.exec(id)?.[1]?.toLowerCase();
  return world.s2.papers.find((p) =>
    doi ? lower(p.externalIds?.DOI) === doi : p.paperId === id.toLowerCase(),
  );
}

function s2(world: ApiWorld, r: ApiRequest): ApiReply {
  if (r.method === 'POST' && r.path === '/graph/v1/paper/batch') {
    const ids = (JSON.parse(r.body) as { ids: string[] }).ids;
    return ok(ids.map((id) => s2Paper(world, id) ?? null));
  }
  const edges = /^\/graph\/v1\/paper\/(.+)\/(citations|references)$/.exec(r.path);
  if (!edges) return NOT_FOUND;
  const paper = s2Paper(world, decodeURIComponent(edges[1]!));
  if (!paper) return NOT_FOUND;
  const all = world.s2[edges[2] as 'citations' | 'references'][paper.paperId] ?? [];
  const offset = Number(r.query.get('offset') ?? 0);
  const limit = Math.min(1000, Number(r.query.get('limit') ?? 100));
  const data = all.slice(offset, offset + limit);
  const next = offset + limit < all.length ? { next: offset + limit } : {};
  return ok({ offset, ...next, data });
}

function crossref(world: ApiWorld, r: ApiRequest): ApiReply {
  const m = /^\/works\/(.+)$/.exec(r.path);
  const doi = m && decodeURIComponent(m[1]!).toLowerCase();
  const message = world.crossref.find((w) => lower(w.DOI) === doi);
  return message
    ? ok({ status: 'ok', 'message-type': 'work', 'message-version': '1.0.0', message })
    : NOT_FOUND;
}

function europePmc(world: ApiWorld, r: ApiRequest): ApiReply {
  const text = /^\/(PMC\d+)\/fullTextXML$/.exec(r.path);
  if (text) {
    const xml = world.europepmc.fullTexts[text[1]!];
    return xml ? { status: 200, body: xml, type: 'application/xml' } : NOT_FOUND;
  }
  if (r.path !== '/search') return NOT_FOUND;
  const dois = [...(r.query.get('query') ?? '').matchAll(/DOI:"([^"]+)"/g)].map((m) =>
    m[1]!.toLowerCase(),
  );
  const all = world.europepmc.results.filter((x) => dois.includes(lower(x.doi) ?? ''));
  const size = Number(r.query.get('pageSize') ?? 25);
  const cursor = r.query.get('cursorMark') ?? '*';
  const from = cursor === '*' ? 0 : Number(cursor.replace(/^c/, ''));
  const result = all.slice(from, from + size);
  const next = from + size < all.length ? `c${from + size}` : cursor;
  return ok({
    version: '6.9',
    hitCount: all.length,
    nextCursorMark: next,
    request: { queryString: r.query.get('query'), resultType: 'core', cursorMark: cursor },
    resultList: { result },
  });
}

const APIS: Record<string, (world: ApiWorld, r: ApiRequest) => ApiReply> = {
  openalex: openAlex,
  s2,
  crossref,
  europepmc: europePmc,
};

/** The answer of the API the path's first segment names (/openalex, /s2, /crossref, /europepmc). */
export function worldHandler(world: ApiWorld) {
  return (r: ApiRequest): ApiReply => {
    const [, api = '', ...rest] = r.path.split('/');
    const answer = APIS[api];
    return answer ? answer(world, { ...r, path: `/${rest.join('/')}` }) : NOT_FOUND;
  };
}

const hex = (n: number) => n.toString(16).padStart(40, '0');
const INTENTS = [['background'], ['methodology'], ['result'], []];

/**
 * A generated literature for the bench and the larger tests: a seed (W1, DOI `seedDoi`) with
 * `references` references (W1001…) and `citing` citing works (W100001…, each also citing three
 * of the references); S2 knows the seed's citations (one or two contexts each, intents in
 * turn) and references; Crossref holds the seed's deposit; Europe PMC has no full text.
 */
export function generatedWorld(citing: number, references: number, seedDoi: string): ApiWorld {
  const CITING = citing;
  const REFS = references;
  const SEED = seedDoi;
  const work = (id: number, doi: string, year: number, refs: number[]) => ({
    id: `https://openalex.org/W${id}`,
    doi: `https://doi.org/${doi}`,
    ids: { openalex: `https://openalex.org/W${id}` },
    title: `Generated work ${id}`,
    display_name: `Generated work ${id}`,
    publication_year: year,
    publication_date: `${year}-01-01`,
    type: 'article',
    authorships: [{ author: { display_name: `Author ${id % 997}` } }],
    primary_location: { source: { display_name: `Journal ${id % 37}`, issn_l: null } },
    biblio: {},
    referenced_works: refs.map((r) => `https://openalex.org/W${r}`),
  });
  const refIds = Array.from({ length: REFS }, (_, i) => 1001 + i);
  const citingIds = Array.from({ length: CITING }, (_, i) => 100_001 + i);
  const s2 = (id: number, doi: string, year: number) => ({
    paperId: hex(id),
    externalIds: { DOI: doi },
    title: `Generated work ${id}`,
    year,
  });
  const refDoi = (r: number) => `10.5555/bench.r${r}`;
  const citeDoi = (c: number) => `10.5555/bench.c${c}`;
  return {
    openalex: [
      work(1, SEED, 2021, refIds),
      ...refIds.map((r) => work(r, refDoi(r), 2000 + (r % 20), [])),
      ...citingIds.map((c, i) =>
        work(c, citeDoi(c), 2022 + (i % 4), [1, ...[0, 1, 2].map((k) => refIds[(i + k) % REFS]!)]),
      ),
    ],
    s2: {
      papers: [s2(1, SEED, 2021)],
      citations: {
        [hex(1)]: citingIds.map((c, i) => ({
          isInfluential: i % 5 === 0,
          contexts: Array.from(
            { length: 1 + (i % 2) },
            (_, k) => `Generated context ${k} of ${c}.`,
          ),
          intents: INTENTS[i % INTENTS.length],
          contextsWithIntent: [],
          citingPaper: s2(c, citeDoi(c), 2022 + (i % 4)),
        })),
      },
      references: {
        [hex(1)]: refIds.map((r) => ({
          contexts: [`Generated context of the seed about ${r}.`],
          intents: ['background'],
          contextsWithIntent: [],
          citedPaper: s2(r, refDoi(r), 2000 + (r % 20)),
        })),
      },
    },
    crossref: [
      {
        DOI: SEED,
        title: ['Generated work 1'],
        type: 'journal-article',
        issued: { 'date-parts': [[2021]] },
        reference: refIds.map((r) => ({ key: `r${r}`, DOI: refDoi(r) })),
      },
    ],
    europepmc: { results: [], fullTexts: {} },
  };
}
