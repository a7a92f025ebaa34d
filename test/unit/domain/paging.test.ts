import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/domain/errors.js';
import { decodeCursor, encodeCursor, toConnection, toPage } from '../../../src/domain/paging.js';

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e instanceof AppError ? e.code : 'other';
  }
  return 'none';
};

describe('paging', () => {
  it('defaults to 20 and accepts 0..max', () => {
    expect(toPage('papers', undefined, undefined, 100)).toEqual({ offset: 0, first: 20 });
    expect(toPage('papers', 0, null, 100)).toEqual({ offset: 0, first: 0 });
    expect(toPage('papers', 100, null, 100)).toEqual({ offset: 0, first: 100 });
  });

  it('refuses negative, fractional or oversized page sizes', () => {
    for (const first of [-1, 101, 2.5, 100000])
      expect(code(() => toPage('papers', first, null, 100))).toBe('BAD_USER_INPUT');
  });

  it('continues after a cursor and refuses cursors of another list or garbage', () => {
    const c = encodeCursor('citations', 4);
    expect(toPage('citations', 5, c, 100)).toEqual({ offset: 5, first: 5 });
    expect(code(() => decodeCursor('papers', c))).toBe('BAD_USER_INPUT');
    for (const bad of [
      '',
      'abc',
      'Y2l0YXRpb25zOi0x',
      encodeCursor('citations', 1) + '!',
      encodeCursor('citations', 1).slice(1),
      'x'.repeat(500),
    ]) {
      expect(code(() => decodeCursor('citations', bad))).toBe('BAD_USER_INPUT');
    }
  });

  it('builds pageInfo from one extra row', () => {
    const page = { offset: 2, first: 2 };
    const conn = toConnection('papers', page, 5, ['c', 'd', 'e'], (n, cursor) => ({ n, cursor }));
    expect(conn.edges.map((e) => e.n)).toEqual(['c', 'd']);
    expect(conn.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor('papers', 3) });
    const last = toConnection('papers', { offset: 4, first: 2 }, 5, ['e'], (n, cursor) => ({
      n,
      cursor,
    }));
    expect(last.pageInfo).toEqual({ hasNextPage: false, endCursor: encodeCursor('papers', 4) });
    const empty = toConnection('papers', { offset: 0, first: 0 }, 5, ['a'], (n, cursor) => ({
      n,
      cursor,
    }));
    expect(empty).toEqual({
      totalCount: 5,
      edges: [],
      pageInfo: { hasNextPage: true, endCursor: null },
    });
  });
});
