/**
 * Re-classification of stored statements as named Cypher calls
 * (src/db/cypher/classify.ts): pages of candidates, and one transaction per
 * page that writes the model labels and moves the polarity counters of papers
 * and CITES edges by what the write reports, so counters stay exact.
 */
import type { Executor } from '../db/executor.js';
import * as cy from '../db/cypher/classify.js';
import { applyEdgeDeltas, applyPaperDeltas } from '../db/cypher/writes.js';
import type { LabelSource, Polarity, Purpose, Section } from '../domain/vocabulary.js';
import { DeltaSheet } from '../importers/resolve/counters.js';

export type { ClassifyScope } from '../db/cypher/classify.js';

/** A statement to label, with who holds its labels now. */
export interface Candidate {
  id: string;
  text: string;
  section: Section;
  heldPolarity: LabelSource | null;
  heldPurpose: LabelSource | null;
  polarityVersion: string | null;
  purposeVersion: string | null;
}

/** The model labels for one statement; a null polarity or purpose leaves that label. */
export interface ModelLabels {
  id: string;
  polarity: Exclude<Polarity, 'UNCLASSIFIED'> | null;
  confidence: number | null;
  rule: string | null;
  polarityVersion: string | null;
  purpose: Purpose | null;
  purposeConfidence: number | null;
  purposeVersion: string | null;
}

/** $version is read by the modelVersion scope alone; no other text is sent it. */
const versionParam = (scope: cy.ClassifyScope, version: string | null) =>
  scope === 'modelVersion' ? { version } : {};

export class ClassifyRepository {
  constructor(private readonly db: Executor) {}

  async count(scope: cy.ClassifyScope, version: string | null): Promise<number> {
    const rows = await this.db.read(cy.countCandidates(scope), versionParam(scope, version));
    return Number(rows[0]?.n ?? 0);
  }

  async page(
    scope: cy.ClassifyScope,
    version: string | null,
    after: string,
    limit: number,
  ): Promise<Candidate[]> {
    const rows = await this.db.read(cy.candidatePage(scope), {
      ...versionParam(scope, version),
      after,
      limit,
    });
    return rows as unknown as Candidate[];
  }

  /** Writes one page of labels and its counter changes in one transaction; how many changed. */
  async write(rows: ModelLabels[]): Promise<number> {
    if (rows.length === 0) return 0;
    return this.db.writeTx(async (tx) => {
      const out = await tx.run(cy.writeModelLabels, { rows });
      const sheet = new DeltaSheet();
      sheet.addStatements(out);
      const papers = sheet.paperRows();
      if (papers.length > 0) await tx.run(applyPaperDeltas, { rows: papers });
      const edges = sheet.edgeRows();
      if (edges.length > 0) await tx.run(applyEdgeDeltas, { rows: edges });
      return out.filter((r) => r.changed).length;
    });
  }
}
