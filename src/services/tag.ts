/**
 * The `evidence-graph tag` use case over the stored graph: compile the stored taxonomy
 * once, then visit papers (title, abstract, keywords, topics) and then statements (sentence) page by page,
 * keyset by id, replacing each one's TAGGER links in one transaction per page. Curated
 * links are never touched (src/db/cypher/tags.ts). The default scope visits what this
 * tagger version has not tagged yet, so a stopped run is resumed by running it again;
 * `all` re-tags everything (after synonyms change) and resumes from `after`
 * (`paper:<id>` or `statement:<id>`, the last one done).
 */
import { paperTags, statementTags, TAGGER_VERSION } from '../importers/resolve/tags.js';
import type { TagRepository, TagScope } from '../repositories/tags.js';
import { compileTaxonomy } from '../tagger/index.js';
import { badInput } from '../domain/errors.js';

export type { TagScope } from '../repositories/tags.js';

export interface TagStoredOptions {
  /** untagged (default): what this version has not tagged; all: everything. */
  scope?: TagScope;
  /** Resume after `paper:<id>` or `statement:<id>`. */
  after?: string;
  /** Papers or statements per transaction. */
  batchSize?: number;
  onStart?: (total: number) => void;
  onProgress?: (done: number, last: string) => void;
}

export interface TagStoredSummary {
  scope: TagScope;
  version: string;
  papers: { visited: number; retagged: number };
  statements: { visited: number; retagged: number };
  /** The resume point of the last page done; null when nothing was visited. */
  last: string | null;
  seconds: number;
}

/** Where a run starts: papers after an id, or statements after one (papers all done). */
function startOf(after: string | undefined): { phase: 'paper' | 'statement'; id: string } {
  if (after === undefined) return { phase: 'paper', id: '' };
  const m = /^(paper|statement):(.*)$/s.exec(after);
  if (!m) throw badInput('after', `expected paper:<id> or statement:<id>, got "${after}"`);
  return { phase: m[1] as 'paper' | 'statement', id: m[2]! };
}

/** Runs the tagger over the stored graph; see the module comment. */
export async function tagStored(
  repo: TagRepository,
  options: TagStoredOptions = {},
): Promise<TagStoredSummary> {
  const started = performance.now();
  const scope = options.scope ?? 'untagged';
  const limit = options.batchSize ?? 2000;
  const start = startOf(options.after);
  const matcher = compileTaxonomy(await repo.taxonomy());
  const summary: TagStoredSummary = {
    scope,
    version: TAGGER_VERSION,
    papers: { visited: 0, retagged: 0 },
    statements: { visited: 0, retagged: 0 },
    last: null,
    seconds: 0,
  };
  options.onStart?.(await repo.count(scope, TAGGER_VERSION));
  let done = 0;
  const step = (n: number, last: string) => {
    done += n;
    summary.last = last;
    options.onProgress?.(done, last);
  };

  let after = start.phase === 'paper' ? start.id : null;
  while (after !== null) {
    const page = await repo.papers(scope, TAGGER_VERSION, after, limit);
    if (page.length === 0) break;
    const rows = page.map((p) => ({ id: p.id, links: paperTags(matcher, p) ?? [] }));
    summary.papers.retagged += await repo.write('papers', rows, TAGGER_VERSION);
    summary.papers.visited += page.length;
    after = page[page.length - 1]!.id;
    step(page.length, `paper:${after}`);
    if (page.length < limit) break;
  }
  after = start.phase === 'statement' ? start.id : '';
  for (;;) {
    const page = await repo.statements(scope, TAGGER_VERSION, after, limit);
    if (page.length === 0) break;
    const rows = page.map((s) => ({
      id: s.id,
      links: statementTags(matcher, s.text, s.contextBefore) ?? [],
    }));
    summary.statements.retagged += await repo.write('statements', rows, TAGGER_VERSION);
    summary.statements.visited += page.length;
    after = page[page.length - 1]!.id;
    step(page.length, `statement:${after}`);
    if (page.length < limit) break;
  }
  summary.seconds = Math.round((performance.now() - started) / 10) / 100;
  return summary;
}
