/**
 * One article (model.ts) to an import batch, the same way for JATS and TEI: the
 * citing paper, one partial paper per reference-list entry, a CITES record per
 * entry the body cites, and one statement per citing unit (a sentence, or a
 * table row: units.ts) per cited entry, with the text either side as context.
 * Every in-text citation that makes no statement is counted in `dropped` by
 * reason (model.ts lists the keys).
 *
 * The reference census (ParseResult.references) counts the entries the body
 * cites: read = citation records + withoutId (cited entries that identify
 * nothing) + duplicates (cited entries naming a work another entry already
 * named) + selfCitations. Entries the body never cites still become papers but
 * make no citation, so they are not in the census.
 */
import { newPaperId } from '../../../domain/identity.js';
import type { PaperRef, RecordBatch, StatementRecord } from '../../../domain/import-format.js';
import { LIMITS } from '../limits.js';
import { refOf, StubSet, noReferences, type ReferenceCount } from '../result.js';
import type { RefIndex } from './callouts.js';
import type { Article, DropReason } from './model.js';
import { paragraphUnits, rowUnits } from './units.js';

/** The article's contribution to a parse result. */
export interface ArticleYield {
  references: ReferenceCount;
  dropped: Partial<Record<DropReason, number>>;
  warnings: string[];
}

/** The identifying part of a paper as a citation end: its identifiers, else its derived id. */
export function citationRef(
  paper: { title?: string; year?: number } & PaperRef,
): PaperRef | undefined {
  return refOf(paper) ?? (paper.title ? { id: newPaperId(paper) as string } : undefined);
}

function refIndex(article: Article): RefIndex {
  const byKey = new Map<string, number>();
  const byLabel = new Map<number, number>();
  article.references.forEach((r, i) => {
    if (!byKey.has(r.key)) byKey.set(r.key, i);
    const n = r.label === undefined ? NaN : Number(r.label.replace(/[^\d]/g, ''));
    if (Number.isInteger(n) && !byLabel.has(n)) byLabel.set(n, i);
  });
  return { byKey, byLabel, size: article.references.length };
}

/** Adds the article's records to `batch` and returns its census, drops and warnings. */
export function addArticle(article: Article, batch: RecordBatch, file: string): ArticleYield {
  const dropped: Partial<Record<DropReason, number>> = {};
  const drop = (reason: DropReason, n = 1) => {
    if (n > 0) dropped[reason] = (dropped[reason] ?? 0) + n;
  };
  const warnings: string[] = [];
  const references = noReferences();
  const citing = citationRef(article.paper) as PaperRef;
  const citingKey = JSON.stringify(citing);
  batch.papers.push(article.paper);
  const stubs = new StubSet();
  const cited = article.references.map((r) => {
    if (!r.paper) return undefined;
    stubs.add(r.paper, article.source);
    return citationRef(r.paper);
  });
  const index = refIndex(article);
  // Reference index → state once the body cites it: its citation key, or why it makes none.
  const seen = new Map<number, string | DropReason>();
  const works = new Set<string>();
  const citedKey = (i: number): string | DropReason => {
    const prior = seen.get(i);
    if (prior !== undefined) return prior;
    const ref = cited[i];
    const entry = article.references[i]!;
    let state: string | DropReason;
    references.read++;
    if (!ref) {
      references.withoutId++;
      state = entry.malformed > 0 ? 'malformed-identifier' : 'no-identity';
    } else {
      const key = JSON.stringify(ref);
      if (key === citingKey || (ref.doi && ref.doi === citing.doi)) {
        references.selfCitations++;
        state = 'self-citation';
      } else if (works.has(key)) {
        references.duplicates++;
        state = key;
      } else {
        works.add(key);
        batch.citations.push({ citing, cited: ref });
        state = key;
      }
    }
    seen.set(i, state);
    return state;
  };

  const units = [
    ...(article.paragraphs ?? []).map((p) => paragraphUnits(p, index)),
    ...article.rows.map((r) => rowUnits(r, index)),
  ];
  let read = 0;
  for (const { units: list, callouts, dropped: lost } of units) {
    read += callouts;
    for (const [reason, n] of Object.entries(lost)) drop(reason as DropReason, n);
    for (const unit of list) {
      const { text } = unit;
      const done = new Set<string>();
      for (const i of unit.refs) {
        const state = citedKey(i);
        if (!state.startsWith('{')) {
          drop(state as DropReason);
          continue;
        }
        if (done.has(state)) continue;
        done.add(state);
        if (text.length > LIMITS.text) {
          drop('sentence-too-long');
          continue;
        }
        const statement: StatementRecord = {
          citing,
          cited: cited[i]!,
          text,
          section: unit.section,
          polarity: 'UNCLASSIFIED',
          purpose: null,
          confidence: null,
          about: [],
          source: article.source,
        };
        const before = unit.before && unit.before.length <= LIMITS.text ? unit.before : undefined;
        const after = unit.after && unit.after.length <= LIMITS.text ? unit.after : undefined;
        if (before || after)
          statement.context = { ...(before ? { before } : {}), ...(after ? { after } : {}) };
        batch.statements.push(statement);
      }
    }
  }
  drop('table', article.calloutsInTables);
  drop('sub-article', article.calloutsInSubArticles);
  drop(
    'outside-body',
    article.calloutsInDocument - article.calloutsInTables - article.calloutsInSubArticles - read,
  );
  if (article.paragraphs === null) {
    warnings.push(
      `${file}: the article has no body; its paper and references were read, no statements`,
    );
  }
  const malformed = article.references.reduce((n, r) => n + r.malformed, 0);
  if (malformed > 0) {
    warnings.push(
      `${file}: ${malformed} malformed identifier(s) in the reference list were dropped, not guessed at`,
    );
  }
  for (const p of stubs.papers) batch.papers.push(p);
  return { references, dropped, warnings };
}
