/**
 * Re-extracts citing statements from full-text articles exactly as the importer
 * does (the JATS/TEI parsers), and the fingerprint the polarity labels use to
 * point at a sentence without holding its text: sha256 of the normalised sentence.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Section } from '../../src/domain/vocabulary.js';
import { parse } from '../../src/importers/parsers/index.js';

export interface ExtractedStatement {
  /** Position in the parser's statement list for this article. */
  index: number;
  text: string;
  section: Section;
  /** The cited work's DOI, PMID or title stub: what the label calls `cited`. */
  cited: string;
}

/** NFC, whitespace runs to one space, trimmed: robust to re-serialisation, nothing more. */
export function normalise(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function sentenceHash(text: string): string {
  return createHash('sha256').update(normalise(text), 'utf8').digest('hex');
}

/** GROBID output is named *.tei.xml; every other sample is JATS. */
export function formatOf(file: string): 'jats' | 'tei' {
  return file.endsWith('.tei.xml') ? 'tei' : 'jats';
}

export function extractStatements(dir: string, file: string): ExtractedStatement[] {
  const text = readFileSync(join(dir, file), 'utf8');
  const result = parse(formatOf(file), text, { file });
  return result.batch.statements.map((s, index) => ({
    index,
    text: s.text,
    section: s.section,
    cited: s.cited.doi
      ? `doi:${s.cited.doi}`
      : s.cited.pmid
        ? `pmid:${s.cited.pmid}`
        : `title:${(((s.cited as { title?: string }).title ?? '') as string).slice(0, 40)}`,
  }));
}
