/**
 * A paper by id or DOI, projected, with its external tallies and what the request reads of it
 * next (a prefetch: a citation page or a related list), in one round trip. The loaders hand
 * the prefetched part to the loader that would have read it (src/loaders), so the child field
 * resolves without a second query.
 */
import type { Executor, QueryStats, Row } from '../db/executor.js';
import { citationPageBody, citationPageName } from '../db/cypher/citations.js';
import { relatedBody, type RelatedKind } from '../db/cypher/network/related.js';
import { paperLookupQuery, type LookupBy, type LookupChild } from '../db/cypher/paper-lookup.js';
import { projectionKey, type PaperProjection, type Projection } from '../db/cypher/projection.js';

/** Which properties of a paper or a statement a read projects (db/cypher/projection.ts). */
export type { PaperProjection, Projection };
import type { CitationDirection } from '../domain/network/citation-edge.js';
import type { Page } from '../domain/paging.js';
import {
  pageOf,
  pageParams,
  shapeOf,
  type CitationFilter,
  type CitationOrder,
  type CitationPage,
} from './citations.js';
import type { ExternalTallyModel, PaperModel } from './models.js';
import type { RelatedPaperModel } from './network/models.js';

/** What to read along with the paper: exactly the arguments its own loader would take. */
export type Prefetch =
  | {
      kind: 'citations';
      direction: CitationDirection;
      filter: CitationFilter;
      order: CitationOrder;
      page: Page;
      fields: PaperProjection;
      statements: Projection;
    }
  | { kind: 'related'; related: RelatedKind; first: number; fields: PaperProjection };

/** A paper found, its tallies (when read), and the prefetched page or list when one was asked for. */
export interface PaperLookup {
  paper: PaperModel;
  tallies?: ExternalTallyModel[];
  page?: CitationPage;
  related?: RelatedPaperModel[];
}

/** The child subquery and its parameters for a prefetch. */
function childOf(p: Prefetch): { child: LookupChild; params: Row } {
  if (p.kind === 'citations') {
    const shape = shapeOf(p.filter, p.order);
    return {
      child: {
        key: `${p.direction}|${JSON.stringify(shape)}|${projectionKey(p.fields)}|${projectionKey(p.statements)}`,
        name: citationPageName(p.direction, shape),
        body: () => citationPageBody(p.direction, shape, p.fields, p.statements),
        columns: ['total', 'page'],
      },
      params: pageParams(p.filter, p.page),
    };
  }
  return {
    child: {
      key: `${p.related}|${projectionKey(p.fields)}`,
      name: `network.${p.related}`,
      body: () => relatedBody(p.related, p.fields),
      columns: ['items'],
    },
    params: { first: p.first },
  };
}

/** Papers for `keys` (ids, or normalised DOIs), in key order, null where none is found. */
export async function lookupPapers(
  db: Executor,
  stats: QueryStats,
  by: LookupBy,
  keys: readonly string[],
  fields: PaperProjection,
  prefetch: Prefetch | null,
  tallies: boolean,
): Promise<(PaperLookup | null)[]> {
  const { child, params } = prefetch ? childOf(prefetch) : { child: null, params: {} };
  const query = paperLookupQuery(by, fields, child, tallies);
  const rows = await db.read(query, { ...params, keys }, stats);
  const byKey = new Map<string, PaperLookup>();
  for (const r of rows) {
    const found: PaperLookup = { paper: r.paper as PaperModel };
    if (tallies) found.tallies = r.tallies as ExternalTallyModel[];
    if (prefetch?.kind === 'citations') found.page = pageOf(r);
    else if (prefetch) found.related = r.items as RelatedPaperModel[];
    byKey.set(r.key as string, found);
  }
  return keys.map((k) => byKey.get(k) ?? null);
}
