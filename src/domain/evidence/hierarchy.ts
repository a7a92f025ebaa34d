/**
 * The SUBTYPE_OF hierarchies of intervention types and outcomes, as the map needs them:
 * ancestors for roll-up, descendants for filters and a tree order for rows and columns.
 */
import type { ConceptNode } from './types.js';

/** A concept lookup with hierarchy helpers; cycles in bad data are cut, not followed. */
export class Hierarchy<C extends ConceptNode> {
  private readonly byId = new Map<string, C>();

  constructor(concepts: Iterable<C>) {
    for (const c of concepts) this.byId.set(c.id, c);
  }

  /** The concept with this id, if known. */
  get(id: string): C | undefined {
    return this.byId.get(id);
  }

  /** `id` itself followed by its ancestors, nearest first; only `id` when `rollUp` is false. */
  lineage(id: string, rollUp: boolean): string[] {
    const out = [id];
    if (!rollUp) return out;
    let parent = this.byId.get(id)?.parentId ?? null;
    while (parent && !out.includes(parent)) {
      out.push(parent);
      parent = this.byId.get(parent)?.parentId ?? null;
    }
    return out;
  }

  /** True when `id` is one of `roots` or lies below one of them. */
  within(id: string, roots: ReadonlySet<string>): boolean {
    return this.lineage(id, true).some((a) => roots.has(a));
  }

  /** The given ids in depth-first tree order (roots and siblings by name). */
  treeOrder(ids: Iterable<string>): C[] {
    const wanted = new Set(ids);
    const children = new Map<string | null, C[]>();
    for (const c of this.byId.values()) {
      const parent = c.parentId && this.byId.has(c.parentId) ? c.parentId : null;
      children.set(parent, [...(children.get(parent) ?? []), c]);
    }
    const out: C[] = [];
    const seen = new Set<string>();
    const visit = (parent: string | null) => {
      const kids = [...(children.get(parent) ?? [])].sort((a, b) => a.name.localeCompare(b.name));
      for (const c of kids) {
        if (seen.has(c.id)) continue;
        seen.add(c.id);
        if (wanted.has(c.id)) out.push(c);
        visit(c.id);
      }
    };
    visit(null);
    return out;
  }
}
