/**
 * `evidence-graph generate --papers N --seed S --out DIR`: writes a deterministic
 * synthetic corpus (src/importers/generate) ready for `evidence-graph import DIR/*`.
 */
import { generateCorpus } from '../importers/generate/index.js';

/** The options of `generate`, checked and defaulted by the parser (src/cli/program.ts). */
export interface GenerateCliOptions {
  papers: number;
  seed: number;
  out: string;
  shardSize: number;
  json?: boolean;
}

/** Runs the generate command; returns its exit code. */
export async function generateCommand(opts: GenerateCliOptions): Promise<number> {
  const { papers, seed, out, shardSize } = opts;
  const started = performance.now();
  const summary = await generateCorpus({ papers, seed, out, shardSize });
  const seconds = Math.round((performance.now() - started) / 10) / 100;
  if (opts.json) console.log(JSON.stringify({ ...summary, seconds }));
  else {
    console.log(
      `wrote ${summary.papers} papers, ${summary.citations} citations, ${summary.statements} statements, ` +
        `${summary.findings} findings to ${out} in ${seconds} s (max in-degree ${summary.maxInDegree}, median ${summary.medianInDegree})`,
    );
    console.log(`import with: npx evidence-graph import ${out}/*.csv ${out}/*.jsonl`);
  }
  return 0;
}
