/**
 * Citation networks, breadth-first and bounded in Cypher: one round trip for the seeds (index
 * seeks on id and DOI), one per level (UNWIND $frontier, ids and ranks of at most
 * limit+1+placed papers back), one for the papers kept, whole, with their citations; so a
 * network costs at most depth + 2 round trips. Levels are complete before the next starts, so
 * a limit can only cut the last level reached, and cutting it by rank (most cited, then id)
 * keeps exactly the closest, most cited papers.
 */
import type { Executor, QueryStats, Row } from '../../db/executor.js';
import { setFilters } from '../../db/cypher/shape.js';
import {
  citationPath,
  networkEdgesQuery,
  networkLevelQuery,
  networkSeeds,
  type NetworkShape,
} from '../../db/cypher/network/traversal.js';
import { citationEdge } from '../../domain/network/citation-edge.js';
import type { NetworkFilter, NetworkRequest } from '../../domain/network/options.js';
import { pageRankScores } from '../../domain/network/pagerank.js';
import { cutLevel, degrees } from '../../domain/network/ranking.js';
import type { Ranked } from '../../domain/network/ranking.js';
import type { PaperModel } from '../models.js';
import type { PaperProjection } from '../../db/cypher/projection.js';
import { citationFromItem, citedIdOf, type CitedItem } from './cited-item.js';
import type { NetworkEdgeModel, NetworkModel } from './models.js';

/** The filters that are set: their values as parameters, and the shape of the query text. */
function filterQuery(f: NetworkFilter): { params: Row; shape: NetworkShape } {
  const params = setFilters(f);
  const shape = Object.fromEntries(
    Object.keys(f).map((k) => [k, k in params]),
  ) as unknown as NetworkShape;
  return { params, shape };
}

/** The citations among `within` from networkEdges rows, in (source, target) order. */
function edgesAmong(rows: Row[], within: ReadonlySet<string>): NetworkEdgeModel[] {
  const edges: NetworkEdgeModel[] = [];
  for (const row of rows) {
    const source = row.source as string;
    for (const item of row.cited as CitedItem[])
      if (within.has(citedIdOf(item))) edges.push(citationEdge(citationFromItem(source, item)));
  }
  return edges.sort((x, y) =>
    x.source < y.source
      ? -1
      : x.source > y.source
        ? 1
        : x.target < y.target
          ? -1
          : x.target > y.target
            ? 1
            : 0,
  );
}

export class NetworkRepository {
  constructor(
    private readonly db: Executor,
    private readonly stats: QueryStats,
  ) {}

  /** Papers found for seeds given as graph ids or normalised DOIs (unknown ones are absent). */
  async seeds(ids: string[], dois: string[]): Promise<PaperModel[]> {
    const rows = await this.db.read(networkSeeds, { ids, dois }, this.stats);
    return rows.map((r) => r.paper as PaperModel);
  }

  /**
   * The network of a validated request; nodes in rank order, scored by PageRank. The kept
   * papers are read whole, or as `fields` when the caller knows which properties it shows
   * (then they are partial models: never prime a by-id cache with them).
   */
  async network(req: NetworkRequest, fields: PaperProjection = null): Promise<NetworkModel> {
    const { params, shape } = filterQuery(req.filter);
    const first = cutLevel(await this.seeds(req.seeds.ids, req.seeds.dois), req.limit);
    const placed: { id: string; depth: number }[] = first.kept.map((p) => ({ id: p.id, depth: 0 }));
    const visited = new Set(placed.map((n) => n.id));
    let frontier = [...visited];
    let truncated = first.truncated;
    for (let depth = 1; depth <= req.depth && !truncated && frontier.length > 0; depth++) {
      const room = req.limit - placed.length;
      // Over-fetch by the papers already placed, which may rank among the best, and drop them.
      const rows = (await this.db.read(
        networkLevelQuery(req.direction, shape),
        { ...params, frontier, take: room + 1 + visited.size },
        this.stats,
      )) as unknown as Ranked[];
      const level = cutLevel(
        rows.filter((p) => !visited.has(p.id)),
        room,
      );
      truncated = level.truncated;
      for (const { id } of level.kept) {
        visited.add(id);
        placed.push({ id, depth });
      }
      frontier = level.kept.map((p) => p.id);
    }
    if (placed.length === 0) return { nodes: [], edges: [], truncated };
    // Year filters pick the papers reached, not the edges among them: the edges query has none.
    const { yearFrom: _yearFrom, yearTo: _yearTo, ...edgeParams } = params;
    const rows = await this.db.read(
      networkEdgesQuery(shape, fields),
      { ...edgeParams, ids: placed.map((n) => n.id) },
      this.stats,
    );
    const papers = new Map(rows.map((r) => [r.source as string, r.paper as PaperModel]));
    // A paper deleted since its level was read has no row: it leaves the network.
    const kept = placed.filter((n) => papers.has(n.id));
    const ids = kept.map((n) => n.id);
    const edges = edgesAmong(rows, kept.length === placed.length ? visited : new Set(ids));
    const degree = degrees(edges);
    const scores = pageRankScores(ids, edges);
    const nodes = kept.map(({ id, depth }) => ({
      paper: papers.get(id)!,
      depth,
      inDegree: degree.get(id)?.inDegree ?? 0,
      outDegree: degree.get(id)?.outDegree ?? 0,
      score: scores.get(id) ?? 0,
    }));
    return { nodes, edges, truncated };
  }

  /** One shortest directed path from → … → to of 1..maxHops citations, or null. */
  async path(from: string, to: string, maxHops: number): Promise<PaperModel[] | null> {
    const query = citationPath[maxHops];
    if (!query) throw new RangeError(`maxHops must be 1..6; got ${maxHops}`);
    const [row] = await this.db.read(query, { from, to }, this.stats);
    return (row?.papers as PaperModel[] | undefined) ?? null;
  }
}
