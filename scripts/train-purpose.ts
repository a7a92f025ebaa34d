/**
 * `npm run train:purpose -- --data <scicite folder>`: trains the purpose model
 * on SciCite train, chooses its settings on dev (macro-F1), fits the
 * temperature on dev, writes src/classifier/purpose/weights.json (the same
 * bytes from the same data) and prints dev and test figures for
 * docs/classifier.md. `--check` retrains and compares with the shipped file
 * instead of writing it; `--dev-only` leaves the test split unread (for
 * development: the test split is for the one final evaluation).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { PURPOSES } from '../src/domain/vocabulary.js';
import { classScores, ece, macroF1, reliability } from './classifier/metrics.js';
import { readSplit, type Example } from './classifier/scicite.js';
import { score, search, shipped } from './classifier/train.js';
import { compare, serialise } from './classifier/weights-file.js';

const SHIPPED = new URL('../src/classifier/purpose/weights.json', import.meta.url);
/** --check passes when every number is within this of the shipped one (it is 0 on the same machine). */
const TOLERANCE = 1e-5;

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    check: { type: 'boolean', default: false },
    'dev-only': { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});
if (!values.data) {
  console.error(
    'usage: npm run train:purpose -- --data <scicite folder> [--check] [--dev-only] [--out file]',
  );
  process.exit(2);
}

const started = Date.now();
const trainSet = readSplit(values.data, 'train');
const dev = readSplit(values.data, 'dev');
console.log(`SciCite: train ${trainSet.length}, dev ${dev.length}`);
console.log('\nsettings searched on dev (macro-F1):');
const { best, weights } = search(trainSet, dev, (t) => {
  const s = t.settings;
  console.log(
    `  ngrams 1-${s.ngrams} stem ${s.stem ? 'on ' : 'off'} features ${String(s.maxFeatures).padStart(5)} C ${String(s.c).padStart(3)}: ${pct(t.devMacroF1)} (${t.iterations} it)`,
  );
});
const s = best.settings;
console.log(
  `\nchosen: ngrams 1-${s.ngrams}, stem ${s.stem ? 'on' : 'off'}, ${s.maxFeatures} features (min count ${s.minCount}), C ${s.c}; temperature ${weights.temperature}`,
);

const text = serialise(weights);
if (values.check) {
  const { identical, maxDiff } = compare(readFileSync(SHIPPED, 'utf8'), text);
  console.log(
    identical
      ? '\ncheck: the retrained weights are byte-for-byte the shipped ones'
      : `\ncheck: the retrained weights differ from the shipped ones by at most ${maxDiff} (tolerance ${TOLERANCE})`,
  );
  if (!identical && !(maxDiff <= TOLERANCE)) process.exitCode = 1;
} else {
  const out = values.out ?? SHIPPED;
  writeFileSync(out, text);
  console.log(`\nwrote ${String(out)} (${(text.length / 1024).toFixed(0)} KiB)`);
}

const model = shipped(weights);
report('dev', dev);
if (!values['dev-only']) report('test', readSplit(values.data, 'test'));
console.log(`\n(${((Date.now() - started) / 1000).toFixed(0)} s)`);

function report(name: string, examples: Example[]): void {
  const raw = score(model, examples, 1);
  const scaled = score(model, examples);
  const k = PURPOSES.length;
  console.log(`\n## ${name} (${examples.length} statements)\n`);
  console.log(
    `macro-F1 ${pct(macroF1(scaled, k))}; ECE (15 bins) ${ece(raw).toFixed(4)} before temperature scaling, ${ece(scaled).toFixed(4)} after\n`,
  );
  console.log('| class | precision | recall | F1 | support |\n| --- | ---: | ---: | ---: | ---: |');
  classScores(scaled, k).forEach((c, i) => {
    console.log(
      `| ${PURPOSES[i]} | ${pct(c.precision)} | ${pct(c.recall)} | ${pct(c.f1)} | ${c.support} |`,
    );
  });
  console.log(
    '\n| confidence | statements | mean confidence before | accuracy before | statements | mean confidence after | accuracy after |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  const before = reliability(raw);
  reliability(scaled).forEach((b, i) => {
    const a = before[i]!;
    if (!a.count && !b.count) return;
    const cell = (x: { count: number; confidence: number; accuracy: number }) =>
      x.count ? `${x.count} | ${x.confidence.toFixed(3)} | ${x.accuracy.toFixed(3)}` : '0 | – | –';
    console.log(`| ${b.lower.toFixed(3)}–${b.upper.toFixed(3)} | ${cell(a)} | ${cell(b)} |`);
  });
}

function pct(v: number): string {
  return (100 * v).toFixed(1);
}
