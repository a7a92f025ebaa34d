/**
 * Evaluates the polarity rules against our own labels (eval/polarity/labels.jsonl),
 * which point at sentences by article, position and hash instead of holding them:
 * re-extracts every labelled statement from the articles under --articles, checks
 * its hash, and prints per-class precision/recall and a reliability table for the
 * dev and the test split. Not part of `npm test` (it needs the articles).
 *
 *   npm run eval:polarity -- --articles ../shared/fulltext-samples [--calibrate] [--errors dev]
 *
 * --calibrate prints the smoothed dev-split precisions for calibration.ts;
 * --only <split> evaluates one split (tune on dev without seeing test);
 * --errors <split> lists the disagreements (position and rule, not text).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { classifyPolarity } from '../src/classifier/polarity/index.js';
import {
  extractStatements,
  sentenceHash,
  type ExtractedStatement,
} from './eval-polarity/extract.js';
import {
  ece,
  perClass,
  reliability,
  ruleConfidences,
  type Label,
  type Scored,
} from './eval-polarity/metrics.js';

interface LabelRow {
  article: string;
  doi: string;
  index: number;
  cited: string;
  sha256: string;
  label: Label;
  split: 'dev' | 'test';
  note: string;
}

const { values } = parseArgs({
  options: {
    articles: { type: 'string' },
    labels: { type: 'string', default: 'eval/polarity/labels.jsonl' },
    calibrate: { type: 'boolean', default: false },
    errors: { type: 'string' },
    show: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
if (!values.articles) {
  console.error('usage: eval-polarity --articles <dir with the full-text samples> [--labels file]');
  process.exit(2);
}
const dir = values.articles;
const labels = readFileSync(values.labels, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as LabelRow);

const cache = new Map<string, ExtractedStatement[]>();
const mismatches: string[] = [];
const scored: Record<'dev' | 'test', (Scored & { row: LabelRow; text: string })[]> = {
  dev: [],
  test: [],
};
for (const row of labels) {
  if (values.only && row.split !== values.only) continue;
  if (!cache.has(row.article)) cache.set(row.article, extractStatements(dir, row.article));
  const st = cache.get(row.article)![row.index];
  if (!st || sentenceHash(st.text) !== row.sha256 || st.cited !== row.cited) {
    mismatches.push(`${row.article}#${row.index}`);
    continue;
  }
  const p = classifyPolarity({ text: st.text, section: st.section });
  scored[row.split].push({
    gold: row.label,
    predicted: p.polarity,
    confidence: p.confidence,
    rule: p.rule,
    row,
    text: st.text,
  });
}

const pct = (x: number | null) => (x === null ? '  –  ' : x.toFixed(3));
console.log(`labels: ${labels.length}; hash or position mismatches: ${mismatches.length}`);
for (const m of mismatches.slice(0, 20)) console.log(`  mismatch ${m}`);
for (const split of ['dev', 'test'] as const) {
  const rows = scored[split];
  if (rows.length === 0) continue;
  console.log(`\n## ${split} (${rows.length} statements)`);
  console.log('class        support predicted correct precision recall');
  for (const c of perClass(rows)) {
    console.log(
      `${c.label.padEnd(12)} ${String(c.support).padStart(7)} ${String(c.predicted).padStart(9)} ${String(c.correct).padStart(7)} ${pct(c.precision).padStart(9)} ${pct(c.recall).padStart(6)}`,
    );
  }
  const bins = reliability(rows);
  console.log('confidence   n    mean conf  accuracy');
  for (const b of bins) {
    console.log(
      `[${b.from.toFixed(1)}, ${b.to.toFixed(1)}${b.to === 1 ? ']' : ')'} ${String(b.n).padStart(4)}  ${pct(b.meanConfidence).padStart(9)}  ${pct(b.accuracy).padStart(8)}`,
    );
  }
  console.log(`ECE ${ece(bins, rows.length).toFixed(3)}`);
  const byRule = new Map<string, [number, number]>();
  for (const r of rows) {
    if (!r.rule) continue;
    const [n, ok] = byRule.get(r.rule) ?? [0, 0];
    byRule.set(r.rule, [n + 1, ok + (r.gold === r.predicted ? 1 : 0)]);
  }
  console.log(
    'rule fired correct: ' + [...byRule].map(([k, [n, ok]]) => `${k} ${ok}/${n}`).join(', '),
  );
  if (values.errors === split) {
    for (const r of rows.filter((x) => x.gold !== x.predicted)) {
      const where = `${r.row.article}#${r.row.index}`;
      console.log(
        `  ${r.gold} -> ${r.predicted} (${r.rule ?? 'none'}) ${where}${values.show ? ` :: ${r.text}` : ''}`,
      );
    }
  }
}
if (values.calibrate) {
  const { rules, classes } = ruleConfidences(scored.dev);
  console.log('\ncalibration (dev):', JSON.stringify({ rules, classes }, null, 2));
}
if (mismatches.length > 0) process.exitCode = 1;
