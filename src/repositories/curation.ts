/**
 * Curator edits. Each method is one write transaction: it validates against
 * the graph, writes, recomputes the counters of every touched paper and
 * citation edge with the writer's recountPapers/recountEdges, and records an
 * audit (:Change) node — all committed together or not at all.
 */
import { randomUUID } from 'node:crypto';
import type { Executor, QueryStats, Row, WriteTx } from '../db/executor.js';
import * as cy from '../db/cypher/curation.js';
import { paperByIds } from '../db/cypher/papers.js';
import { recountEdges, recountPapers, resolvePapers } from '../db/cypher/writes.js';
import { AppError, badInput, ErrorCode } from '../domain/errors.js';
import type { Page } from '../domain/paging.js';
import type { PaperRecord } from '../domain/import-format.js';
import { mergePaperInto } from '../importers/writer/merge-papers.js';
import { newPaperId, REF_KINDS } from '../domain/identity.js';
import type { ConceptModel, PaperModel, StatementModel } from './models.js';

/** Who makes an edit, as recorded in the audit. */
export interface Actor {
  id: string;
  role: string;
}

/** A paper's scalar fields, validated and normalised by the caller; absent values are kept. */
export type PaperFields = Omit<
  PaperRecord,
  | 'authors'
  | 'venue'
  | 'interventions'
  | 'outcomes'
  | 'populations'
  | 'settings'
  | 'partial'
  | 'source'
>;

export interface NewStatement {
  citing: string;
  cited: string;
  text: string;
  section: string;
  polarity: string;
  purpose: string | null;
  confidence: number | null;
  about: string[];
}

/** A statement patch: undefined keeps a value; null clears purpose or confidence. */
export interface StatementPatchFields {
  polarity?: string;
  section?: string;
  purpose?: string | null;
  confidence?: number | null;
}

export interface ChangeModel {
  id: string;
  at: string;
  actor: string;
  actorRole: string | null;
  action: string;
  target: string;
  before: string | null;
  after: string | null;
}

export interface ChangeEdgeModel {
  cursor: string;
  node: ChangeModel;
}

type Snapshot = StatementModel & { about: string[] };

const notFound = (what: string) => new AppError(ErrorCode.NOT_FOUND, `${what} does not exist`);
const json = (value: unknown) => (value == null ? null : JSON.stringify(value));

async function recount(tx: WriteTx, ids: string[], pairs: { citing: string; cited: string }[]) {
  await tx.run(recountEdges, { pairs });
  await tx.run(recountPapers, { ids: [...new Set(ids)] });
}

async function statementSnapshot(tx: WriteTx, id: string): Promise<Snapshot | null> {
  const [row] = await tx.run(cy.statementSnapshot, { id });
  return (row?.statement as Snapshot | undefined) ?? null;
}

async function unknownConcepts(tx: WriteTx, about: string[]): Promise<void> {
  const [check] = await tx.run(cy.checkStatementRefs, { citing: '', cited: '', about });
  const unknown = (check?.unknownConcepts as string[]) ?? [];
  if (unknown.length > 0) {
    throw badInput('about', `not an intervention type or outcome id: ${unknown.join(', ')}`);
  }
}

function withoutAbout({ about: _about, ...statement }: Snapshot): StatementModel {
  return statement;
}

export class CurationRepository {
  constructor(
    private readonly db: Executor,
    private readonly stats: QueryStats,
  ) {}

  private record(
    tx: WriteTx,
    actor: Actor,
    action: string,
    target: { kind: 'Paper' | 'Statement' | 'Concept'; id: string },
    before: unknown,
    after: unknown,
  ): Promise<Row[]> {
    return tx.run(cy.recordChange, {
      id: `chg-${randomUUID()}`,
      actor: actor.id,
      actorRole: actor.role,
      action,
      target: target.id,
      targetKind: target.kind,
      before: json(before),
      after: json(after),
    });
  }

  /** Creates or updates a paper found by id or by any identifier (as the import writer does). */
  upsertPaper(actor: Actor, fields: PaperFields): Promise<PaperModel> {
    return this.db.writeTx(async (tx) => {
      const lookup = Object.fromEntries(
        REF_KINDS.map((k) => [k, fields[k] ? [fields[k] as string] : []]),
      );
      const found = await tx.run(resolvePapers, lookup);
      // A merged-away id resolves (through its PaperAlias) to the paper it was merged into:
      // the edit goes to that survivor, never to a new paper under the old id.
      const target = (found.find((r) => r.kind === 'id')?.pid as string | undefined) ?? fields.id;
      const others = found.filter((r) => r.kind !== 'id' && r.pid !== target);
      if (fields.id && others[0]) {
        const { kind, v, pid } = others[0];
        throw badInput(`input.${kind}`, `${kind} "${v}" belongs to paper ${pid}; use mergePapers`);
      }
      const pids = [...new Set(found.map((r) => r.pid as string))];
      if (pids.length > 1) {
        throw badInput('input', `the identifiers name different papers (${pids.join(', ')})`);
      }
      const id = target ?? pids[0] ?? newPaperId(fields);
      if (!id) throw badInput('input', 'give an id, an identifier or a title');
      const [old] = await tx.run(paperByIds, { ids: [id] });
      const before = (old?.paper as PaperModel | undefined) ?? null;
      if (!before && !fields.title) throw badInput('input.title', 'a new paper needs a title');
      // An empty type list is stored as no list (absent means unknown), as every import does.
      const props = Object.fromEntries(
        Object.entries(fields)
          .filter(([k, v]) => k !== 'id' && v !== undefined && v !== null)
          .map(([k, v]) => [k, Array.isArray(v) && v.length === 0 ? null : v]),
      );
      // A year from GraphQL is a JS number; the executor sends it as an Integer.
      const [row] = await tx.run(cy.upsertPaper, { id, props });
      const after = row?.paper as PaperModel;
      await this.record(tx, actor, 'UPSERT_PAPER', { kind: 'Paper', id }, before, after);
      return after;
    }, this.stats);
  }

  /** Adds a curated statement (and the CITES edge when missing); unknown ids are BAD_USER_INPUT. */
  addStatement(actor: Actor, input: NewStatement): Promise<StatementModel> {
    const id = `st-${randomUUID()}`;
    return this.db.writeTx(async (tx) => {
      const { citing, cited, about, ...fields } = input;
      const [check] = await tx.run(cy.checkStatementRefs, { citing, cited, about });
      if (!check?.citingFound) throw badInput('input.citing', `no paper "${input.citing}"`);
      if (!check.citedFound) throw badInput('input.cited', `no paper "${input.cited}"`);
      await unknownConcepts(tx, input.about);
      await tx.run(cy.createStatement, { ...fields, citing, cited, id });
      await tx.run(cy.retagStatement, { id, about: input.about });
      await recount(tx, [input.citing, input.cited], [input]);
      const after = (await statementSnapshot(tx, id)) as Snapshot;
      await this.record(tx, actor, 'ADD_STATEMENT', { kind: 'Statement', id }, null, after);
      return withoutAbout(after);
    }, this.stats);
  }

  /** Reclassifies a statement; NOT_FOUND when it does not exist. */
  updateStatement(actor: Actor, id: string, patch: StatementPatchFields): Promise<StatementModel> {
    return this.db.writeTx(async (tx) => {
      const before = await statementSnapshot(tx, id);
      if (!before) throw notFound(`statement "${id}"`);
      await tx.run(cy.patchStatement, {
        id,
        polarity: patch.polarity ?? null,
        section: patch.section ?? null,
        hasPurpose: patch.purpose !== undefined,
        purpose: patch.purpose ?? null,
        hasConfidence: patch.confidence !== undefined,
        confidence: patch.confidence ?? null,
      });
      await recount(
        tx,
        [before.citingId, before.citedId],
        [{ citing: before.citingId, cited: before.citedId }],
      );
      const after = (await statementSnapshot(tx, id)) as Snapshot;
      await this.record(tx, actor, 'UPDATE_STATEMENT', { kind: 'Statement', id }, before, after);
      return withoutAbout(after);
    }, this.stats);
  }

  /** Replaces what a statement is about. */
  tagStatement(actor: Actor, id: string, about: string[]): Promise<StatementModel> {
    return this.db.writeTx(async (tx) => {
      const before = await statementSnapshot(tx, id);
      if (!before) throw notFound(`statement "${id}"`);
      await unknownConcepts(tx, about);
      await tx.run(cy.retagStatement, { id, about });
      const after = (await statementSnapshot(tx, id)) as Snapshot;
      await this.record(tx, actor, 'TAG_STATEMENT', { kind: 'Statement', id }, before, after);
      return withoutAbout(after);
    }, this.stats);
  }

  /**
   * Replaces a concept's synonyms, and an outcome's instruments when given (null keeps
   * them); NOT_FOUND for no concept, BAD_USER_INPUT for instruments on a non-outcome.
   * Links are not re-tagged here: `evidence-graph tag --all` does that over the graph.
   */
  setConceptSynonyms(
    actor: Actor,
    id: string,
    synonyms: string[],
    instruments: string[] | null,
  ): Promise<ConceptModel> {
    return this.db.writeTx(async (tx) => {
      const [found] = await tx.run(cy.conceptSnapshot, { id });
      const before = found?.concept as ConceptModel | undefined;
      if (!before) throw notFound(`concept "${id}"`);
      if (instruments !== null && before.kind !== 'Outcome')
        throw badInput('instruments', `instruments apply to outcomes only; "${id}" is not one`);
      const [row] = await tx.run(cy.setConceptSynonyms, {
        id,
        synonyms,
        hasInstruments: instruments !== null,
        instruments: instruments ?? [],
      });
      const after = row!.concept as ConceptModel;
      await this.record(tx, actor, 'SET_CONCEPT_SYNONYMS', { kind: 'Concept', id }, before, after);
      return after;
    }, this.stats);
  }

  /** Deletes a statement; the CITES edge stays (the citation itself is still known). */
  deleteStatement(actor: Actor, id: string): Promise<boolean> {
    return this.db.writeTx(async (tx) => {
      const before = await statementSnapshot(tx, id);
      if (!before) throw notFound(`statement "${id}"`);
      await tx.run(cy.deleteStatement, { id });
      await recount(
        tx,
        [before.citingId, before.citedId],
        [{ citing: before.citingId, cited: before.citedId }],
      );
      await this.record(tx, actor, 'DELETE_STATEMENT', { kind: 'Statement', id }, before, null);
      return true;
    }, this.stats);
  }

  /** Folds `dup` into `keep` with the import writer's merge (mergePaperInto), audited. */
  mergePapers(actor: Actor, keep: string, dup: string): Promise<PaperModel> {
    return this.db.writeTx(async (tx) => {
      const rows = await tx.run(paperByIds, { ids: [keep, dup] });
      const paper = (id: string) => rows.find((r) => r.key === id)?.paper as PaperModel;
      if (!paper(keep)) throw notFound(`paper "${keep}"`);
      if (!paper(dup)) throw notFound(`paper "${dup}"`);
      // Either id may be one merged away before: it stands for the paper it went into.
      const [keepId, dupId] = [paper(keep).id, paper(dup).id];
      if (keepId === dupId) throw badInput('dup', `"${dup}" and "${keep}" are already one paper`);
      const outcome = await mergePaperInto(tx, keepId, dupId);
      const [after] = await tx.run(paperByIds, { ids: [keepId] });
      const keepAfter = after?.paper as PaperModel;
      const before = { keep: paper(keep), duplicate: paper(dup), degrees: outcome.degrees };
      const summary = {
        keep: keepAfter,
        moved: outcome.moved,
        droppedStatements: outcome.droppedStatements,
        joinedStatements: outcome.joinedStatements,
      };
      await this.record(tx, actor, 'MERGE_PAPERS', { kind: 'Paper', id: keepId }, before, summary);
      return keepAfter;
    }, this.stats);
  }

  /** A page of audit records, newest first, optionally for one target id. */
  async changes(
    target: string | null,
    page: Page,
  ): Promise<{ total: number; rows: ChangeModel[] }> {
    const params = { target, offset: page.offset, limit: page.first + 1 };
    const [row] = await this.db.read(cy.changePage, params, this.stats);
    return { total: (row?.total as number) ?? 0, rows: (row?.page as ChangeModel[]) ?? [] };
  }
}
