/**
 * OpenAlex works parser. Implements the Work object of the OpenAlex API
 * (https://docs.openalex.org/api-entities/works/work-object): a single work, a
 * list response `{meta, results: [...]}`, a bare array, or JSON Lines as in the
 * OpenAlex snapshot (https://docs.openalex.org/download-all-data/snapshot-data-format),
 * one work per line.
 */
import { emptyBatch } from '../../domain/import-format.js';
import type { Rejection } from '../../domain/import-format.js';
import { looksLikeJsonLines, jsonLines, parseJsonDocument } from './json-input.js';
import { mapWork } from './openalex-map.js';
import type { ParseOptions, ParseResult, RecordPosition } from './result.js';
import { addReferences, noReferences, StubSet, toRejection } from './result.js';
import { isObject } from './values.js';
import { append } from '../../domain/arrays.js';

interface SourceRecord {
  at: RecordPosition;
  value: unknown;
  /** Set when the line itself was not valid JSON. */
  error?: string;
}

function sourceRecords(text: string, file: string): SourceRecord[] {
  if (looksLikeJsonLines(text, file)) {
    return jsonLines(text).map(({ line, text: t }) => {
      try {
        return { at: { line }, value: JSON.parse(t) as unknown };
      } catch (err) {
        return { at: { line }, value: t, error: `not valid JSON: ${(err as Error).message}` };
      }
    });
  }
  const doc = parseJsonDocument(text, file);
  const list = Array.isArray(doc)
    ? doc
    : isObject(doc) && Array.isArray(doc.results)
      ? doc.results
      : [doc];
  return list.map((value, index) => ({ at: { index }, value }));
}

/**
 * Parses OpenAlex works. Each work becomes a PaperRecord (source 'openalex'); each
 * referenced_works entry a CitationRecord plus a partial stub for the cited work.
 * Throws ParseError only when the file is empty or not valid JSON (for a single document).
 */
export function parseOpenAlex(text: string, options: ParseOptions): ParseResult {
  const { file } = options;
  const batch = emptyBatch();
  const rejects: Rejection[] = [];
  const stubs = new StubSet();
  const records = sourceRecords(text, file);
  const references = noReferences();
  for (const rec of records) {
    try {
      if (rec.error !== undefined) throw new Error(rec.error);
      const mapped = mapWork(rec.value);
      batch.papers.push(mapped.paper);
      append(batch.citations, mapped.citations);
      addReferences(references, mapped.references);
      for (const openalexId of mapped.citedIds) stubs.add({ openalexId }, 'openalex');
    } catch (err) {
      rejects.push(toRejection(file, rec.at, err, rec.value));
    }
  }
  append(batch.papers, stubs.papers);
  return { batch, rejects, read: records.length, references };
}
