/**
 * The store checks and repairs of `evidence-graph doctor` as named Cypher calls
 * (src/db/cypher/doctor.ts). Which properties are identifiers (src/domain/identity.ts) and which
 * are integers (src/domain/integer-properties.ts) is the graph model; the queries get them as
 * parameters.
 */
import type { Executor, NamedQuery, Row } from '../db/executor.js';
import * as cy from '../db/cypher/doctor.js';
import { REF_KINDS } from '../domain/identity.js';
import { INTEGER_PROPERTIES_BY_OWNER } from '../domain/integer-properties.js';

/** What one check found: how many problems, and the first few of them as lines of text. */
export interface CheckFinding {
  count: number;
  examples: string[];
}

/** The identifiers a paper is known by besides its graph id; two papers holding one are one work. */
export const PAPER_IDENTIFIERS = REF_KINDS.filter((k) => k !== 'id');

/** A label or relationship type with integer properties. */
export type IntegerOwner = keyof typeof INTEGER_PROPERTIES_BY_OWNER;

/** One page of a repair: anchors visited, the id to continue after, entities changed. */
export interface RepairPage {
  size: number;
  last: string | null;
  fixed: number;
}

const finding = (rows: Row[]): CheckFinding => ({
  count: Number(rows[0]?.count ?? 0),
  examples: (rows[0]?.examples as string[] | undefined) ?? [],
});

const repairPage = (rows: Row[]): RepairPage => ({
  size: Number(rows[0]?.size ?? 0),
  last: (rows[0]?.last as string | null | undefined) ?? null,
  fixed: Number(rows[0]?.fixed ?? 0),
});

export class DoctorRepository {
  constructor(private readonly db: Executor) {}

  private async check(query: NamedQuery, examples: number, params: Row = {}) {
    return finding(await this.db.read(query, { ...params, examples }));
  }

  counterDrift(examples: number): Promise<CheckFinding> {
    return this.check(cy.counterDrift, examples);
  }

  identifierClashes(examples: number): Promise<CheckFinding> {
    return this.check(cy.identifierClashes, examples, { keys: PAPER_IDENTIFIERS });
  }

  likelyDuplicates(examples: number): Promise<CheckFinding> {
    return this.check(cy.likelyDuplicates, examples, { keys: PAPER_IDENTIFIERS });
  }

  orphanStubs(examples: number): Promise<CheckFinding> {
    return this.check(cy.orphanStubs, examples);
  }

  missingProvenance(examples: number): Promise<CheckFinding> {
    return this.check(cy.missingProvenance, examples);
  }

  wrongTypes(examples: number): Promise<CheckFinding> {
    const p = INTEGER_PROPERTIES_BY_OWNER;
    return this.check(cy.wrongTypes, examples, {
      paperProps: p.Paper,
      citesProps: p.CITES,
      authoredProps: p.AUTHORED,
      findingProps: p.Finding,
      tallyProps: p.ExternalTally,
    });
  }

  /** Sets drifting counters of the `size` papers after `after`, and of their citations. */
  async fixCounters(after: string, size: number): Promise<RepairPage> {
    return repairPage(await this.db.write(cy.fixCounters, { after, size }));
  }

  /** Makes integers of the integer properties of `owner`, for the `size` anchors after `after`. */
  async fixTypes(owner: IntegerOwner, after: string, size: number): Promise<RepairPage> {
    const props = INTEGER_PROPERTIES_BY_OWNER[owner];
    return repairPage(await this.db.write(cy.fixTypesOf[owner], { after, size, props }));
  }
}
