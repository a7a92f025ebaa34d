/**
 * Semantic Scholar Graph API parser (https://api.semanticscholar.org/api-docs/graph).
 * Accepts paper objects (`/paper/{id}`, a `/paper/batch` array, whose nulls are rejected
 * as ids S2 could not find, a `{data: [...]}` search page)
 * and the citation responses of `/paper/{id}/citations` and `/paper/{id}/references`
 * (`{offset, next, data: [{contexts, intents, contextsWithIntent, isInfluential,
 * citingPaper | citedPaper}]}`), which need the anchor paper from options.paper.
 */
import { emptyBatch } from '../../domain/import-format.js';
import type { PaperRef, RecordBatch, Rejection } from '../../domain/import-format.js';
import { ParseError, RecordError } from './errors.js';
import { parseJsonDocument } from './json-input.js';
import { checkStatementLimits } from './limits.js';
import type { ParseOptions, ParseResult } from './result.js';
import { noReferences, StubSet, refOf, toRejection } from './result.js';
import { contextsOf, mapS2Paper } from './s2-map.js';
import { isObject } from './values.js';
import { append } from '../../domain/arrays.js';

const SOURCE = 'semantic-scholar';

/**
 * `/paper/batch` answers null in place of each id it could not find. Such an id is
 * a rejected record (counted, and written to --rejects with this reason), not a
 * silent skip, so that records read = records loaded + records rejected.
 */
export const NOT_FOUND =
  'Semantic Scholar found no paper for this id (null in a /paper/batch response)';

function isCitationEntry(value: unknown): boolean {
  return isObject(value) && ('citingPaper' in value || 'citedPaper' in value);
}

function addCitationEntry(batch: RecordBatch, entry: unknown, anchor: PaperRef): void {
  if (!isObject(entry)) throw new RecordError(undefined, 'not a JSON object');
  const incoming = 'citingPaper' in entry;
  const field = incoming ? 'citingPaper' : 'citedPaper';
  const other = mapS2Paper(entry[field], true, field);
  const otherRef = refOf(other) as PaperRef;
  const citing = incoming ? otherRef : anchor;
  const cited = incoming ? anchor : otherRef;
  const statements = contextsOf(entry).map((c) => ({
    citing,
    cited,
    text: c.text,
    section: 'OTHER' as const,
    polarity: 'UNCLASSIFIED' as const,
    purpose: c.purpose,
    confidence: null,
    about: [],
    source: SOURCE,
  }));
  statements.forEach(checkStatementLimits);
  batch.papers.push(other);
  batch.citations.push({ citing, cited });
  append(batch.statements, statements);
}

function anchorOf(options: ParseOptions): PaperRef {
  const anchor = options.paper && refOf(options.paper);
  if (anchor === undefined) {
    throw new ParseError(
      options.file,
      'this is a Semantic Scholar citations/references response; --paper is required to name the paper it belongs to',
    );
  }
  return anchor;
}

/**
 * Parses S2 papers or a citations/references response. Papers are full records
 * (citing/cited papers of a response are partial); every citation context becomes
 * an UNCLASSIFIED statement in section OTHER with a purpose from its intents.
 * Throws ParseError on an empty or invalid document, or a response without options.paper.
 */
export function parseSemanticScholar(text: string, options: ParseOptions): ParseResult {
  const { file } = options;
  const doc = parseJsonDocument(text, file);
  const list: unknown[] = Array.isArray(doc)
    ? doc
    : isObject(doc) && Array.isArray(doc.data)
      ? doc.data
      : [doc];
  const batch = emptyBatch();
  const rejects: Rejection[] = [];
  const citations = list.some(isCitationEntry);
  const anchor = citations ? anchorOf(options) : undefined;
  list.forEach((entry, index) => {
    try {
      if (entry === null) throw new RecordError('paperId', NOT_FOUND);
      if (anchor) addCitationEntry(batch, entry, anchor);
      else batch.papers.push(mapS2Paper(entry, false));
    } catch (err) {
      rejects.push(toRejection(file, { index }, err, entry));
    }
  });
  // In a citations/references response every entry is one reference.
  const references = noReferences();
  if (anchor) {
    references.read = list.length;
    references.rejected = rejects.length;
  }
  if (anchor && batch.citations.length > 0) {
    const stubs = new StubSet();
    stubs.add(anchor, SOURCE);
    append(batch.papers, stubs.papers);
  }
  return { batch, rejects, read: list.length, references };
}
