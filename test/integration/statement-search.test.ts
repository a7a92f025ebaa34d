/**
 * `statements(search:)`: full-text hits filtered, counted and paged from one index query.
 * The scenario's statements are written so that relevance, filters and pages are known by
 * hand: six mention "hope", four of them MENTIONING; two do not mention it at all.
 */
import { describe, expect, it } from 'vitest';
import type { StatementRecord } from '../../src/domain/import-format.js';
import { batchScenario, useSeededService } from '../helpers/suite.js';

const paper = (n: number) => ({
  id: `ss-${n}`,
  title: `Search scenario paper ${n}`,
  year: 2010 + n,
});
const statement = (
  n: number,
  text: string,
  polarity: StatementRecord['polarity'],
): StatementRecord => ({
  id: `ss-s${n}`,
  citing: { id: `ss-${n}` },
  cited: { id: 'ss-0' },
  text,
  section: 'DISCUSSION',
  polarity,
  purpose: null,
  confidence: 0.5 + n / 100,
  about: [],
  source: 'test',
});

const STATEMENTS = [
  statement(1, 'Hope hope hope: hope rose in every group.', 'SUPPORTING'),
  statement(2, 'Hope was measured with the Herth Hope Index.', 'MENTIONING'),
  statement(3, 'Participants reported more hope.', 'MENTIONING'),
  statement(4, 'The trial reported hope among other outcomes of peer support.', 'MENTIONING'),
  statement(5, 'Unlike the cited trial, hope did not change.', 'CONTRASTING'),
  statement(
    6,
    'Secondary outcomes included hope, empowerment, recovery and symptoms.',
    'MENTIONING',
  ),
  statement(7, 'Empowerment scores improved.', 'MENTIONING'),
  statement(8, 'Readmissions fell.', 'SUPPORTING'),
];

type PageInfo = { hasNextPage: boolean; endCursor: string };
type Page = {
  statements: { totalCount: number; edges: { node: { id: string; polarity: string } }[] };
};
const QUERY = `query ($search: String!, $first: Int, $after: String, $polarity: [Polarity!]) {
  statements(search: $search, first: $first, after: $after, where: { polarity: $polarity }) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id polarity } }
  }
}`;

const { server } = useSeededService(
  batchScenario({
    concepts: [],
    papers: Array.from({ length: 9 }, (_, n) => paper(n)),
    citations: [],
    statements: STATEMENTS,
    findings: [],
    tallies: [],
    inclusions: [],
  }),
);

describe('statements(search:)', () => {
  it('counts every hit and pages through them once each, most relevant first', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let k = 0; k < 4; k++) {
      const r: { errors?: unknown; data?: Page & { statements: { pageInfo: PageInfo } } } =
        await server.gql(QUERY, { search: 'hope', first: 4, after });
      expect(r.errors).toBeUndefined();
      expect(r.data!.statements.totalCount).toBe(6);
      seen.push(...r.data!.statements.edges.map((e) => e.node.id));
      if (!r.data!.statements.pageInfo.hasNextPage) break;
      after = r.data!.statements.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(6);
    expect(new Set(seen)).toEqual(new Set(['ss-s1', 'ss-s2', 'ss-s3', 'ss-s4', 'ss-s5', 'ss-s6']));
    // Four "hope"s in a short text outrank one in a long list.
    expect(seen[0]).toBe('ss-s1');
    expect(seen.indexOf('ss-s1')).toBeLessThan(seen.indexOf('ss-s6'));
  });

  it('counts and pages only the hits that pass the filters', async () => {
    const r = await server.gql<Page>(QUERY, { search: 'hope', first: 2, polarity: ['MENTIONING'] });
    expect(r.errors).toBeUndefined();
    expect(r.data!.statements.totalCount).toBe(4);
    expect(r.data!.statements.edges).toHaveLength(2);
    expect(r.data!.statements.edges.every((e) => e.node.polarity === 'MENTIONING')).toBe(true);
  });

  it('answers zero hits with an empty page', async () => {
    const none = await server.gql<Page>(QUERY, { search: 'xylophone', first: 5 });
    expect(none.data!.statements).toMatchObject({ totalCount: 0, edges: [] });
  });
});
