/**
 * Connection paging: validates `first` and `after`, and makes opaque cursors.
 * A cursor encodes the position of an edge in its ordered list, tagged with
 * the connection kind so a cursor from one list is refused by another.
 */
import { badInput } from './errors.js';

export const DEFAULT_PAGE_SIZE = 20;

export interface Page {
  offset: number;
  first: number;
}

/** Cursor for the edge at 0-based `index` of a `kind` list. */
export function encodeCursor(kind: string, index: number): string {
  return Buffer.from(`${kind}:${index}`, 'utf8').toString('base64url');
}

/** Position after `cursor`, or BAD_USER_INPUT when it is not a cursor of this kind. */
export function decodeCursor(kind: string, cursor: string): number {
  const text = cursor.length <= 200 ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const match = /^([a-z]+):(\d{1,9})$/.exec(text);
  if (!match || match[1] !== kind || encodeCursor(kind, Number(match[2])) !== cursor) {
    throw badInput('after', `"after" must be an endCursor returned by this ${kind} connection`);
  }
  return Number(match[2]) + 1;
}

/** Validates first/after into an offset and page size. */
export function toPage(
  kind: string,
  first: number | null | undefined,
  after: string | null | undefined,
  max: number,
): Page {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > max) {
    throw badInput('first', `"first" must be an integer from 0 to ${max}; got ${first}`);
  }
  return { offset: after == null ? 0 : decodeCursor(kind, after), first: size };
}

/** Builds a connection from rows fetched with one extra row beyond the page (to know if more follow). */
export function toConnection<N, E>(
  kind: string,
  page: Page,
  total: number,
  rows: N[],
  edge: (row: N, cursor: string) => E,
): {
  totalCount: number;
  edges: E[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
} {
  const edges = rows
    .slice(0, page.first)
    .map((row, i) => edge(row, encodeCursor(kind, page.offset + i)));
  return {
    totalCount: total,
    edges,
    pageInfo: {
      hasNextPage: page.offset + edges.length < total,
      endCursor: edges.length > 0 ? encodeCursor(kind, page.offset + edges.length - 1) : null,
    },
  };
}
