/**
 * The purpose model: the inference arithmetic on a hand-made weights file (so
 * the temperature's effect is checked exactly), and the shipped model on
 * sentences written for this test (no SciCite text is in the repository).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/classifier/index.js';
import {
  classifyPurpose,
  purposeModel,
  PURPOSE_VERSION,
} from '../../../src/classifier/purpose/index.js';
import { PurposeModel, type PurposeWeights } from '../../../src/classifier/purpose/model.js';
import type { ClassifierInput } from '../../../src/classifier/types.js';

const tiny: PurposeWeights = {
  version: 'purpose-test@0',
  classes: ['BACKGROUND', 'METHOD', 'RESULT'],
  settings: { ngrams: 1, stem: false, minCount: 1, maxFeatures: 10, c: 1 },
  temperature: 2,
  bias: [0.5, 0, -0.5],
  // idf 1 each: "protocol" alone gives the unit vector on it.
  features: { protocol: [1, 0, 3, -1] },
};

describe('PurposeModel', () => {
  it('gives softmax((bias + x·W) / temperature)', () => {
    const m = new PurposeModel(tiny);
    const z = [0.5, 3, -1.5];
    const expected = (t: number) => {
      const e = z.map((v) => Math.exp(v / t));
      const s = e.reduce((a, b) => a + b, 0);
      return e.map((v) => v / s);
    };
    const input: ClassifierInput = { text: 'Protocol', section: 'OTHER' };
    const scaled = [...m.probabilities(input)];
    const raw = [...m.probabilities(input, 1)];
    scaled.forEach((p, i) => expect(p).toBeCloseTo(expected(2)[i]!, 12));
    raw.forEach((p, i) => expect(p).toBeCloseTo(expected(1)[i]!, 12));
    expect(scaled[1]).toBeLessThan(raw[1]!);
  });

  it('refuses a malformed weights file', () => {
    expect(() => new PurposeModel({ ...tiny, bias: [0, 0] })).toThrow(/bias/);
    expect(() => new PurposeModel({ ...tiny, temperature: 0 })).toThrow(/temperature/);
    expect(() => new PurposeModel({ ...tiny, features: { x: [1, 2] } })).toThrow(/"x"/);
  });
});

const METHOD: ClassifierInput = {
  text: 'We used the protocol described by [1] to extract total RNA from the samples.',
  section: 'METHODS',
  marker: { start: 34, end: 37 },
};
const BACKGROUND: ClassifierInput = {
  text: 'Anxiety disorders are among the most common mental disorders worldwide (Author et al., 2015).',
  section: 'INTRODUCTION',
};
const RESULT: ClassifierInput = {
  text: 'Our findings are consistent with those of a previous study [12], which also found a significant reduction in symptoms.',
  section: 'DISCUSSION',
};

describe('the shipped purpose model', () => {
  it('carries the version the code expects', () => {
    const file = JSON.parse(
      readFileSync(
        new URL('../../../src/classifier/purpose/weights.json', import.meta.url),
        'utf8',
      ),
    ) as PurposeWeights;
    expect(PURPOSE_VERSION).toBe('purpose-lr@1');
    expect(file.version).toBe(PURPOSE_VERSION);
    expect(classifyPurpose(METHOD).version).toBe(PURPOSE_VERSION);
    expect(classify(METHOD).purpose.version).toBe(PURPOSE_VERSION);
  });

  it('labels clear sentences of each purpose', () => {
    expect(classifyPurpose(METHOD).purpose).toBe('METHOD');
    expect(classifyPurpose(BACKGROUND).purpose).toBe('BACKGROUND');
    expect(classifyPurpose(RESULT).purpose).toBe('RESULT');
  });

  it('uses the marker position: the marker text itself is not a feature', () => {
    const renamed = { ...METHOD, text: METHOD.text.replace('[1]', 'Xyz') };
    expect(classifyPurpose(renamed)).toEqual(classifyPurpose(METHOD));
  });

  it('gives the temperature-scaled probability of its label, the classes summing to 1', () => {
    const m = purposeModel();
    for (const input of [METHOD, BACKGROUND, RESULT, { text: '', section: 'OTHER' as const }]) {
      const p = [...m.probabilities(input)];
      expect(p).toHaveLength(3);
      for (const v of p) expect(v).toBeGreaterThan(0);
      for (const v of p) expect(v).toBeLessThan(1);
      expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      const got = classifyPurpose(input);
      expect(got.confidence).toBe(Math.max(...p));
      expect(got.purpose).toBe(m.classes[p.indexOf(got.confidence)]);
    }
    expect(m.temperature).not.toBe(1);
    expect(m.probabilities(METHOD)[1]).not.toBe(m.probabilities(METHOD, 1)[1]);
  });

  it('is deterministic', () => {
    expect(classifyPurpose(RESULT)).toEqual(classifyPurpose({ ...RESULT }));
  });
});
