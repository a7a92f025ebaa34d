/**
 * Small value readers shared by the parsers. Each returns undefined for absent
 * or empty input and throws RecordError (naming the field) for present but bad input.
 */
import { normaliseDoi } from '../../domain/doi.js';
import { RecordError } from './errors.js';
import { LIMITS, MAX_TERMS } from './limits.js';

/** Concept ids in taxonomy, statements and findings files. */
export const CONCEPT_ID = /^[a-z0-9][a-z0-9_.:-]{0,99}$/i;

/** True for a plain JSON object. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A trimmed non-empty string, or undefined (numbers are stringified). */
export function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  return s === '' ? undefined : s;
}

/** The normalised DOI, undefined when absent; RecordError when present but malformed. */
export function doi(field: string, value: unknown): string | undefined {
  const raw = text(value);
  if (raw === undefined) return undefined;
  const norm = normaliseDoi(raw);
  if (norm === null) throw new RecordError(field, `not a DOI: "${raw}"`);
  return norm;
}

/** A PubMed id (digits), accepting a pubmed.ncbi.nlm.nih.gov URL. */
export function pmid(field: string, value: unknown): string | undefined {
  const raw = text(value)?.replace(/^https?:\/\/pubmed\.ncbi\.nlm\.nih\.gov\//i, '');
  const s = raw?.replace(/\/$/, '');
  if (s === undefined) return undefined;
  if (!/^\d{1,10}$/.test(s)) throw new RecordError(field, `not a PMID: "${s}"`);
  return s;
}

/** A PubMed Central id as "PMC<digits>", accepting bare digits and PMC article URLs. */
export function pmcid(field: string, value: unknown): string | undefined {
  const raw = text(value);
  if (raw === undefined) return undefined;
  const m = /(?:^|\/)(?:PMC)?(\d{1,10})\/?$/i.exec(raw);
  if (!m) throw new RecordError(field, `not a PMCID: "${raw}"`);
  return `PMC${m[1]}`;
}

/** An ORCID iD without its https://orcid.org/ prefix. */
export function orcid(value: unknown): string | undefined {
  return text(value)?.replace(/^https?:\/\/orcid\.org\//i, '');
}

/** An integer year, or undefined. */
export function year(value: unknown): number | undefined {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 && n < 3000 ? n : undefined;
}

/** An ISO date or prefix (YYYY, YYYY-MM, YYYY-MM-DD), or undefined. */
export function isoDate(value: unknown): string | undefined {
  const s = text(value);
  return s !== undefined && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(s) ? s : undefined;
}

/** CSL/Crossref `date-parts` ([[y, m, d]]) to a year and an ISO date prefix. */
export function fromDateParts(value: unknown): { year?: number; date?: string } {
  const parts = isObject(value) ? value['date-parts'] : undefined;
  const first = Array.isArray(parts) && Array.isArray(parts[0]) ? (parts[0] as unknown[]) : [];
  const y = year(first[0]);
  if (y === undefined) return {};
  const rest: string[] = [];
  for (const p of first.slice(1, 3)) {
    const n = Number(p);
    if (!Number.isInteger(n) || n < 1 || n > 31) break;
    rest.push(String(n).padStart(2, '0'));
  }
  return { year: y, date: [String(y), ...rest].join('-') };
}

/** A page range with an en dash ("315–320"), from "315-320", "315--320" or first/last pages. */
export function pages(first: unknown, last?: unknown): string | undefined {
  const a = text(first);
  const b = text(last);
  if (a === undefined) return undefined;
  const joined = b !== undefined && b !== a ? `${a}–${b}` : a;
  return joined.replace(/\s*(?:--?|–|—)\s*/g, '–');
}

/** Plain text from a JATS/HTML fragment: tags dropped, common entities decoded, spaces collapsed. */
export function stripTags(value: unknown): string | undefined {
  const s = text(value);
  if (s === undefined) return undefined;
  const plain = s
    .replace(/<jats:title>\s*abstract\s*<\/jats:title>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
  return text(plain.replace(/\s+/g, ' '));
}

/**
 * A keyword or topic list as a paper keeps it, or undefined when none is left: each term
 * trimmed with inner whitespace collapsed, empty ones and ones over LIMITS.term dropped (a
 * "keyword" that long is a sentence), repeats ignoring case kept once in order, and at most
 * MAX_TERMS kept. Terms are dropped rather than the record rejected: a paper is worth more
 * than one bad keyword.
 */
export function terms(values: readonly unknown[]): string[] | undefined {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    const term = text(value)?.replace(/\s+/g, ' ');
    if (term === undefined || term.length > LIMITS.term) continue;
    const key = term.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(term);
    if (out.length === MAX_TERMS) break;
  }
  return out.length > 0 ? out : undefined;
}

/**
 * The terms of one keyword string as exporters write a list in one field ("a; b", "a, b":
 * BibTeX `keywords`, CSL `keyword`, a GROBID keywords line). A term's own comma (the MeSH
 * "Depression, Postpartum") cannot be told from a separator there, so it splits too.
 */
export function splitTerms(value: unknown): string[] {
  const s = text(value);
  return s === undefined ? [] : s.split(/\s*[;,]\s*/);
}

/** True when a vocabulary name or kwd-group type says the terms are MeSH headings. */
export function isMesh(scheme: string | undefined): boolean {
  return scheme !== undefined && /mesh|medical subject/i.test(scheme);
}
