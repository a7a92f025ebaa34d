/**
 * The evidence map: three reads (papers with findings and tags, concepts, statement
 * counts), run together, then pure assembly and pooling in src/domain/evidence.
 */
import * as cy from '../db/cypher/evidence.js';
import type { Executor, QueryStats } from '../db/executor.js';
import { assembleEvidenceMap, type PairStatementCounts } from '../domain/evidence/cells.js';
import type { EvidenceFilter, EvidenceOptions } from '../domain/evidence/filter.js';
import type { PaperEvidence } from '../domain/evidence/types.js';
import type {
  EvidenceConceptModel,
  EvidenceFindingModel,
  EvidenceMapModel,
} from './evidence-models.js';
import { evidenceFromKeys } from './evidence-rows.js';
import type { PaperModel, StatementModel } from './models.js';

/** A statement list request for one cell. */
export interface PairKey {
  interventionId: string;
  outcomeId: string;
}

/**
 * Where the papers query starts: the filter's outcomes, else the outcomes of its domains
 * (an outcome without a domain counts as OTHER, which no index finds), else every outcome.
 */
function papersStart(filter: EvidenceFilter): cy.EvidenceStart {
  if (filter.outcomes) return 'outcomes';
  if (filter.domains && !filter.domains.includes('OTHER')) return 'domains';
  return 'all';
}

export class EvidenceRepository {
  constructor(
    private readonly db: Executor,
    private readonly stats: QueryStats,
  ) {}

  /**
   * The map for `filter`, pooled as `options` say. With `wholePapers: false` the cells'
   * papers carry only id, year and publicationTypes (for a caller that shows none of them);
   * with `wholeFindings: false` as well, findings carry only what cells and pooling read.
   */
  async map(
    filter: EvidenceFilter,
    options: EvidenceOptions,
    {
      wholePapers = true,
      wholeFindings = true,
    }: { wholePapers?: boolean; wholeFindings?: boolean } = {},
  ): Promise<EvidenceMapModel> {
    const keysOnly = !wholePapers && !wholeFindings;
    const start = papersStart(filter);
    // Each start point reads only its own concept filter (cy.EvidenceStart).
    const scope =
      start === 'domains'
        ? { domains: filter.domains }
        : start === 'outcomes'
          ? { outcomes: filter.outcomes }
          : {};
    const linkSources = options.linkSources ?? null;
    const [paperRows, conceptRows, statementRows] = await Promise.all([
      this.db.read(
        (wholePapers
          ? cy.evidencePapersFrom
          : keysOnly
            ? cy.evidencePaperKeysFrom
            : cy.evidenceWholeFindingsFrom)[start],
        {
          yearFrom: filter.yearFrom,
          yearTo: filter.yearTo,
          populations: filter.populations,
          settings: filter.settings,
          linkSources,
          ...scope,
        },
        this.stats,
      ),
      this.db.read(cy.evidenceConcepts, {}, this.stats),
      this.db.read(
        (options.rollUp ? cy.evidenceRolledUpStatementCountsFrom : cy.evidenceStatementCountsFrom)[
          start
        ],
        { linkSources, ...scope },
        this.stats,
      ),
    ]);
    const concepts = conceptRows.map((r) => r.item as EvidenceConceptModel);
    const map = assembleEvidenceMap({
      papers: keysOnly
        ? paperRows.map(evidenceFromKeys)
        : (paperRows as unknown as PaperEvidence<PaperModel, EvidenceFindingModel>[]),
      interventions: concepts.filter((c) => c.kind === 'InterventionType'),
      outcomes: concepts.filter((c) => c.kind === 'Outcome'),
      statements: statementRows as unknown as PairStatementCounts[],
      filter,
      ...options,
    });
    return {
      ...map,
      cells: map.cells.map((c) => ({ ...c, rollUp: options.rollUp, linkSources })),
    };
  }

  /** Statements about each pair (both concepts), at most `first` per pair, in key order. */
  async statementLists(
    pairs: readonly PairKey[],
    rollUp: boolean,
    first: number,
    linkSources: readonly string[] | null = null,
  ): Promise<StatementModel[][]> {
    const keyed = pairs.map((p) => ({
      key: `${p.interventionId}|${p.outcomeId}`,
      i: p.interventionId,
      o: p.outcomeId,
    }));
    const rows = await this.db.read(
      cy.evidenceStatementList,
      { pairs: keyed, rollUp, first, linkSources },
      this.stats,
    );
    const byKey = new Map(rows.map((r) => [r.key as string, r.items as StatementModel[]]));
    return keyed.map((k) => byKey.get(k.key) ?? []);
  }
}
