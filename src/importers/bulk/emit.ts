/**
 * Writes a BulkGraph as the CSV files of Neo4j's offline importer
 * (`neo4j-admin database import full`): one header file and one data file per
 * node label and relationship type, with typed columns and an id space per
 * label. Returns the importer arguments that name them.
 */
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { CSV_EOL, csvRecord, type CsvValue } from '../../domain/csv.js';
import { INTEGER_PROPERTIES } from '../../domain/integer-properties.js';
import { CONCEPT_LABEL } from '../../db/cypher/writes.js';
import {
  EDGE_COUNTER_NAMES,
  EDGE_COUNTERS,
  PAPER_COUNTER_NAMES,
  PAPER_COUNTERS,
} from '../resolve/counters.js';
import { PAPER_PROPS } from '../resolve/rows.js';
import { PAPER_LISTS } from '../../domain/import-format.js';
import { classifierSources } from '../resolve/labels.js';
import { PAPER_TAG_TYPE, TAGGER_VERSION, type TagRow } from '../resolve/tags.js';
import { BulkGraph, PAPER_LINK } from './collect.js';

/** Array values are joined with U+001F (a control character no title or type carries). */
export const ARRAY_DELIMITER = '\u001f';

type Cell = string | number | boolean | null | undefined | string[];

/** One field's value for the one CSV writer (src/domain/csv.ts); arrays joined as above. */
function field(value: Cell): CsvValue {
  if (!Array.isArray(value)) return value;
  return value.map((v) => v.replaceAll(ARRAY_DELIMITER, ' ')).join(ARRAY_DELIMITER);
}

/**
 * A buffered CSV file that remembers whether any field spans lines. Writes are
 * synchronous: the bulk load is a batch job, and tens of millions of awaited
 * row writes would cost more than the disk.
 */
class CsvFile {
  private buffer = '';
  multiline = false;
  rows = 0;
  private constructor(
    readonly path: string,
    private readonly fd: number,
  ) {}
  static create(dir: string, name: string, header: string[]): CsvFile {
    writeFileSync(join(dir, `${name}.header.csv`), csvRecord(header));
    const path = join(dir, `${name}.csv`);
    return new CsvFile(path, openSync(path, 'w'));
  }
  get header(): string {
    return this.path.replace(/\.csv$/, '.header.csv');
  }
  row(cells: Cell[]): void {
    const line = csvRecord(cells.map(field));
    if (!this.multiline && /[\r\n]/.test(line.slice(0, -CSV_EOL.length))) this.multiline = true;
    this.buffer += line;
    this.rows += 1;
    if (this.buffer.length >= 1 << 20) this.flush();
  }
  private flush(): void {
    if (this.buffer === '') return;
    writeSync(this.fd, this.buffer);
    this.buffer = '';
  }
  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

/** Column type of a property value for the importer's header. */
function columnType(values: Iterable<unknown>): string {
  for (const v of values) {
    if (typeof v === 'number') return ':float';
    if (typeof v === 'boolean') return ':boolean';
    if (typeof v === 'string') return '';
  }
  return '';
}

/** Property columns for maps whose keys vary (finding and tally properties), typed by their values. */
function propertyColumns(rows: Iterable<Record<string, unknown>>): { key: string; type: string }[] {
  const firstValue = new Map<string, unknown>();
  for (const props of rows)
    for (const [k, v] of Object.entries(props))
      if (v !== null && v !== undefined && !firstValue.has(k)) firstValue.set(k, v);
  // Counts (a finding's n and k, a tally's figures) are integers, as the writer stores them.
  return [...firstValue].map(([key, value]) => ({
    key,
    type: typeof value === 'number' && INTEGER_PROPERTIES.has(key) ? ':int' : columnType([value]),
  }));
}

/** The columns of a concept link after `sources` that only the tagger's links fill (src/db/cypher/tags.ts). */
const TAG_COLUMNS = [
  'linkSource',
  'taggerVersion',
  'evidenceField',
  'evidenceText',
  'evidenceStart:int',
  'evidenceEnd:int',
];

/** A curated link leaves them empty (absent: CURATED). */
const CURATED_CELLS: Cell[] = TAG_COLUMNS.map(() => null);

/** A TAGGER link's cells from `sources` on, as the tags.* queries store them. */
const taggerCells = (t: TagRow): Cell[] => [
  [TAGGER_VERSION],
  'TAGGER',
  TAGGER_VERSION,
  t.field,
  t.text,
  t.evidenceStart,
  t.evidenceEnd,
];

/** What the importer is given: its --nodes and --relationships arguments. */
export interface EmittedFiles {
  args: string[];
  nodes: number;
  relationships: number;
  counts: { papers: number; citations: number; statements: number; findings: number };
}

export function emitCsv(graph: BulkGraph, dir: string): EmittedFiles {
  const files: { kind: 'nodes' | 'relationships'; label: string; file: CsvFile }[] = [];
  const make = (kind: 'nodes' | 'relationships', label: string, name: string, header: string[]) => {
    const file = CsvFile.create(dir, name, header);
    files.push({ kind, label, file });
    return file;
  };

  // Concepts and their hierarchy.
  const conceptFiles = new Map<string, CsvFile>();
  const subtypeFiles = new Map<string, CsvFile>();
  for (const label of Object.values(CONCEPT_LABEL)) {
    conceptFiles.set(
      label,
      make('nodes', label, `node-${label}`, [
        `id:ID(${label})`,
        'name',
        'description',
        'domain',
        'synonyms:string[]',
        'instruments:string[]',
      ]),
    );
    subtypeFiles.set(
      label,
      make('relationships', 'SUBTYPE_OF', `rel-SUBTYPE_OF-${label}`, [
        `:START_ID(${label})`,
        `:END_ID(${label})`,
      ]),
    );
  }
  for (const c of graph.concepts.values()) {
    const label = CONCEPT_LABEL[c.kind];
    conceptFiles
      .get(label)!
      .row([c.id, c.name, c.description, c.domain, c.synonyms, c.instruments]);
    if (c.parent) subtypeFiles.get(label)!.row([c.id, c.parent]);
  }

  // Papers, with authors, venues and concept links.
  const papers = make('nodes', 'Paper', 'node-Paper', [
    'id:ID(Paper)',
    ...PAPER_PROPS.map((k) => (k === 'year' ? 'year:int' : k)),
    ...PAPER_LISTS.map((k) => `${k}:string[]`),
    'mergedIds:string[]',
    'unverifiedFields:string[]',
    'unverifiedNotes:string[]',
    'stub:boolean',
    ...PAPER_COUNTER_NAMES.map((c) => `${PAPER_COUNTERS[c]}:int`),
    'taggerVersion',
  ]);
  const authored = make('relationships', 'AUTHORED', 'rel-AUTHORED', [
    ':START_ID(Author)',
    ':END_ID(Paper)',
    'position:int',
  ]);
  const publishedIn = make('relationships', 'PUBLISHED_IN', 'rel-PUBLISHED_IN', [
    ':START_ID(Paper)',
    ':END_ID(Venue)',
    'volume',
    'issue',
    'pages',
  ]);
  const links = new Map<string, CsvFile>();
  for (const [type, label] of Object.values(PAPER_LINK))
    links.set(
      type,
      make('relationships', type, `rel-${type}`, [
        ':START_ID(Paper)',
        `:END_ID(${label})`,
        'sources:string[]',
        ...TAG_COLUMNS,
      ]),
    );

  // Citation counters are final only once every pair is known.
  const pairs = graph.citations();
  for (let ord = 0; ord < graph.papers.length; ord++) {
    const row = graph.paperRow(ord);
    papers.row([
      row.id,
      ...PAPER_PROPS.map((k) => row[k]),
      ...PAPER_LISTS.map((k) => row[k]),
      graph.mergedIds.get(row.id),
      graph.papers[ord]!.unverified?.map((u) => u.field),
      graph.papers[ord]!.unverified?.map((u) => u.note),
      Boolean(graph.papers[ord]!.partial),
      ...PAPER_COUNTER_NAMES.map((c) => graph.counter(ord, c)),
      graph.paperTags.has(row.id) ? TAGGER_VERSION : null,
    ]);
    // MERGE semantics: one AUTHORED edge per author, carrying the last position.
    const positions = new Map(row.authors.map((a) => [a.id, a.position]));
    for (const [author, position] of positions) authored.row([author, row.id, position]);
    if (row.venue) {
      const v = row.venue;
      publishedIn.row([row.id, v.id, v.volume, v.issue, v.pages]);
    }
    for (const [key, [type]] of Object.entries(PAPER_LINK) as [
      keyof typeof PAPER_LINK,
      (typeof PAPER_LINK)[keyof typeof PAPER_LINK],
    ][])
      for (const concept of new Set(row[key]))
        links
          .get(type)!
          .row([
            row.id,
            concept,
            graph.conceptLinkSources.get(`${row.id}\u0000${type}\u0000${concept}`),
            ...CURATED_CELLS,
          ]);
    // The tagger's links, but never over a curated one (as tags.papers leaves it).
    for (const t of graph.paperTags.get(row.id) ?? []) {
      const curated = t.kind === 'intervention' ? row.interventions : row.outcomes;
      if (!curated.includes(t.concept))
        links.get(PAPER_TAG_TYPE[t.kind])!.row([row.id, t.concept, ...taggerCells(t)]);
    }
  }
  // Ids merged away stay findable, as the writer's merge leaves them.
  const aliases = make('nodes', 'PaperAlias', 'node-PaperAlias', ['id:ID(PaperAlias)']);
  const aliasOf = make('relationships', 'ALIAS_OF', 'rel-ALIAS_OF', [
    ':START_ID(PaperAlias)',
    ':END_ID(Paper)',
  ]);
  for (const [survivor, ids] of graph.mergedIds)
    for (const id of ids) {
      aliases.row([id]);
      aliasOf.row([id, survivor]);
    }
  const authorNodes = make('nodes', 'Author', 'node-Author', ['id:ID(Author)', 'name', 'orcid']);
  for (const [id, a] of graph.authors) authorNodes.row([id, a.name, a.orcid]);
  const venueNodes = make('nodes', 'Venue', 'node-Venue', ['id:ID(Venue)', 'name', 'issn']);
  for (const [id, v] of graph.venues) venueNodes.row([id, v.name, v.issn]);

  // Citations, each edge with its statement counts.
  const cites = make('relationships', 'CITES', 'rel-CITES', [
    ':START_ID(Paper)',
    ':END_ID(Paper)',
    ...EDGE_COUNTER_NAMES.map((c) => `${EDGE_COUNTERS[c]}:int`),
    'sources:string[]',
    'verified:boolean',
    'note',
  ]);
  pairs.forEach((pair, i) => {
    const [citing, cited] = BulkGraph.split(pair);
    const flagged = graph.flaggedPairs.has(pair);
    cites.row([
      graph.paperIds[citing],
      graph.paperIds[cited],
      ...graph.edgeCounters(pair),
      graph.citationSources(i),
      flagged ? false : null,
      graph.flaggedPairs.get(pair),
    ]);
  });

  // Statements.
  const statements = make('nodes', 'Statement', 'node-Statement', [
    'id:ID(Statement)',
    'text',
    'section',
    'polarity',
    'polaritySource',
    'polarityRule',
    'polarityVersion',
    'purpose',
    'purposeSource',
    'purposeConfidence:float',
    'purposeVersion',
    'confidence:float',
    'source',
    'provenance',
    'contextBefore',
    'contextAfter',
    'sources:string[]',
    'verified:boolean',
    'note',
    'taggerVersion',
  ]);
  const makes = make('relationships', 'MAKES', 'rel-MAKES', [
    ':START_ID(Paper)',
    ':END_ID(Statement)',
  ]);
  const refersTo = make('relationships', 'REFERS_TO', 'rel-REFERS_TO', [
    ':START_ID(Statement)',
    ':END_ID(Paper)',
  ]);
  const about = {
    intervention: make('relationships', 'ABOUT', 'rel-ABOUT-InterventionType', [
      ':START_ID(Statement)',
      ':END_ID(InterventionType)',
      'sources:string[]',
      ...TAG_COLUMNS,
    ]),
    outcome: make('relationships', 'ABOUT', 'rel-ABOUT-Outcome', [
      ':START_ID(Statement)',
      ':END_ID(Outcome)',
      'sources:string[]',
      ...TAG_COLUMNS,
    ]),
  };
  for (const s of graph.statements.values()) {
    statements.row([
      s.id,
      s.text,
      s.section,
      s.polarity,
      s.polaritySource,
      s.polarityRule,
      s.polarityVersion,
      s.purpose,
      s.purposeSource,
      s.purposeConfidence,
      s.purposeVersion,
      s.confidence,
      s.source,
      s.provenance,
      s.contextBefore,
      s.contextAfter,
      // As the writer's labelledSources: the file's source and the model of each MODEL label.
      [graph.statementSources.get(s.id)!, ...classifierSources(s)].sort(),
      s.verified,
      s.note,
      s.tagged ? TAGGER_VERSION : null,
    ]);
    makes.row([s.citing, s.id]);
    refersTo.row([s.id, s.cited]);
    for (const concept of s.about) {
      const kind = graph.kinds.get(concept);
      if (kind === 'intervention' || kind === 'outcome')
        about[kind].row([s.id, concept, [graph.statementSources.get(s.id)!], ...CURATED_CELLS]);
    }
    for (const t of s.tagged ?? [])
      if (!s.about.includes(t.concept)) about[t.kind].row([s.id, t.concept, ...taggerCells(t)]);
  }

  // Findings and external tallies: their property sets vary, so columns come from the values.
  const findingColumns = propertyColumns([...graph.findings.values()].map((f) => f.props));
  const findings = make('nodes', 'Finding', 'node-Finding', [
    'id:ID(Finding)',
    ...findingColumns.map((c) => `${c.key}${c.type}`),
    'sources:string[]',
  ]);
  const reports = make('relationships', 'REPORTS', 'rel-REPORTS', [
    ':START_ID(Paper)',
    ':END_ID(Finding)',
  ]);
  const of = make('relationships', 'OF', 'rel-OF', [
    ':START_ID(Finding)',
    ':END_ID(InterventionType)',
  ]);
  const on = make('relationships', 'ON', 'rel-ON', [':START_ID(Finding)', ':END_ID(Outcome)']);
  for (const f of graph.findings.values()) {
    const props = f.props as Record<string, unknown>;
    findings.row([
      f.id,
      ...findingColumns.map((c) => props[c.key] as Cell),
      graph.findingSources.get(f.id),
    ]);
    reports.row([f.paper, f.id]);
    of.row([f.id, f.intervention]);
    on.row([f.id, f.outcome]);
  }
  const tallyColumns = propertyColumns([...graph.tallies.values()].map((t) => t.props));
  const tallies = make('nodes', 'ExternalTally', 'node-ExternalTally', [
    'id:ID(ExternalTally)',
    ...tallyColumns.map((c) => `${c.key}${c.type}`),
  ]);
  const hasTally = make('relationships', 'HAS_EXTERNAL_TALLY', 'rel-HAS_EXTERNAL_TALLY', [
    ':START_ID(Paper)',
    ':END_ID(ExternalTally)',
  ]);
  for (const t of graph.tallies.values()) {
    const props = t.props as Record<string, unknown>;
    tallies.row([t.id, ...tallyColumns.map((c) => props[c.key] as Cell)]);
    hasTally.row([t.paper, t.id]);
  }
  const includes = make('relationships', 'INCLUDES', 'rel-INCLUDES', [
    ':START_ID(Paper)',
    ':END_ID(Paper)',
    'since:datetime',
    'sources:string[]',
    'verified:boolean',
    'note',
  ]);
  const since = new Date().toISOString();
  for (const inc of graph.inclusions.values())
    includes.row([inc.review, inc.study, since, inc.sources, inc.verified, inc.note]);

  for (const f of files) f.file.close();
  const used = files.filter((f) => f.file.rows > 0);
  const args = used.map((f) => `--${f.kind}=${f.label}=${f.file.header},${f.file.path}`);
  const multiline = used.filter((f) => f.file.multiline).map((f) => f.file.path);
  // Only the files with line breaks in a field pay for multi-line parsing (listing paths needs format v2).
  if (multiline.length > 0)
    args.push(`--multiline-fields=${multiline.join(',')}`, '--multiline-fields-format=v2');
  return {
    args,
    nodes: used.filter((f) => f.kind === 'nodes').reduce((n, f) => n + f.file.rows, 0),
    relationships: used
      .filter((f) => f.kind === 'relationships')
      .reduce((n, f) => n + f.file.rows, 0),
    counts: {
      papers: graph.papers.length,
      citations: pairs.length,
      statements: graph.statements.size,
      findings: graph.findings.size,
    },
  };
}
