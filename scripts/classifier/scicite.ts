/**
 * Reads one SciCite split (train.jsonl, dev.jsonl, test.jsonl in the folder the
 * training script is given) as classifier inputs with their gold purpose. The
 * section name is mapped by the rules a full-text import uses
 * (src/domain/section-heading.ts); the files' bare NaN values (Python's json)
 * are read as null.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sectionOf } from '../../src/domain/section-heading.js';
import type { Purpose } from '../../src/domain/vocabulary.js';
import type { ClassifierInput } from '../../src/classifier/types.js';

export interface Example {
  input: ClassifierInput;
  label: Purpose;
}

const LABELS: Record<string, Purpose> = {
  background: 'BACKGROUND',
  method: 'METHOD',
  result: 'RESULT',
};

export function readSplit(dir: string, split: 'train' | 'dev' | 'test'): Example[] {
  const text = readFileSync(join(dir, `${split}.jsonl`), 'utf8');
  const out: Example[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line.replace(/:\s*NaN\b/g, ': null')) as Record<string, unknown>;
    const label = LABELS[String(row.label)];
    if (!label || typeof row.string !== 'string') {
      throw new Error(`${split}.jsonl: a row without a known label or text`);
    }
    const name = typeof row.sectionName === 'string' ? row.sectionName : undefined;
    const input: ClassifierInput = { text: row.string, section: sectionOf(name) ?? 'OTHER' };
    const start = Number(row.citeStart);
    const end = Number(row.citeEnd);
    if (Number.isFinite(start) && Number.isFinite(end)) {
      input.marker = { start: Math.round(start), end: Math.round(end) };
    }
    out.push({ input, label });
  }
  return out;
}
