/**
 * Where import text comes from (files on disk for the CLI, an upload for the
 * importRecords mutation), the order files are written in, and how `--paper`
 * names an anchor paper. Private helpers of run.ts, exported for the CLI.
 */
import { readFile } from 'node:fs/promises';
import { normaliseDoi } from '../domain/doi.js';
import type { PaperRef } from '../domain/import-format.js';
import type { Format } from './parsers/index.js';

/** A format name, or `auto` to detect it from the content and the file name. */
export type FormatChoice = Format | 'auto';

/** One unit of input: a name for messages and rejects, and a way to read its text. */
export interface ImportSource {
  name: string;
  format: FormatChoice;
  read(): Promise<string>;
}

/** Why an import stopped: the file it was at, and whether reading, parsing or writing failed. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  constructor(
    readonly file: string,
    readonly stage: 'read' | 'parse' | 'write',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A file on disk; reading fails with an ImportError that names the file and the reason. */
export function fileSource(path: string, format: FormatChoice): ImportSource {
  return {
    name: path,
    format,
    async read() {
      try {
        return await readFile(path, 'utf8');
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        const why =
          code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code;
        throw new ImportError(path, 'read', `${path}: cannot read the file (${why ?? err})`, {
          cause: err,
        });
      }
    },
  };
}

/** Text already in memory (an upload); `name` stands in for a file name. */
export function textSource(name: string, text: string, format: FormatChoice): ImportSource {
  return { name, format, read: async () => text };
}

/**
 * Write order by format: concepts first (papers, statements and findings refer
 * to them); then bibliographic records, the more authoritative later because a
 * later full record wins (reference-manager exports, Semantic Scholar, OpenAlex,
 * then Crossref, the publisher's own deposit); then full texts (JATS, TEI):
 * the citing paper's own article, read after the metadata services, so its
 * front matter is the last word on itself and its sentences join (and give
 * context to) a statement a service quoted first; then the coding sheets, which
 * refer to papers by DOI. Within a format, files go by name, so the order given
 * on the command line never changes the result.
 */
const ORDER: readonly Format[] = [
  'taxonomy-csv',
  'ris',
  'bibtex',
  'csl-json',
  's2',
  'openalex',
  'crossref',
  'jats',
  'tei',
  'statements-csv',
  'findings-csv',
];

/** Sorts items into write order: by format (see ORDER), then by name. */
export function inWriteOrder<T extends { format: Format; source: { name: string } }>(
  items: T[],
): T[] {
  const rank = (f: Format) => ORDER.indexOf(f);
  return [...items].sort(
    (a, b) =>
      rank(a.format) - rank(b.format) ||
      (a.source.name < b.source.name ? -1 : a.source.name > b.source.name ? 1 : 0),
  );
}

/**
 * The provenance name each format writes into the `sources` of the facts it
 * asserts (docs/ARCHITECTURE.md, "Provenance"): a short, stable name of where
 * the data came from, not of the file. This project's CSVs are all `csv`.
 */
const SOURCE_NAME: Record<Format, string> = {
  openalex: 'openalex',
  s2: 's2',
  crossref: 'crossref',
  bibtex: 'bibtex',
  ris: 'ris',
  'csl-json': 'csl',
  'statements-csv': 'csv',
  'findings-csv': 'csv',
  'taxonomy-csv': 'csv',
  jats: 'jats',
  tei: 'tei',
};

/** The source name facts imported in `format` record (see SOURCE_NAME). */
export function sourceName(format: Format): string {
  return SOURCE_NAME[format];
}

/**
 * The paper a `--paper` value names: a DOI (any resolver form), an OpenAlex
 * work id (W…), a Semantic Scholar paperId (40 hex), a PMID (`pmid:` prefix)
 * or else a graph id.
 */
export function paperRefOf(value: string): PaperRef {
  const v = value.trim();
  const doi = normaliseDoi(v);
  if (doi) return { doi };
  const openalex = /^(?:https?:\/\/openalex\.org\/)?(W\d+)$/i.exec(v);
  if (openalex?.[1]) return { openalexId: openalex[1].toUpperCase() };
  if (/^[0-9a-f]{40}$/i.test(v)) return { s2Id: v.toLowerCase() };
  const pmid = /^pmid:\s*(\d+)$/i.exec(v);
  if (pmid?.[1]) return { pmid: pmid[1] };
  return { id: v };
}
