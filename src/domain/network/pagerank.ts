/**
 * Influence score of the papers of a network: PageRank (damping 0.85) over the directed
 * citation graph, citing → cited, with edges weighted by their `weight`, normalised to sum
 * to 1 over the network.
 *
 * The power iteration is graphology-metrics' (`centrality/pagerank`, which this replaced),
 * step for step and in the same summation order, so the scores are the same numbers: a
 * dangling paper's rank is spread over all papers, an edge carries its share of its source's
 * weighted out-degree, and iteration stops when the summed change is below N × tolerance.
 * Written out over typed arrays because building a graphology graph for every request (an
 * object per node and edge, then an index of it) cost more than the iteration itself. Where
 * graphology threw after its iteration cap, this returns the last iterate: the cap bounds
 * the work of a request either way.
 */

/** Minimal edge shape the score needs. */
export interface WeightedEdge {
  source: string;
  target: string;
  weight: number;
}

const ALPHA = 0.85;
const MAX_ITERATIONS = 1000;
const TOLERANCE = 1e-9;

/** Out-neighbours of each node in graphology's order, with one weight per (source, target). */
function adjacency(
  index: Map<string, number>,
  edges: readonly WeightedEdge[],
): { starts: Int32Array; targets: Int32Array; weights: Float64Array } {
  const n = index.size;
  // graphology keeps a node's out-neighbours as keys of a plain object: the same object
  // gives the same iteration order (and a repeated pair keeps its first place, last weight).
  const out: (Record<string, number> | undefined)[] = new Array(n);
  let size = 0;
  for (const e of edges) {
    const s = index.get(e.source);
    if (s === undefined || !index.has(e.target)) continue;
    const row = (out[s] ??= Object.create(null) as Record<string, number>);
    if (!(e.target in row)) size++;
    row[e.target] = e.weight;
  }
  const starts = new Int32Array(n + 1);
  const targets = new Int32Array(size);
  const weights = new Float64Array(size);
  let k = 0;
  for (let i = 0; i < n; i++) {
    starts[i] = k;
    const row = out[i];
    if (!row) continue;
    for (const target in row) {
      targets[k] = index.get(target)!;
      weights[k++] = row[target]!;
    }
  }
  starts[n] = k;
  return { starts, targets, weights };
}

/**
 * PageRank of every node in `nodeIds` over `edges` (edges whose ends are not both in
 * `nodeIds` are ignored). An empty network gives an empty map.
 */
export function pageRankScores(
  nodeIds: readonly string[],
  edges: readonly WeightedEdge[],
): Map<string, number> {
  const index = new Map<string, number>();
  for (const id of nodeIds) if (!index.has(id)) index.set(id, index.size);
  const n = index.size;
  if (n === 0) return new Map();
  const { starts, targets, weights } = adjacency(index, edges);
  const p = 1 / n;
  const normalised = new Float64Array(weights.length);
  const dangling: number[] = [];
  let x = new Float64Array(n);
  let last = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = p;
    let degree = 0;
    for (let j = starts[i]!; j < starts[i + 1]!; j++) degree += weights[j]!;
    if (degree === 0) dangling.push(i);
    for (let j = starts[i]!; j < starts[i + 1]!; j++) normalised[j] = weights[j]! / degree;
  }
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    [last, x] = [x, last];
    x.fill(0);
    let dangleSum = 0;
    for (const i of dangling) dangleSum += last[i]!;
    dangleSum *= ALPHA;
    for (let i = 0; i < n; i++) {
      for (let j = starts[i]!; j < starts[i + 1]!; j++) {
        const t = targets[j]!;
        x[t] = x[t]! + ALPHA * last[i]! * normalised[j]!;
      }
      x[i] = x[i]! + (dangleSum * p + (1 - ALPHA) * p);
    }
    let error = 0;
    for (let i = 0; i < n; i++) error += Math.abs(x[i]! - last[i]!);
    if (error < n * TOLERANCE) break;
  }
  let sum = 0;
  for (let i = 0; i < n; i++) sum += x[i]!;
  const scores = new Map<string, number>();
  for (const [id, i] of index) scores.set(id, sum > 0 ? x[i]! / sum : p);
  return scores;
}
