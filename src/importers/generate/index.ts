/**
 * `generate`: a deterministic synthetic corpus in the project's own import
 * formats. Writes taxonomy.csv, then papers as OpenAlex JSON Lines with
 * statements and findings CSVs, in shards of `shardSize` papers
 * (papers-00001.jsonl, statements-00001.csv, findings-00001.csv, …) in
 * publication order, and corpus.json with the counts. Output is streamed:
 * only typed arrays of ints grow with the corpus.
 */
import { mkdir, open, writeFile, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { FINDINGS_HEADER } from '../parsers/csv-findings.js';
import { STATEMENTS_HEADER } from '../parsers/csv-statements.js';
import { CitationModel, yearOf } from './citations.js';
import { seededRandom } from './prng.js';
import { findingLines, statementLines, workLine } from './records.js';
import { INTERVENTIONS, OUTCOMES, taxonomyCsv } from './taxonomy.js';

/** Synthetic JATS articles (the full-text benchmark's corpus). */
export { jatsArticle, writeJatsCorpus } from './jats.js';
export type { JatsArticle, JatsCorpusSummary, JatsOptions } from './jats.js';

/** What to generate. */
export interface GenerateOptions {
  papers: number;
  seed: number;
  out: string;
  /** Papers per shard file; default 20,000 (a shard parses well within memory). */
  shardSize?: number;
  onProgress?: (papersDone: number) => void;
}

/** What was generated (also written as corpus.json). */
export interface CorpusSummary {
  seed: number;
  papers: number;
  citations: number;
  statements: number;
  findings: number;
  concepts: number;
  maxInDegree: number;
  medianInDegree: number;
  /** File names relative to `out`, in the order to import them. */
  files: string[];
}

/** Buffers text and writes it in large pieces, so a million small lines cost few syscalls. */
class Sink {
  private buffer = '';
  constructor(private readonly handle: FileHandle) {}
  static async open(path: string, header: string): Promise<Sink> {
    const sink = new Sink(await open(path, 'w'));
    sink.buffer = header;
    return sink;
  }
  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= 1 << 20) await this.flush();
  }
  async close(): Promise<void> {
    await this.flush();
    await this.handle.close();
  }
  private async flush(): Promise<void> {
    if (this.buffer === '') return;
    await this.handle.write(this.buffer);
    this.buffer = '';
  }
}

const count = (text: string) => (text.match(/\n/g) ?? []).length;

/** Writes the corpus into `out` (created if missing) and returns its summary. */
export async function generateCorpus(options: GenerateOptions): Promise<CorpusSummary> {
  const { papers: n, seed, out } = options;
  const shardSize = options.shardSize ?? 20_000;
  const random = seededRandom(seed);
  const model = new CitationModel(n, random);
  const authorPool = Math.max(10, Math.floor(n / 2));
  await mkdir(out, { recursive: true });
  await writeFile(join(out, 'taxonomy.csv'), taxonomyCsv());
  const summary: CorpusSummary = {
    seed,
    papers: n,
    citations: 0,
    statements: 0,
    findings: 0,
    concepts: INTERVENTIONS.length + OUTCOMES.length,
    maxInDegree: 0,
    medianInDegree: 0,
    files: ['taxonomy.csv'],
  };
  const shardNames = (k: number) => {
    const tag = String(k + 1).padStart(5, '0');
    return [`papers-${tag}.jsonl`, `statements-${tag}.csv`, `findings-${tag}.csv`];
  };
  const paperFiles: string[] = [];
  const sheetFiles: string[] = [];
  for (let start = 0, k = 0; start < n; start += shardSize, k += 1) {
    const [papersName, statementsName, findingsName] = shardNames(k) as [string, string, string];
    const works = await Sink.open(join(out, papersName), '');
    const statements = await Sink.open(
      join(out, statementsName),
      STATEMENTS_HEADER.join(',') + '\n',
    );
    const findings = await Sink.open(join(out, findingsName), FINDINGS_HEADER.join(',') + '\n');
    for (let i = start; i < Math.min(n, start + shardSize); i += 1) {
      const refs = model.referencesOf(i);
      summary.citations += refs.length;
      await works.write(workLine(random, seed, i, yearOf(i, n), refs, authorPool));
      const s = statementLines(random, seed, i, refs);
      summary.statements += count(s);
      await statements.write(s);
      const f = findingLines(random, seed, i);
      summary.findings += count(f);
      await findings.write(f);
    }
    await Promise.all([works.close(), statements.close(), findings.close()]);
    paperFiles.push(papersName);
    sheetFiles.push(statementsName, findingsName);
    options.onProgress?.(Math.min(n, start + shardSize));
  }
  summary.files.push(...paperFiles, ...sheetFiles);
  const degrees = Int32Array.from(model.inDegree).sort();
  summary.maxInDegree = degrees[degrees.length - 1] ?? 0;
  summary.medianInDegree = degrees[Math.floor(degrees.length / 2)] ?? 0;
  await writeFile(join(out, 'corpus.json'), JSON.stringify(summary, null, 2) + '\n');
  return summary;
}
