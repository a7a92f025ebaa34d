/**
 * Crossref REST API works parser (https://api.crossref.org, response format
 * https://github.com/CrossRef/rest-api-doc/blob/master/api_format.md): a single
 * work response `{status, message-type: "work", message: {...}}`, a list response
 * `{message-type: "work-list", message: {items: [...]}}`, a bare work or an array of works.
 */
import { emptyBatch } from '../../domain/import-format.js';
import type { Rejection } from '../../domain/import-format.js';
import { mapCrossrefWork } from './crossref-map.js';
import { parseJsonDocument } from './json-input.js';
import type { ParseOptions, ParseResult } from './result.js';
import { addReferences, noReferences, StubSet, toRejection } from './result.js';
import { isObject } from './values.js';
import { append } from '../../domain/arrays.js';

function worksOf(doc: unknown): unknown[] {
  if (Array.isArray(doc)) return doc;
  const message = isObject(doc) && 'message' in doc ? doc.message : doc;
  if (isObject(message) && Array.isArray(message.items)) return message.items;
  return [message];
}

/**
 * Parses Crossref works into PaperRecords (source 'crossref'). Each `reference[]`
 * entry with a DOI becomes a CitationRecord and a partial stub of the cited paper;
 * references without a DOI are counted in `skipped`, not rejected.
 * Throws ParseError only when the file is empty or not valid JSON.
 */
export function parseCrossref(text: string, options: ParseOptions): ParseResult {
  const { file } = options;
  const works = worksOf(parseJsonDocument(text, file));
  const batch = emptyBatch();
  const rejects: Rejection[] = [];
  const stubs = new StubSet();
  let skipped = 0;
  const references = noReferences();
  works.forEach((work, index) => {
    try {
      const mapped = mapCrossrefWork(work);
      batch.papers.push(mapped.paper);
      skipped += mapped.skippedReferences;
      addReferences(references, mapped.references);
      for (const doi of mapped.citedDois) {
        batch.citations.push({ citing: { doi: mapped.paper.doi as string }, cited: { doi } });
        stubs.add({ doi }, 'crossref');
      }
    } catch (err) {
      rejects.push(toRejection(file, { index }, err, work));
    }
  });
  append(batch.papers, stubs.papers);
  return { batch, rejects, read: works.length, skipped, references };
}
