/**
 * The store checks and repairs of `evidence-graph doctor` as named Cypher calls
 * (src/db/cypher/doctor.ts). Which properties are identifiers and which must be integers is
 * the graph model (docs/ARCHITECTURE.md), written down here once and sent as parameters.
 */
import type { Executor, NamedQuery, Row } from '../db/executor.js';
import * as cy from '../db/cypher/doctor.js';

/** What one check found: how many problems, and the first few of them as lines of text. */
export interface CheckFinding {
  count: number;
  examples: string[];
}

/** The identifiers a paper is known by; two papers holding the same value are one work. */
export const PAPER_IDENTIFIERS = ['doi', 'pmid', 'pmcid', 'openalexId', 's2Id'] as const;

/** The properties that hold integers, by the kind of entity that carries them. */
export const INTEGER_PROPERTIES = {
  paper: [
    'year',
    'citingPaperCount',
    'referenceCount',
    'statementCount',
    'supportingCount',
    'mentioningCount',
    'contrastingCount',
    'unclassifiedCount',
  ],
  cites: ['statementCount', 'supporting', 'mentioning', 'contrasting', 'unclassified'],
  authored: ['position'],
  finding: ['n', 'nI', 'nC', 'eventsI', 'totalI', 'eventsC', 'totalC', 'k'],
  tally: [
    'citingPublications',
    'statements',
    'supporting',
    'mentioning',
    'contrasting',
    'unclassified',
    'references',
  ],
} as const;

export type IntegerHolder = keyof typeof INTEGER_PROPERTIES;

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
    const p = INTEGER_PROPERTIES;
    return this.check(cy.wrongTypes, examples, {
      paperProps: p.paper,
      citesProps: p.cites,
      authoredProps: p.authored,
      findingProps: p.finding,
      tallyProps: p.tally,
    });
  }

  /** Sets drifting counters of the `size` papers after `after`, and of their citations. */
  async fixCounters(after: string, size: number): Promise<RepairPage> {
    return repairPage(await this.db.write(cy.fixCounters, { after, size }));
  }

  /** Makes integers of the integer properties of `holder`, for the `size` anchors after `after`. */
  async fixTypes(holder: IntegerHolder, after: string, size: number): Promise<RepairPage> {
    const props = INTEGER_PROPERTIES[holder];
    return repairPage(await this.db.write(cy.fixTypesOf[holder], { after, size, props }));
  }
}
