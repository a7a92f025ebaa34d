/**
 * The bulk load's side of identity merging: once every file is taken, the
 * links gathered under ids that were merged away (BulkGraph.aliases) are
 * re-pointed at their survivors exactly as the writer's one merge
 * (../writer/merge-papers.ts) leaves the graph: links that would join a paper
 * to itself are dropped, a statement whose id was derived from a merged-away
 * id gets the id its new ends derive and joins an equal one already there,
 * and a survivor keeps its own external tally of a source over the other's.
 */
import { derivedId } from '../../domain/ids.js';
import type { FindingRow, StatementRow, TallyRow } from '../resolve/index.js';
import { statementKey } from '../resolve/rows.js';

/** The id a paper id now lives under. */
export type Find = (id: string) => string;

const union = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  [...new Set([...(a ?? []), ...(b ?? [])])].sort();

/** Re-points statements (and their single source) in place. */
export function settleStatements(
  statements: Map<string, StatementRow>,
  sources: Map<string, string>,
  find: Find,
): void {
  const all = [...statements.values()];
  const was = new Map(sources);
  statements.clear();
  sources.clear();
  const moved = (s: StatementRow) => find(s.citing) !== s.citing || find(s.cited) !== s.cited;
  // Statements that keep their ids hold them first, as in the graph the writer merges into.
  for (const s of [...all.filter((x) => !moved(x)), ...all.filter(moved)]) {
    const [citing, cited] = [find(s.citing), find(s.cited)];
    if (citing === cited) continue;
    const key = statementKey(s.text);
    const derived = s.id === derivedId('s', s.citing, s.cited, key);
    const id = moved(s) && derived ? derivedId('s', citing, cited, key) : s.id;
    const held = statements.get(id);
    if (held) {
      // A purpose label moves whole (source, confidence, version), as the writer's merge.
      if (held.purpose === null && s.purpose !== null)
        Object.assign(held, {
          purpose: s.purpose,
          purposeSource: s.purposeSource,
          purposeConfidence: s.purposeConfidence,
          purposeVersion: s.purposeVersion,
        });
      held.confidence ??= s.confidence;
      held.provenance ??= s.provenance;
      // As the writer's merge: the context pair is taken whole when the held one has none.
      if (held.contextBefore === null && held.contextAfter === null) {
        held.contextBefore = s.contextBefore;
        held.contextAfter = s.contextAfter;
      }
      held.about = union(held.about, s.about);
      continue;
    }
    statements.set(id, { ...s, id, citing, cited });
    const source = was.get(s.id);
    if (source !== undefined) sources.set(id, source);
  }
}

export function settleFindings(findings: Map<string, FindingRow>, find: Find): void {
  for (const f of findings.values()) f.paper = find(f.paper);
}

/** A moved tally is dropped when the survivor has its own from the same source. */
export function settleTallies(tallies: Map<string, TallyRow>, find: Find): void {
  const sourceOf = (t: TallyRow) => String((t.props as { source?: unknown }).source);
  const held = new Set(
    [...tallies.values()]
      .filter((t) => find(t.paper) === t.paper)
      .map((t) => `${t.paper}\u0000${sourceOf(t)}`),
  );
  for (const [id, t] of [...tallies]) {
    const to = find(t.paper);
    if (to === t.paper) continue;
    const key = `${to}\u0000${sourceOf(t)}`;
    if (held.has(key)) tallies.delete(id);
    else {
      held.add(key);
      t.paper = to;
    }
  }
}

export interface InclusionEntry {
  review: string;
  study: string;
  sources: string[];
  verified?: boolean;
  note?: string;
}

/** Inclusions re-keyed by their survivors; two that meet keep the first and union sources. */
export function settleInclusions(inclusions: Map<string, InclusionEntry>, find: Find): void {
  const all = [...inclusions.values()];
  inclusions.clear();
  for (const inc of all) {
    const [review, study] = [find(inc.review), find(inc.study)];
    if (review === study) continue;
    const key = `${review}\u0000${study}`;
    const held = inclusions.get(key);
    if (held) held.sources = union(held.sources, inc.sources);
    else inclusions.set(key, { ...inc, review, study });
  }
}

/** Concept-link sources keyed `paper \0 type \0 concept`, re-keyed by survivor (sources unioned). */
export function settleConceptLinks(links: Map<string, string[]>, find: Find): void {
  for (const [key, list] of [...links]) {
    const [paper, type, concept] = key.split('\u0000') as [string, string, string];
    const to = find(paper);
    if (to === paper) continue;
    links.delete(key);
    const next = `${to}\u0000${type}\u0000${concept}`;
    links.set(next, union(links.get(next), list));
  }
}
