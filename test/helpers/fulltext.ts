/**
 * Reading the hand-written full-text fixtures (test/fixtures/fulltext) and the two tallies
 * their tests count by hand: statements per section, and what each statement cites.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StatementRecord } from '../../src/domain/import-format.js';
import { detectFormat, parse } from '../../src/importers/parsers/index.js';

const DIR = fileURLToPath(new URL('../fixtures/fulltext/', import.meta.url));

/** A fixture's text. */
export const fixtureText = (name: string): string => readFileSync(DIR + name, 'utf8');

/** A fixture parsed as `import` would parse it (format detected from name and text). */
export function parseFixture(name: string) {
  const text = fixtureText(name);
  return parse(detectFormat(name, text), text, { file: name });
}

/** Statement count per section. */
export function sections(statements: StatementRecord[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of statements) out[s.section] = (out[s.section] ?? 0) + 1;
  return out;
}

/** The cited identifier of each statement with `text`, in order. */
export function citedBy(statements: StatementRecord[], text: string): string[] {
  return statements
    .filter((s) => s.text === text)
    .map((s) => s.cited.doi ?? s.cited.pmid ?? s.cited.pmcid ?? s.cited.id ?? '?');
}
