/**
 * The offline side of `evidence-graph classify --input`: one JSON line in, one
 * prediction line out, no database. A line that is not a statement is a
 * ClassifyLineError naming its line number, so the command reports every bad
 * line and still writes the good ones (as import rejects a record, not a file).
 */
import { classify, type Classification, type ClassifierInput } from '../classifier/index.js';
import { isOneOf, SECTIONS, type Section } from '../domain/vocabulary.js';

/** A line of the input that is not `{id, text, section}`. */
export class ClassifyLineError extends Error {
  override name = 'ClassifyLineError';
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
  }
}

/** One output line: the input's fields and the two labels. */
export interface Prediction {
  id: string | number;
  text: string;
  section: Section;
  purpose: string;
  purposeConfidence: number;
  purposeVersion: string;
  polarity: string;
  polarityConfidence: number;
  polarityVersion: string;
  rule: string | null;
  [field: string]: unknown;
}

function statementOf(json: string, line: number): Record<string, unknown> & ClassifierInput {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new ClassifyLineError(line, 'not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ClassifyLineError(line, 'not a JSON object {id, text, section}');
  const o = value as Record<string, unknown>;
  if (typeof o.id !== 'string' && typeof o.id !== 'number')
    throw new ClassifyLineError(line, '"id" must be a string or a number');
  if (typeof o.text !== 'string' || o.text.trim() === '')
    throw new ClassifyLineError(line, '"text" must be a non-empty string');
  const section = o.section ?? 'OTHER';
  if (!isOneOf(SECTIONS, section))
    throw new ClassifyLineError(line, `"section" must be one of ${SECTIONS.join(', ')}`);
  return { ...o, text: o.text, section };
}

/**
 * The prediction line for input line `line` (1-based), or null for a blank line;
 * throws ClassifyLineError for a bad one.
 */
export function predictLine(
  json: string,
  line: number,
  run: (input: ClassifierInput) => Classification = classify,
): Prediction | null {
  if (json.trim() === '') return null;
  const statement = statementOf(json, line);
  const got = run({ text: statement.text, section: statement.section });
  return {
    ...statement,
    id: statement.id as string | number,
    purpose: got.purpose.purpose,
    purposeConfidence: got.purpose.confidence,
    purposeVersion: got.purpose.version,
    polarity: got.polarity.polarity,
    polarityConfidence: got.polarity.confidence,
    polarityVersion: got.polarity.version,
    rule: got.polarity.rule,
  };
}
