/**
 * What the parsers report beside records, summed over an import's sources for
 * its summary: in-text citations that became no statement, by reason
 * (ParseResult.dropped), and warnings (ParseResult.warnings), each warning
 * prefixed with the file it is about. The CLI import, the importRecords
 * mutation and the bulk load all report them the same way.
 */
import type { ParseResult } from './parsers/index.js';

/** The notes of an import: absent (undefined) when no source reported any of that kind. */
export interface ParseNotes {
  /** Dropped in-text citations by reason, summed over the sources, keys sorted. */
  droppedCitations?: Record<string, number>;
  /** Warnings, each `file: warning`, in the order the sources were read. */
  warnings?: string[];
}

/** Adds one source's dropped counts and warnings into `notes`. */
export function addParseNotes(notes: ParseNotes, file: string, parsed: ParseResult): void {
  if (parsed.dropped) {
    const sum = { ...notes.droppedCitations };
    for (const [reason, n] of Object.entries(parsed.dropped)) sum[reason] = (sum[reason] ?? 0) + n;
    notes.droppedCitations = Object.fromEntries(
      Object.entries(sum).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    );
  }
  if (parsed.warnings) {
    const named = parsed.warnings.map((w) => (w.startsWith(`${file}:`) ? w : `${file}: ${w}`));
    notes.warnings = [...(notes.warnings ?? []), ...named];
  }
}

/** The dropped counts as one line for people, or null when nothing was dropped. */
export function describeDropped(dropped: Record<string, number> | undefined): string | null {
  const entries = Object.entries(dropped ?? {}).filter(([, n]) => n > 0);
  if (entries.length === 0) return null;
  const total = entries.reduce((n, [, k]) => n + k, 0);
  return `dropped ${total} in-text citation${total === 1 ? '' : 's'}: ${entries.map(([r, n]) => `${r} ${n}`).join(', ')}`;
}
