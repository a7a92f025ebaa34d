/**
 * `evidence-graph generate --papers N --seed S --out DIR`: writes a deterministic
 * synthetic corpus (src/importers/generate) ready for `evidence-graph import DIR/*`.
 */
import { parseArgs } from 'node:util';
import { generateCorpus } from '../importers/generate/index.js';

/** Usage lines shown by `evidence-graph help`. */
export const GENERATE_USAGE = `  generate               write a synthetic corpus: --papers N --seed S --out DIR [--shard-size N] [--json]`;

function integerOption(name: string, value: string | undefined, min: number, max: number): number {
  const n = Number(value);
  if (value === undefined || !Number.isInteger(n) || n < min || n > max)
    throw new Error(`--${name} must be an integer from ${min} to ${max}; got "${value ?? ''}"`);
  return n;
}

/** Runs the generate command; returns its exit code. */
export async function generateCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      papers: { type: 'string' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      'shard-size': { type: 'string', default: '20000' },
      json: { type: 'boolean', default: false },
    },
  });
  let papers: number, seed: number, shardSize: number;
  try {
    papers = integerOption('papers', values.papers, 1, 50_000_000);
    seed = integerOption('seed', values.seed, 0, 2 ** 31 - 1);
    shardSize = integerOption('shard-size', values['shard-size'], 1, 10_000_000);
    if (!values.out) throw new Error('--out DIR is required');
  } catch (err) {
    console.error(`error: ${(err as Error).message}\n\nusage:\n${GENERATE_USAGE}`);
    return 1;
  }
  const started = performance.now();
  const summary = await generateCorpus({ papers, seed, out: values.out, shardSize });
  const seconds = Math.round((performance.now() - started) / 10) / 100;
  if (values.json) console.log(JSON.stringify({ ...summary, seconds }));
  else {
    console.log(
      `wrote ${summary.papers} papers, ${summary.citations} citations, ${summary.statements} statements, ` +
        `${summary.findings} findings to ${values.out} in ${seconds} s (max in-degree ${summary.maxInDegree}, median ${summary.medianInDegree})`,
    );
    console.log(`import with: npx evidence-graph import ${values.out}/*.csv ${values.out}/*.jsonl`);
  }
  return 0;
}
