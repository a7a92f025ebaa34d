/**
 * `evidence-graph tag`: the concept tagger over the stored graph (src/services/tag.ts):
 * TAGGER links (STUDIES, MEASURES, ABOUT) for papers' titles and abstracts and statements'
 * sentences, never touching a curated link. Exit codes: 0 done, 1 failed (with the point
 * to resume from), 2 usage error.
 */
import { loadConfig } from '../config.js';
import { connectDatabase } from '../db/connect.js';
import { TagRepository } from '../repositories/tags.js';
import { tagStored } from '../services/tag.js';
import { progressBar } from './progress.js';
import { UsageError } from './usage.js';

/** The options of `tag`, as the parser (src/cli/program.ts) reads them. */
export interface TagCliOptions {
  all?: boolean;
  after?: string;
  batchSize?: number;
  json?: boolean;
}

/** Runs `tag`; returns the exit code. */
export async function tagCommand(opts: TagCliOptions): Promise<number> {
  if (opts.after !== undefined && !/^(paper|statement):./s.test(opts.after))
    throw new UsageError(`--after takes paper:<id> or statement:<id>, got "${opts.after}"`);
  const json = opts.json ?? false;
  // A page is thousands of papers in one transaction: longer than the API's request timeout.
  const env = { ...process.env, QUERY_TIMEOUT_MS: process.env.IMPORT_TIMEOUT_MS ?? '600000' };
  const database = await connectDatabase(loadConfig(env), {
    reuseRunning: true,
    log: (l) => {
      if (!json) console.error(l);
    },
  });
  const bar = progressBar(json, { doing: 'tagging', unit: 'texts' });
  let last: string | null = null;
  try {
    const summary = await tagStored(new TagRepository(database.db), {
      scope: opts.all ? 'all' : 'untagged',
      after: opts.after,
      batchSize: opts.batchSize,
      onStart: (n) => bar.start(n),
      onProgress: (n, at) => {
        last = at;
        bar.update(n);
      },
    });
    bar.stop();
    if (json) console.log(JSON.stringify(summary));
    else
      console.log(
        `tagged (${summary.scope}, ${summary.version}): ${summary.papers.visited} papers (${summary.papers.retagged} changed), ${summary.statements.visited} statements (${summary.statements.retagged} changed) in ${summary.seconds} s`,
      );
    return 0;
  } catch (err) {
    bar.stop();
    const resume = last ? `; resume with --all --after ${JSON.stringify(last)}` : '';
    console.error(`error: tag failed: ${(err as Error).message}${resume}`);
    return 1;
  } finally {
    await database.close();
  }
}
