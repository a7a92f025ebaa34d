/**
 * BibTeX, RIS and CSL-JSON parser built on Citation.js 0.8 (https://citation.js.org):
 * BibTeX/biblatex via @citation-js/plugin-bibtex (LaTeX accents and braces decoded; what
 * it misreads is rewritten first, see latex.ts), RIS (2011 specification) via
 * @citation-js/plugin-ris; what Citation.js makes of exporters' habits is put right after
 * parsing (citation-js-fixes.ts), CSL-JSON 1.0.2 via
 * @citation-js/plugin-csl. Every record is converted to CSL-JSON and mapped by csl-map.ts.
 * BibTeX and RIS files are split into entries first (bib-split.ts), so rejections
 * carry the line an entry starts on; CSL-JSON rejections carry the item index.
 */
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { emptyBatch } from '../../domain/import-format.js';
import type { Rejection } from '../../domain/import-format.js';
import { splitBibtex, splitRis } from './bib-split.js';
import type { Entry } from './bib-split.js';
import { mapCslItem } from './csl-map.js';
import { ParseError, RecordError } from './errors.js';
import { fixBibtexItem, fixRisItem } from './citation-js-fixes.js';
import { prepareBibtex } from './latex.js';
import { parseJsonDocument } from './json-input.js';
import type { ParseOptions, ParseResult, RecordPosition } from './result.js';
import { toRejection } from './result.js';
import { append } from '../../domain/arrays.js';

function normalise(text: string, file: string): string {
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (body.trim() === '') throw new ParseError(file, 'the file is empty');
  return body;
}

/** Citation.js messages span several lines (a caret diagram); the first says what went wrong. */
function chain(input: unknown, forceType: string): unknown[] {
  try {
    return plugins.input.chain(input, { generateGraph: false, forceType });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    // Positions in the message are relative to the entry, so they are dropped.
    const first = (message.split('\n')[0] ?? '').replace(/ at line \d+ col \d+:?$/, '');
    throw new RecordError(undefined, `unreadable entry: ${first}`);
  }
}

function collect(
  file: string,
  records: { at: RecordPosition; raw: unknown; items: () => unknown[] }[],
  source: string,
): ParseResult {
  const batch = emptyBatch();
  const rejects: Rejection[] = [];
  for (const rec of records) {
    try {
      const items = rec.items();
      if (items.length === 0) throw new RecordError(undefined, 'no record found in entry');
      append(
        batch.papers,
        items.map((item) => mapCslItem(item, source)),
      );
    } catch (err) {
      rejects.push(toRejection(file, rec.at, err, rec.raw));
    }
  }
  return { batch, rejects, read: records.length };
}

/** What a format changes in Citation.js's input text and output items. */
interface Fixes {
  prefix?: string;
  before?: (text: string) => string;
  after?: (item: unknown, text: string) => unknown;
}

function entryRecords(entries: Entry[], forceType: string, fixes: Fixes = {}) {
  const { prefix = '', before = (t: string) => t, after = (item: unknown) => item } = fixes;
  return entries.map((e) => ({
    at: { line: e.line },
    raw: e.text,
    items: () => {
      if (e.error !== undefined) throw new RecordError(undefined, e.error);
      const text = before(prefix === '' ? e.text : `${prefix}\n${e.text}`);
      return chain(text, forceType).map((item) => after(item, e.text));
    },
  }));
}

/** Parses a BibTeX/biblatex file; one rejection (with its start line) per unreadable entry. */
export function parseBibtex(text: string, options: ParseOptions): ParseResult {
  const { entries, strings } = splitBibtex(normalise(text, options.file));
  if (entries.length === 0)
    throw new ParseError(options.file, 'no BibTeX entries (@type{…}) found');
  const fixes = { prefix: strings, before: prepareBibtex, after: fixBibtexItem };
  return collect(options.file, entryRecords(entries, '@biblatex/text', fixes), 'bibtex');
}

/** Parses a RIS file; one rejection (with its start line) per unreadable entry. */
export function parseRis(text: string, options: ParseOptions): ParseResult {
  const entries = splitRis(normalise(text, options.file));
  if (entries.length === 0)
    throw new ParseError(options.file, 'no RIS entries (TY  - … ER  -) found');
  return collect(options.file, entryRecords(entries, '@ris/file', { after: fixRisItem }), 'ris');
}

/** Parses a CSL-JSON array (or a single item); ParseError when the document is not valid JSON. */
export function parseCslJson(text: string, options: ParseOptions): ParseResult {
  const doc = parseJsonDocument(normalise(text, options.file), options.file);
  const list: unknown[] = Array.isArray(doc) ? doc : [doc];
  const records = list.map((item, index) => ({
    at: { index },
    raw: item,
    items: () => chain(item, '@csl/object'),
  }));
  return collect(options.file, records, 'csl-json');
}
