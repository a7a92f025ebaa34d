/**
 * Tags computed before resolution (src/importers/resolve/pretagged.ts, used by the import's
 * prefetch of the next file): resolution takes them only when they were computed with the
 * taxonomy it reads itself, and tags afresh what the memo does not hold.
 */
import { describe, expect, it } from 'vitest';
import { resolveBatch, taxonomyKey } from '../../../src/importers/resolve/index.js';
import { usablePretagged, type Pretagged } from '../../../src/importers/resolve/pretagged.js';
import type { TagRow } from '../../../src/importers/resolve/tags.js';
import { taggerTaxonomy } from '../../../src/importers/resolve/tags.js';
import type { PaperRecord, StatementRecord } from '../../../src/domain/import-format.js';
import { batchOf, statement, storeWith } from './resolve-fixtures.js';

const stored = [
  { id: 'hope', kind: 'outcome' as const, name: 'Hope' },
  { id: 'ps', kind: 'intervention' as const, name: 'Peer support', synonyms: ['peer worker'] },
];

/** A row no tagger would give: seeing it shows the memo was used. */
const marker = (concept: string): TagRow[] => [
  { concept, kind: 'outcome', field: 'title', text: 'memo', evidenceStart: 0, evidenceEnd: 4 },
];

function memoOf(key: string, papers: PaperRecord[], statements: StatementRecord[]): Pretagged {
  return {
    key,
    papers: new WeakMap(papers.map((p) => [p, marker(`memo-${p.title}`)])),
    statements: new WeakMap(statements.map((s) => [s, marker(`memo-${s.text}`)])),
  };
}

describe('taxonomyKey', () => {
  it('reads absent and empty term lists alike, and tells apart names, terms and order', () => {
    const key = taxonomyKey(stored);
    expect(taxonomyKey(stored.map((c) => ({ ...c, instruments: [] })))).toBe(key);
    expect(taxonomyKey([stored[0]!, { ...stored[1]!, synonyms: [] }])).not.toBe(key);
    expect(taxonomyKey([stored[0]!, { ...stored[1]!, name: 'Peers' }])).not.toBe(key);
    expect(taxonomyKey([...stored].reverse())).not.toBe(key);
  });

  it("usablePretagged compares with the stored taxonomy under the batch's own concepts", () => {
    const memo = memoOf(taxonomyKey(stored), [], []);
    expect(usablePretagged(memo, stored, [])).toBe(memo);
    expect(usablePretagged(memo, stored, [{ kind: 'outcome', id: 'hope', name: 'Hope!' }])).toBe(
      null,
    );
    expect(usablePretagged(undefined, stored, [])).toBe(null);
    const renamed = taggerTaxonomy(stored, [{ kind: 'outcome', id: 'hope', name: 'Hope!' }]);
    expect(
      usablePretagged(memoOf(taxonomyKey(renamed), [], []), stored, [
        { kind: 'outcome', id: 'hope', name: 'Hope!' },
      ]),
    ).not.toBe(null);
  });
});

describe('resolveBatch with tags computed ahead', () => {
  const papers = (): PaperRecord[] => [
    { doi: '10.1/a', title: 'Hope in peer support' },
    { doi: '10.1/b', title: 'Peer workers' },
  ];
  const resolve = (batch: ReturnType<typeof batchOf>, pretagged?: Pretagged) =>
    resolveBatch(
      batch,
      { ...storeWith(), taxonomy: stored },
      {
        file: 'f',
        statementsMetAgain: 'update',
        pretagged,
      },
    );

  it("uses the memo's tags when its taxonomy is the batch's, and tags what it does not hold", () => {
    const [a, b] = papers() as [PaperRecord, PaperRecord];
    const s = statement('10.1/a', '10.1/b', 'Peer support gave hope.');
    const r = resolve(
      batchOf({ papers: [a, b], statements: [s] }),
      memoOf(taxonomyKey(stored), [a], [s]),
    );
    const tags = [...r.paperTags.values()].map((rows) => rows.map((t) => t.concept));
    expect(tags).toEqual([['memo-Hope in peer support'], ['ps']]);
    expect(r.statements[0]!.tagged!.map((t) => t.concept)).toEqual([
      'memo-Peer support gave hope.',
    ]);
  });

  it('ignores a memo computed with another taxonomy: the tags are those of no memo', () => {
    const build = () => {
      const [a, b] = papers() as [PaperRecord, PaperRecord];
      const s = statement('10.1/a', '10.1/b', 'Peer support gave hope.');
      return { a, b, s, batch: batchOf({ papers: [a, b], statements: [s] }) };
    };
    const plain = resolve(build().batch);
    const { a, b, s, batch } = build();
    const stale = taxonomyKey([stored[1]!]);
    const r = resolve(batch, memoOf(stale, [a, b], [s]));
    expect([...r.paperTags]).toEqual([...plain.paperTags]);
    expect(r.statements).toEqual(plain.statements);
    expect(r.statements[0]!.tagged!.map((t) => t.concept)).toEqual(['hope', 'ps']);
  });
});
