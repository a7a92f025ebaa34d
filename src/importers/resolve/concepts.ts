/**
 * Concept checks of the resolution stage: every concept a record names must
 * exist (in the graph or the batch) with the right kind, and a taxonomy's
 * parents are written before their children.
 */
import type { ConceptRecord, PaperRecord, RecordBatch } from '../../domain/import-format.js';

export type ConceptKinds = Map<string, ConceptRecord['kind']>;

/** Every concept id the batch refers to, for one lookup query. */
export function referencedConcepts(batch: RecordBatch): string[] {
  const ids = new Set<string>();
  for (const c of batch.concepts) if (c.parent) ids.add(c.parent);
  for (const p of batch.papers) {
    for (const list of [p.interventions, p.outcomes, p.populations, p.settings])
      for (const id of list ?? []) ids.add(id);
  }
  for (const s of batch.statements) for (const id of s.about) ids.add(id);
  for (const f of batch.findings) {
    ids.add(f.intervention);
    ids.add(f.outcome);
  }
  return [...ids];
}

/** The reason `id` is not a concept of `kind`, or null when it is. */
export function conceptProblem(
  kinds: ConceptKinds,
  id: string,
  ...allowed: ConceptRecord['kind'][]
): string | null {
  const kind = kinds.get(id);
  if (!kind) return `unknown concept "${id}" (define it in a taxonomy import first)`;
  if (!allowed.includes(kind))
    return `concept "${id}" is a ${kind}, expected ${allowed.join(' or ')}`;
  return null;
}

/** The first reason a paper's concept tags are not concepts of the right kind, or null. */
export function paperConceptProblem(kinds: ConceptKinds, p: PaperRecord): string | null {
  return (
    (p.interventions ?? []).map((c) => conceptProblem(kinds, c, 'intervention')).find(Boolean) ??
    (p.outcomes ?? []).map((c) => conceptProblem(kinds, c, 'outcome')).find(Boolean) ??
    (p.populations ?? []).map((c) => conceptProblem(kinds, c, 'population')).find(Boolean) ??
    (p.settings ?? []).map((c) => conceptProblem(kinds, c, 'setting')).find(Boolean) ??
    null
  );
}

/** Orders concepts so that parents come before their children. */
export function parentsFirst(concepts: ConceptRecord[]): ConceptRecord[] {
  const byId = new Map(concepts.map((c) => [c.id, c]));
  const done = new Set<string>();
  const out: ConceptRecord[] = [];
  const visit = (c: ConceptRecord, path: Set<string>) => {
    if (done.has(c.id) || path.has(c.id)) return;
    path.add(c.id);
    const parent = c.parent ? byId.get(c.parent) : undefined;
    if (parent) visit(parent, path);
    done.add(c.id);
    out.push(c);
  };
  for (const c of concepts) visit(c, new Set());
  return out;
}
