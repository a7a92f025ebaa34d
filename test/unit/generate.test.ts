/**
 * The synthetic corpus generator: deterministic bytes per seed, references
 * only to older papers, the seed tally's polarity mix, and heavy-tailed
 * citation counts; every file parses with the project's own parsers.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, type CorpusSummary } from '../../src/importers/generate/index.js';
import { seededRandom } from '../../src/importers/generate/prng.js';
import { parse, type Format } from '../../src/importers/parsers/index.js';

const PAPERS = 6000;
const dirs = [1, 2, 3].map(() => mkdtempSync(join(tmpdir(), 'eg-generate-')));
const summaries: CorpusSummary[] = [];

const digest = (dir: string, files: string[]) => {
  const h = createHash('sha256');
  for (const f of files) h.update(f).update(readFileSync(join(dir, f)));
  return h.digest('hex');
};
const parsed = (dir: string, prefix: string, format: Format) =>
  summaries[0]!.files
    .filter((f) => f.startsWith(prefix))
    .map((f) => parse(format, readFileSync(join(dir, f), 'utf8'), { file: f }));

beforeAll(async () => {
  summaries.push(
    await generateCorpus({ papers: PAPERS, seed: 11, out: dirs[0]!, shardSize: 2500 }),
  );
  summaries.push(
    await generateCorpus({ papers: PAPERS, seed: 11, out: dirs[1]!, shardSize: 2500 }),
  );
  summaries.push(
    await generateCorpus({ papers: PAPERS, seed: 12, out: dirs[2]!, shardSize: 2500 }),
  );
});

describe('seededRandom', () => {
  it('repeats its stream for one seed and differs for another', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, seededRandom(seed).next);
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
    expect(draw(1).every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('generateCorpus', { timeout: 60_000 }, () => {
  it('writes the same bytes for the same seed, and other bytes for another seed', () => {
    const files = summaries[0]!.files;
    expect(files).toEqual([
      'taxonomy.csv',
      'papers-00001.jsonl',
      'papers-00002.jsonl',
      'papers-00003.jsonl',
      'statements-00001.csv',
      'findings-00001.csv',
      'statements-00002.csv',
      'findings-00002.csv',
      'statements-00003.csv',
      'findings-00003.csv',
    ]);
    expect(digest(dirs[1]!, files)).toBe(digest(dirs[0]!, files));
    expect(digest(dirs[2]!, files)).not.toBe(digest(dirs[0]!, files));
    expect(readFileSync(join(dirs[0]!, 'corpus.json'), 'utf8')).toBe(
      readFileSync(join(dirs[1]!, 'corpus.json'), 'utf8'),
    );
  });

  it('parses cleanly, cites only papers of earlier years, ~10 references a paper', () => {
    const results = parsed(dirs[0]!, 'papers-', 'openalex');
    const papers = results.flatMap((r) => r.batch.papers.filter((p) => !p.partial));
    const citations = results.flatMap((r) => r.batch.citations);
    expect(results.every((r) => r.rejects.length === 0)).toBe(true);
    expect(papers).toHaveLength(PAPERS);
    const year = new Map(papers.map((p) => [p.openalexId, p.year!]));
    const older = (c: (typeof citations)[number]) =>
      year.get(c.cited.openalexId)! < year.get(c.citing.openalexId)!;
    expect(citations.filter((c) => !older(c))).toEqual([]);
    expect(citations.length / PAPERS).toBeGreaterThan(9);
    expect(citations.length / PAPERS).toBeLessThan(11);
    expect(citations.length).toBe(summaries[0]!.citations);
  });

  it('has heavy-tailed citation counts: the most cited paper far above the median', () => {
    const { maxInDegree, medianInDegree } = summaries[0]!;
    const counts = new Map<string, number>();
    for (const r of parsed(dirs[0]!, 'papers-', 'openalex'))
      for (const c of r.batch.citations)
        counts.set(c.cited.openalexId!, (counts.get(c.cited.openalexId!) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBe(maxInDegree);
    expect(maxInDegree).toBeGreaterThan(20 * Math.max(1, medianInDegree));
  });

  it('makes ~2 statements a paper in the seed polarity mix, and findings that parse', () => {
    const statements = parsed(dirs[0]!, 'statements-', 'statements-csv');
    expect(statements.every((r) => r.rejects.length === 0)).toBe(true);
    const all = statements.flatMap((r) => r.batch.statements);
    expect(all.length).toBe(summaries[0]!.statements);
    expect(all.length / PAPERS).toBeGreaterThan(1.7);
    expect(all.length / PAPERS).toBeLessThan(2.3);
    const share = (p: string) => all.filter((s) => s.polarity === p).length / all.length;
    expect(share('MENTIONING')).toBeCloseTo(0.94, 1);
    expect(Math.abs(share('SUPPORTING') - 0.02)).toBeLessThan(0.006);
    expect(Math.abs(share('CONTRASTING') - 0.01)).toBeLessThan(0.004);
    expect(Math.abs(share('UNCLASSIFIED') - 0.03)).toBeLessThan(0.008);
    expect(new Set(all.map((s) => s.section)).size).toBe(6);
    const findings = parsed(dirs[0]!, 'findings-', 'findings-csv');
    expect(findings.every((r) => r.rejects.length === 0)).toBe(true);
    expect(findings.flatMap((r) => r.batch.findings).length).toBe(summaries[0]!.findings);
  });
});
