/**
 * The classifier's place in the import and the offline interface, without a
 * database: which labels an imported statement gets and from whom
 * (src/importers/resolve/labels.ts), the `classifier@<version>` sources, one
 * JSON line in and out (src/services/classify-lines.ts), and the options of
 * `classify` that do not go together. A stand-in classifier makes the model's
 * side visible whatever the shipped model predicts.
 */
import { describe, expect, it } from 'vitest';
import type { Classification } from '../../src/classifier/index.js';
import { run } from '../../src/cli/index.js';
import type { StatementRecord } from '../../src/domain/import-format.js';
import { classifierSources, importLabels } from '../../src/importers/resolve/labels.js';
import { ClassifyLineError, predictLine } from '../../src/services/classify-lines.js';

const model = (): Classification => ({
  polarity: { polarity: 'CONTRASTING', confidence: 0.75, rule: 'test.rule', version: 'pol@7' },
  purpose: { purpose: 'RESULT', confidence: 0.5, version: 'pur@7' },
});

const record = (more: Partial<StatementRecord> = {}): StatementRecord => ({
  citing: { doi: '10.1/a' },
  cited: { doi: '10.1/b' },
  text: 'Our finding differs from theirs.',
  section: 'DISCUSSION',
  polarity: 'UNCLASSIFIED',
  purpose: null,
  confidence: null,
  about: [],
  source: 'jats',
  ...more,
});

describe('import labels', () => {
  it('the model fills what the source left open, with its confidence, rule and version', () => {
    const labels = importLabels(record(), model);
    expect(labels).toEqual({
      polarity: 'CONTRASTING',
      polaritySource: 'MODEL',
      confidence: 0.75,
      polarityRule: 'test.rule',
      polarityVersion: 'pol@7',
      purpose: 'RESULT',
      purposeSource: 'MODEL',
      purposeConfidence: 0.5,
      purposeVersion: 'pur@7',
    });
    expect(classifierSources(labels)).toEqual(['classifier@pol@7', 'classifier@pur@7']);
  });

  it("a source's labels are SOURCE and the model is not run for them", () => {
    let calls = 0;
    const counting = () => (calls++, model());
    const given = record({ polarity: 'SUPPORTING', purpose: 'METHOD', confidence: 0.9 });
    expect(importLabels(given, counting)).toMatchObject({
      polarity: 'SUPPORTING',
      polaritySource: 'SOURCE',
      confidence: 0.9,
      polarityVersion: null,
      purpose: 'METHOD',
      purposeSource: 'SOURCE',
      purposeVersion: null,
    });
    expect(calls).toBe(0);
    // Only the purpose is open: the model gives that one alone.
    const half = importLabels(record({ polarity: 'MENTIONING' }), model);
    expect(half).toMatchObject({ polaritySource: 'SOURCE', purposeSource: 'MODEL' });
    expect(classifierSources(half)).toEqual(['classifier@pur@7']);
  });

  it('empty text gets no label at all', () => {
    const labels = importLabels(record({ text: '  \n' }), model);
    expect(labels).toMatchObject({ polarity: 'UNCLASSIFIED', polaritySource: null, purpose: null });
    expect(classifierSources(labels)).toEqual([]);
  });
});

describe('classify --input lines', () => {
  it('adds the labels to the input fields', () => {
    const line = JSON.stringify({ id: 's1', text: 'As in [1].', section: 'RESULTS', note: 'kept' });
    expect(predictLine(line, 1, model)).toEqual({
      id: 's1',
      text: 'As in [1].',
      section: 'RESULTS',
      note: 'kept',
      purpose: 'RESULT',
      purposeConfidence: 0.5,
      purposeVersion: 'pur@7',
      polarity: 'CONTRASTING',
      polarityConfidence: 0.75,
      polarityVersion: 'pol@7',
      rule: 'test.rule',
    });
    expect(predictLine(JSON.stringify({ id: 2, text: 'x' }), 1, model)?.section).toBe('OTHER');
    expect(predictLine('   ', 4, model)).toBeNull();
  });

  it.each([
    ['{"id": 1, "text": ', 'not valid JSON'],
    ['[1, 2]', 'not a JSON object'],
    ['{"text": "x"}', '"id" must be a string or a number'],
    ['{"id": "a", "text": ""}', '"text" must be a non-empty string'],
    ['{"id": "a", "text": "x", "section": "ABSTRACT"}', '"section" must be one of'],
  ])('%s is a typed error naming its line', (line, reason) => {
    let error: unknown;
    try {
      predictLine(line, 7, model);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ClassifyLineError);
    expect((error as ClassifyLineError).line).toBe(7);
    expect((error as ClassifyLineError).message).toContain(`line 7: ${reason}`);
  });
});

describe('classify options', () => {
  it.each([
    [['--all', '--unclassified']],
    [['--all', '--model-version', 'x@1']],
    [['--input', 'in.jsonl']],
    [['--output', 'out.jsonl']],
    [['--input', 'in.jsonl', '--output', 'out.jsonl', '--after', 's1']],
  ])('classify %j is a usage error (exit 2)', async (args) => {
    const error = console.error;
    const write = process.stderr.write;
    console.error = () => {};
    process.stderr.write = (() => true) as typeof process.stderr.write;
    try {
      expect(await run(['classify', ...args], { serve: async () => undefined })).toBe(2);
    } finally {
      console.error = error;
      process.stderr.write = write;
    }
  });
});
