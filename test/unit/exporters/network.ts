/**
 * A small citation network for the serialiser round-trip tests, chosen to hit the awkward
 * cases: markup characters and a stray control character in a title, a line break and a comma,
 * non-ASCII text, null and absent values, empty lists, and a contrasting edge.
 */
import type { NetworkEdge, NetworkNode } from '../../../src/exporters/serialisers/model.js';
import { dominantPolarity, edgeWeight } from '../../../src/domain/network/citation-edge.js';

/** Five papers; `n1`'s title carries & < > " ' and U+0007. */
export const NODES: NetworkNode[] = [
  {
    id: 'n1',
    doi: '10.1000/a&b<c>',
    title: `CBT & "usual care" <vs> waitlist: it's\u0007 complicated`,
    year: 2019,
    venue: 'The Lancet',
    publicationTypes: ['JournalArticle', 'Review'],
    citingPaperCount: 12,
    interventions: ['CBT', 'Usual care'],
    outcomes: ['Anxiety'],
    depth: 0,
    score: 0.75,
  },
  {
    id: 'n2',
    doi: null,
    title: 'Untitled preprint',
    year: null,
    venue: null,
    publicationTypes: [],
    citingPaperCount: 0,
    interventions: [],
    outcomes: [],
    depth: null,
  },
  {
    id: 'n3',
    doi: '10.1000/n3',
    title: 'Line one,\nline two\twith a tab',
    year: 2001,
    venue: 'BMJ, Open',
    publicationTypes: ['ClinicalTrial'],
    citingPaperCount: 3,
    interventions: ['Mindfulness'],
    outcomes: ['Depression', 'Quality of life'],
    depth: 1,
    score: 1.5e-7,
  },
  {
    id: 'doi:10.1/x&y',
    doi: '10.1/x&y',
    title: 'Ψυχοθεραπεία — 認知行動療法 😀',
    year: 1999,
    venue: 'Δ',
    publicationTypes: ['JournalArticle'],
    citingPaperCount: 100000,
    interventions: ['Psychotherapy'],
    outcomes: ['Relapse'],
    depth: 2,
    score: 3,
  },
];

function edge(source: string, target: string, counts: Partial<NetworkEdge>): NetworkEdge {
  const c = { supporting: 0, mentioning: 0, contrasting: 0, unclassified: 0, ...counts };
  const statementCount = c.supporting + c.mentioning + c.contrasting + c.unclassified;
  return {
    source,
    target,
    statementCount,
    supporting: c.supporting,
    mentioning: c.mentioning,
    contrasting: c.contrasting,
    unclassified: c.unclassified,
    dominantPolarity: dominantPolarity(c),
    weight: edgeWeight(statementCount),
    sources: counts.sources ?? ['openalex'],
    verified: counts.verified ?? true,
    note: counts.note ?? null,
  };
}

/** The note of the one flagged edge: quotes, < and & to escape in every text format. */
export const FLAG_NOTE = `Not in the citing paper's "reference" list, <checked> & co`;

/** Five citations, one contrasting (a tie broken towards CONTRASTING) and one with no counts. */
export const EDGES: NetworkEdge[] = [
  edge('n1', 'n2', { supporting: 3, mentioning: 1, sources: ['crossref', 'seed'] }),
  edge('n1', 'n3', { contrasting: 2, supporting: 2 }),
  edge('n3', 'doi:10.1/x&y', { sources: [], verified: false, note: FLAG_NOTE }),
  edge('doi:10.1/x&y', 'n1', { unclassified: 1 }),
  edge('n2', 'doi:10.1/x&y', { mentioning: 5, contrasting: 1 }),
];

/** The fields holding lists, as this test (not the model module) knows them. */
export const LIST_FIELDS = new Set(['publicationTypes', 'interventions', 'outcomes', 'sources']);

/** Drains a serialiser. */
export async function collect(chunks: AsyncIterable<string>): Promise<string[]> {
  const all: string[] = [];
  for await (const chunk of chunks) all.push(chunk);
  return all;
}

/** Removes what XML 1.0 cannot carry, as an independent reference for escapeXml. */
export function xmlClean(text: string): string {
  return Array.from(text)
    .filter((ch) => {
      const c = ch.codePointAt(0) ?? 0;
      if (c < 0x20) return c === 0x9 || c === 0xa || c === 0xd;
      return !(c === 0xfffe || c === 0xffff || (c >= 0xd800 && c <= 0xdfff));
    })
    .join('');
}

/** A copy of `record` without its null and undefined fields, as the text formats omit them. */
export function withoutAbsent(record: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== null && value !== undefined),
  );
}

/** Characters no XML 1.0 document may contain. */
// eslint-disable-next-line no-control-regex
export const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
