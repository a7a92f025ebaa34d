/**
 * `evidence-graph classify`: the statement classifier (src/classifier) over the
 * stored graph (src/services/classify.ts), or with --input over a JSON-lines
 * file and no database at all (src/services/classify-lines.ts). Exit codes as
 * import: 0 done, 1 failed, 2 usage error, 3 some input lines were bad (each
 * named by line on stderr; the good ones are written).
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { loadConfig } from '../config.js';
import { connectDatabase } from '../db/connect.js';
import { ClassifyRepository } from '../repositories/classify.js';
import { classifyStored, type ClassifyScope } from '../services/classify.js';
import { ClassifyLineError, predictLine } from '../services/classify-lines.js';
import { progressBar } from './progress.js';
import { UsageError } from './usage.js';

/** The options of `classify`, as the parser (src/cli/program.ts) reads them. */
export interface ClassifyCliOptions {
  all?: boolean;
  unclassified?: boolean;
  modelVersion?: string;
  after?: string;
  batchSize?: number;
  input?: string;
  output?: string;
  json?: boolean;
}

/** Checks what the parser cannot: options that do not go together. */
function scopeOf(o: ClassifyCliOptions): ClassifyScope {
  const stored = ['all', 'unclassified', 'modelVersion', 'after', 'batchSize'] as const;
  if (o.input !== undefined) {
    const flag = stored.find((k) => o[k] !== undefined);
    if (flag)
      throw new UsageError(
        `--input classifies a file without the database; it does not go with --${flag.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
      );
    if (o.output === undefined) throw new UsageError('--input needs --output <file>');
  } else if (o.output !== undefined) throw new UsageError('--output goes with --input <file>');
  const chosen = [
    o.all && '--all',
    o.unclassified && '--unclassified',
    o.modelVersion && '--model-version',
  ];
  if (chosen.filter(Boolean).length > 1)
    throw new UsageError(`choose one of ${chosen.filter(Boolean).join(', ')}`);
  return o.all ? 'all' : o.modelVersion !== undefined ? 'modelVersion' : 'unclassified';
}

/** `--input`/`--output`: predictions for each good line, each bad line named on stderr. */
async function classifyFile(input: string, output: string, json: boolean): Promise<number> {
  const source = createReadStream(input, 'utf8');
  const opened = once(source, 'open').catch((err: NodeJS.ErrnoException) => {
    throw new Error(`cannot read ${input}: ${err.code ?? err.message}`);
  });
  try {
    await opened;
  } catch (err) {
    console.error(`error: ${(err as Error).message}`);
    return 1;
  }
  const out = createWriteStream(output, 'utf8');
  const bad: { line: number; reason: string }[] = [];
  let read = 0;
  let predicted = 0;
  try {
    let n = 0;
    for await (const text of createInterface({ input: source, crlfDelay: Infinity })) {
      n += 1;
      try {
        const prediction = predictLine(text, n);
        if (!prediction) continue;
        read += 1;
        predicted += 1;
        if (!out.write(`${JSON.stringify(prediction)}\n`)) await once(out, 'drain');
      } catch (err) {
        if (!(err instanceof ClassifyLineError)) throw err;
        read += 1;
        bad.push({ line: err.line, reason: err.reason });
        console.error(`${input}:${err.line}: ${err.reason}`);
      }
    }
  } finally {
    out.end();
    await once(out, 'close');
  }
  const summary = { read, predicted, rejected: bad.length, rejects: bad };
  if (json) console.log(JSON.stringify(summary));
  else
    console.log(
      `classified ${predicted} of ${read} statements into ${output}; ${bad.length} bad line(s)`,
    );
  return bad.length > 0 ? 3 : 0;
}

/** Runs `classify`; returns the exit code. */
export async function classifyCommand(opts: ClassifyCliOptions): Promise<number> {
  const scope = scopeOf(opts);
  const json = opts.json ?? false;
  if (opts.input !== undefined) return classifyFile(opts.input, opts.output!, json);
  // A page is thousands of statements in one transaction: longer than the API's request timeout.
  const env = { ...process.env, QUERY_TIMEOUT_MS: process.env.IMPORT_TIMEOUT_MS ?? '600000' };
  const database = await connectDatabase(loadConfig(env), {
    reuseRunning: true,
    log: (l) => {
      if (!json) console.error(l);
    },
  });
  const bar = progressBar(json, { doing: 'classifying', unit: 'statements' });
  let lastId: string | null = null;
  try {
    const summary = await classifyStored(new ClassifyRepository(database.db), {
      scope,
      modelVersion: opts.modelVersion,
      after: opts.after,
      batchSize: opts.batchSize,
      onStart: (n) => bar.start(n),
      onProgress: (n, last) => {
        lastId = last;
        bar.update(n);
      },
    });
    bar.stop();
    if (json) console.log(JSON.stringify(summary));
    else
      console.log(
        `classified (${summary.scope}, ${summary.versions.polarity}, ${summary.versions.purpose}): visited ${summary.visited}, relabelled ${summary.relabelled}, unchanged ${summary.unchanged} in ${summary.seconds} s`,
      );
    return 0;
  } catch (err) {
    bar.stop();
    const resume = lastId ? `; resume with --after ${JSON.stringify(lastId)}` : '';
    console.error(`error: classify failed: ${(err as Error).message}${resume}`);
    return 1;
  } finally {
    await database.close();
  }
}
