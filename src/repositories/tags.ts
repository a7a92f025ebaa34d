/**
 * The concept tagger over the stored graph as named Cypher calls (src/db/cypher/tags.ts):
 * the taxonomy, keyset pages of papers and statements to tag, and one transaction per page
 * that replaces their TAGGER links (curated links are never touched).
 */
import type { Executor } from '../db/executor.js';
import * as cy from '../db/cypher/tags.js';
import type { TagRow } from '../importers/resolve/tags.js';
import type { TaggerConcept } from '../tagger/index.js';

export type { TagScope } from '../db/cypher/tags.js';

/** A paper or statement page item: its id and the texts the tagger reads. */
export interface PaperText {
  id: string;
  title: string | null;
  abstract: string | null;
  keywords: string[] | null;
  topics: string[] | null;
}
export interface StatementText {
  id: string;
  text: string;
  contextBefore: string | null;
}

/** The TAGGER links to store for one paper or statement. */
export interface TagWrite {
  id: string;
  links: TagRow[];
}

export class TagRepository {
  constructor(private readonly db: Executor) {}

  async taxonomy(): Promise<TaggerConcept[]> {
    return (await this.db.read(cy.taggerTaxonomy, {})) as unknown as TaggerConcept[];
  }

  async count(scope: cy.TagScope, version: string): Promise<number> {
    const rows = await this.db.read(cy.countToTag(scope), { version });
    return Number(rows[0]?.n ?? 0);
  }

  async papers(scope: cy.TagScope, version: string, after: string, limit: number) {
    const rows = await this.db.read(cy.paperPage(scope), { version, after, limit });
    return rows as unknown as PaperText[];
  }

  async statements(scope: cy.TagScope, version: string, after: string, limit: number) {
    const rows = await this.db.read(cy.statementPage(scope), { version, after, limit });
    return rows as unknown as StatementText[];
  }

  /** Writes one page of TAGGER links in one transaction; how many papers' or statements' links changed. */
  async write(kind: 'papers' | 'statements', rows: TagWrite[], version: string): Promise<number> {
    if (rows.length === 0) return 0;
    const query = kind === 'papers' ? cy.tagPapers : cy.tagStatements;
    const out = await this.db.writeTx((tx) => tx.run(query, { rows, version }));
    return out.filter((r) => r.changed).length;
  }
}
