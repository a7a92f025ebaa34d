/**
 * Concept taxonomy CSV (this project's format, docs/ARCHITECTURE.md "Graph model"): header
 * `kind,id,name,parent,domain[,synonyms[,instruments]]`; kind is intervention, outcome,
 * population or setting; `domain` (one of OUTCOME_DOMAINS) is required for outcomes only.
 * `synonyms` and `instruments` (outcomes only: the scales that measure it) are lists
 * separated by `;`, read by the concept tagger (src/tagger); a file without those columns
 * reads as before.
 */
import { emptyBatch } from '../../domain/import-format.js';
import type { ConceptRecord } from '../../domain/import-format.js';
import { OUTCOME_DOMAINS } from '../../domain/vocabulary.js';
import { cleanTerms } from '../../domain/concept-terms.js';
import type { Cells } from './csv-cells.js';
import { conceptId, optional, required, vocab } from './csv-cells.js';
import { readCsv } from './csv-input.js';
import { RecordError } from './errors.js';
import { checkConceptLimits } from './limits.js';
import type { ParseOptions, ParseResult } from './result.js';
import { toRejection } from './result.js';

/** The exact header of a taxonomy file. */
export const TAXONOMY_HEADER = ['kind', 'id', 'name', 'parent', 'domain'] as const;
/** The optional columns after it. */
export const TAXONOMY_OPTIONAL = ['synonyms', 'instruments'] as const;

/** A `;`-separated list cell, cleaned by the rule curators' edits follow; undefined when empty. */
function terms(cells: Cells, field: string): string[] | undefined {
  const list = cleanTerms(
    field,
    (cells[field] ?? '').split(';'),
    (f, message) => new RecordError(f, message),
  );
  return list.length > 0 ? list : undefined;
}

const KINDS = ['intervention', 'outcome', 'population', 'setting'] as const;

function mapRow(cells: Cells): ConceptRecord {
  const kind = required(cells, 'kind').toLowerCase() as ConceptRecord['kind'];
  if (!KINDS.includes(kind)) {
    throw new RecordError(
      'kind',
      `unknown kind "${cells.kind?.trim()}"; expected one of ${KINDS.join(', ')}`,
    );
  }
  const id = conceptId('id', required(cells, 'id'));
  const parentCell = optional(cells, 'parent');
  const parent = parentCell === undefined ? undefined : conceptId('parent', parentCell);
  if (parent === id) throw new RecordError('parent', `concept "${id}" cannot be its own parent`);
  const domain = vocab(cells, 'domain', OUTCOME_DOMAINS);
  if (kind === 'outcome' && domain === undefined) {
    throw new RecordError(
      'domain',
      `an outcome needs a domain, one of ${OUTCOME_DOMAINS.join(', ')}`,
    );
  }
  if (kind !== 'outcome' && domain !== undefined) {
    throw new RecordError('domain', `domain applies to outcomes only, not to a ${kind}`);
  }
  const concept: ConceptRecord = { kind, id, name: required(cells, 'name') };
  if (parent !== undefined) concept.parent = parent;
  if (domain !== undefined) concept.domain = domain;
  const synonyms = terms(cells, 'synonyms');
  if (synonyms) concept.synonyms = synonyms;
  const instruments = terms(cells, 'instruments');
  if (instruments && kind !== 'outcome')
    throw new RecordError('instruments', `instruments apply to outcomes only, not to a ${kind}`);
  if (instruments) concept.instruments = instruments;
  checkConceptLimits(concept);
  return concept;
}

/**
 * Parses a taxonomy CSV into ConceptRecords; a repeated kind+id is rejected.
 * Throws ParseError for an empty file, a wrong header or an unclosed quote.
 */
export function parseTaxonomyCsv(text: string, options: ParseOptions): ParseResult {
  const { file } = options;
  const { rows, rejects } = readCsv(text, file, TAXONOMY_HEADER, TAXONOMY_OPTIONAL);
  const batch = emptyBatch();
  const read = rows.length + rejects.length;
  const seen = new Set<string>();
  for (const row of rows) {
    try {
      const concept = mapRow(row.cells);
      const key = `${concept.kind}:${concept.id}`;
      if (seen.has(key))
        throw new RecordError('id', `duplicate ${concept.kind} id "${concept.id}"`);
      seen.add(key);
      batch.concepts.push(concept);
    } catch (err) {
      rejects.push(toRejection(file, { line: row.line }, err, row.cells));
    }
  }
  rejects.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { batch, rejects, read };
}
