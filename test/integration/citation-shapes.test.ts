/**
 * Citation and reference pages, and statement lists, for every kind of filter and order, and
 * co-citation and coupling rankings (src/db/cypher/network/related.ts) against a recount.
 * Their query text is built per request shape (src/db/cypher/citations.ts,
 * statements.ts), so each shape is its own query: this file checks a seeded sample of
 * shapes against answers recomputed in plain TypeScript from the records written (not
 * from the database).
 *
 * The graph is random but seeded: papers with and without a year, authors drawn from a
 * small pool (so self-citations happen), citations with zero to three statements, and
 * statements with and without a confidence.
 */
import { describe, expect, it } from 'vitest';
import type { QueryStats } from '../../src/db/executor.js';
import type { RecordBatch, StatementRecord } from '../../src/domain/import-format.js';
import { POLARITIES, SECTIONS } from '../../src/domain/vocabulary.js';
import { seededRandom } from '../../src/importers/generate/prng.js';
import { StatementRepository, type StatementFilter } from '../../src/repositories/statements.js';
import {
  CitationRepository,
  type CitationDirection,
  type CitationFilter,
  type CitationOrder,
} from '../../src/repositories/citations.js';
import { RelatedPaperRepository } from '../../src/repositories/network/related.js';
import { batchScenario, useDatabase } from '../helpers/suite.js';

const random = seededRandom(20261122);
const N = 40;
const pid = (i: number) => `shape-${String(i).padStart(2, '0')}`;
const CONCEPTS = ['shape-intervention', 'shape-outcome'];

interface Paper {
  id: string;
  year: number | null;
  authors: string[];
}
const papers: Paper[] = Array.from({ length: N }, (_, i) => ({
  id: pid(i),
  year: random.chance(0.15) ? null : 2000 + random.int(20),
  authors: [`Author ${random.int(8)}`, `Author ${random.int(8)}`],
}));
const edges: { citing: number; cited: number; statements: StatementRecord[] }[] = [];
for (let i = 0; i < N; i++) {
  for (let j = 0; j < N; j++) {
    if (i === j || !random.chance(0.25)) continue;
    const statements = Array.from({ length: random.int(4) }, (_, k) => ({
      id: `st-${i}-${j}-${k}`,
      citing: { id: pid(i) },
      cited: { id: pid(j) },
      text: `Paper ${i} on paper ${j}, statement ${k}`,
      section: SECTIONS[random.int(SECTIONS.length)]!,
      polarity: POLARITIES[random.int(POLARITIES.length)]!,
      purpose: null,
      confidence: random.chance(0.2) ? null : random.int(11) / 10,
      about: CONCEPTS.filter(() => random.chance(0.5)),
      source: 'test',
    }));
    edges.push({ citing: i, cited: j, statements });
  }
}

function batch(): RecordBatch {
  return {
    concepts: [
      { kind: 'intervention', id: CONCEPTS[0]!, name: 'Shape intervention' },
      { kind: 'outcome', id: CONCEPTS[1]!, name: 'Shape outcome', domain: 'PSYCHOSOCIAL' },
    ],
    papers: papers.map((p) => ({
      id: p.id,
      title: `Title of ${p.id}`,
      ...(p.year === null ? {} : { year: p.year }),
      authors: [...new Set(p.authors)].map((name) => ({ name })),
    })),
    citations: edges.map((e) => ({ citing: { id: pid(e.citing) }, cited: { id: pid(e.cited) } })),
    statements: edges.flatMap((e) => e.statements),
    findings: [],
    tallies: [],
    inclusions: [],
  };
}

/** Cypher's order: null is the largest value (last ascending, first descending). */
function compare(a: number | null, b: number | null, descending: boolean): number {
  if (a === b) return 0;
  const up = a === null ? 1 : b === null ? -1 : a - b;
  return descending ? -up : up;
}

/** The expected page, from the records alone. */
function expected(
  direction: CitationDirection,
  anchor: number,
  filter: CitationFilter,
  order: CitationOrder,
  offset: number,
  limit: number,
) {
  const statementFilter =
    filter.polarity != null ||
    filter.section != null ||
    filter.minConfidence != null ||
    filter.about != null;
  const rows = edges
    .filter((e) => (direction === 'citations' ? e.cited : e.citing) === anchor)
    .map((e) => {
      const other = papers[direction === 'citations' ? e.citing : e.cited]!;
      const statements = e.statements
        .filter(
          (s) =>
            (filter.polarity == null || filter.polarity.includes(s.polarity)) &&
            (filter.section == null || filter.section.includes(s.section)) &&
            (filter.minConfidence == null ||
              (s.confidence !== null && s.confidence >= filter.minConfidence)) &&
            (filter.about == null || s.about.some((k) => filter.about!.includes(k))),
        )
        .sort((a, b) => compare(a.confidence, b.confidence, true) || a.id!.localeCompare(b.id!));
      const self = other.authors.some((a) => papers[anchor]!.authors.includes(a));
      return { other, statements, self };
    })
    .filter(
      (r) =>
        (!statementFilter || r.statements.length > 0) &&
        (filter.yearFrom == null || (r.other.year !== null && r.other.year >= filter.yearFrom)) &&
        (filter.yearTo == null || (r.other.year !== null && r.other.year <= filter.yearTo)) &&
        (filter.selfCitation == null || r.self === filter.selfCitation),
    );
  const key = (r: (typeof rows)[number]) =>
    order.field === 'YEAR'
      ? r.other.year
      : r.statements.reduce<number | null>(
          (m, s) => (s.confidence !== null && (m === null || s.confidence > m) ? s.confidence : m),
          null,
        );
  const nullsLast = (a: number | null, b: number | null) =>
    (a === null ? 1 : 0) - (b === null ? 1 : 0) || compare(a, b, order.direction === 'DESC');
  rows.sort((a, b) => nullsLast(key(a), key(b)) || a.other.id.localeCompare(b.other.id));
  return {
    total: rows.length,
    page: rows
      .slice(offset, offset + limit)
      .map((r) => ({ paper: r.other.id, statements: r.statements.map((s) => s.id) })),
  };
}

/** Every shape the API can ask for, drawn with a fixed seed; values drawn per shape. */
function sampleShapes(count: number): { filter: CitationFilter; order: CitationOrder }[] {
  const out: { filter: CitationFilter; order: CitationOrder }[] = [];
  const pick = <T>(xs: readonly T[]) => xs.filter(() => random.chance(0.5));
  for (let k = 0; k < count; k++) {
    const from = 2000 + random.int(20);
    out.push({
      filter: {
        polarity: random.chance(0.3) ? pick(POLARITIES) : null,
        section: random.chance(0.3) ? pick(SECTIONS) : null,
        minConfidence: random.chance(0.3) ? random.int(11) / 10 : null,
        about: random.chance(0.25) ? pick(CONCEPTS) : null,
        yearFrom: random.chance(0.3) ? from : null,
        yearTo: random.chance(0.3) ? from + random.int(10) : null,
        selfCitation: random.chance(0.4) ? random.chance(0.5) : null,
      },
      order: {
        field: random.chance(0.5) ? 'YEAR' : 'CONFIDENCE',
        direction: random.chance(0.5) ? 'DESC' : 'ASC',
      },
    });
  }
  return out;
}

// Labels exactly as the records give them (UNCLASSIFIED included): no classifier.
const db = useDatabase(
  batchScenario(batch, { file: 'citation-shapes', batchSize: 500, classify: false }),
);

describe('citation pages for every shape of request', () => {
  const shapes = sampleShapes(40);

  it('the sample covers each filter, both orders and both kinds of query', () => {
    const has = (f: (s: (typeof shapes)[number]) => boolean) => shapes.filter(f).length;
    expect(has((s) => s.filter.selfCitation === true)).toBeGreaterThan(5);
    expect(has((s) => s.filter.selfCitation === false)).toBeGreaterThan(5);
    expect(has((s) => s.filter.about != null)).toBeGreaterThan(5);
    expect(has((s) => s.filter.minConfidence != null)).toBeGreaterThan(5);
    expect(
      has((s) => s.order.field === 'CONFIDENCE' && s.order.direction === 'ASC'),
    ).toBeGreaterThan(5);
    expect(
      has(
        (s) =>
          s.filter.polarity == null &&
          s.filter.section == null &&
          s.filter.minConfidence == null &&
          s.filter.about == null,
      ),
    ).toBeGreaterThan(10);
  });

  for (const direction of ['citations', 'references'] as const) {
    it(`${direction}: every sampled shape answers as recomputed from the records`, async () => {
      const stats: QueryStats = { roundTrips: 0, queries: [] };
      const repo = new CitationRepository(db, stats);
      const anchors = [0, 7, 19, 33].map(pid);
      let nonEmpty = 0;
      for (const [k, { filter, order }] of shapes.entries()) {
        const offset = k % 3 === 0 ? 2 : 0;
        const first = 1 + (k % 6);
        const pages = await repo.pages(direction, anchors, filter, order, { offset, first });
        const got = pages.map((p) => ({
          total: p.total,
          page: p.rows.map((r) => ({
            paper: r.paper.id,
            statements: r.statements.map((s) => s.id),
          })),
        }));
        const want = anchors.map((a) =>
          expected(direction, Number(a.slice(6)), filter, order, offset, first + 1),
        );
        expect(got, JSON.stringify({ filter, order, offset, first })).toEqual(want);
        nonEmpty += want.filter((w) => w.page.length > 0).length;
      }
      // One query per batch of anchors, and the sample is not vacuous.
      expect(stats.roundTrips).toBe(shapes.length);
      expect(nonEmpty).toBeGreaterThan(shapes.length);
    });
  }

  it('lists each statement with its citing and cited paper ids', async () => {
    const repo = new CitationRepository(db, { roundTrips: 0, queries: [] });
    const edge = edges.find((e) => e.statements.length > 1)!;
    for (const [direction, anchor] of [
      ['citations', edge.cited],
      ['references', edge.citing],
    ] as const) {
      for (const filter of [{}, { polarity: [...POLARITIES] }]) {
        const [page] = await repo.pages(
          direction,
          [pid(anchor)],
          filter,
          { field: 'YEAR', direction: 'DESC' },
          { offset: 0, first: 100 },
        );
        const row = page!.rows.find(
          (r) => r.paper.id === pid(direction === 'citations' ? edge.citing : edge.cited),
        )!;
        expect(row.statements.map((s) => [s.id, s.citingId, s.citedId])).toEqual(
          [...edge.statements]
            .sort((a, b) => compare(a.confidence, b.confidence, true) || a.id!.localeCompare(b.id!))
            .map((s) => [s.id, pid(edge.citing), pid(edge.cited)]),
        );
      }
    }
  });
});

describe('statement lists for every shape of filter', () => {
  const all = edges.flatMap((e) => e.statements);
  const pick = <T>(xs: readonly T[]) => xs.filter(() => random.chance(0.5));
  const filters: StatementFilter[] = Array.from({ length: 40 }, () => ({
    polarity: random.chance(0.3) ? pick(POLARITIES) : null,
    section: random.chance(0.3) ? pick(SECTIONS) : null,
    minConfidence: random.chance(0.3) ? random.int(11) / 10 : null,
    about: random.chance(0.25) ? pick(CONCEPTS) : null,
    citing: random.chance(0.3) ? pid(random.int(N)) : null,
    cited: random.chance(0.3) ? pid(random.int(N)) : null,
    source: random.chance(0.2) ? (random.chance(0.5) ? ['test'] : ['other']) : null,
  }));

  it('answers as recomputed from the records, with both papers of each statement', async () => {
    const repo = new StatementRepository(db, { roundTrips: 0, queries: [] });
    let listed = 0;
    for (const [k, f] of filters.entries()) {
      const page = { offset: k % 4 === 0 ? 3 : 0, first: 2 + (k % 5) };
      const want = all
        .filter(
          (s) =>
            (f.polarity == null || f.polarity.includes(s.polarity)) &&
            (f.section == null || f.section.includes(s.section)) &&
            (f.minConfidence == null ||
              (s.confidence !== null && s.confidence >= f.minConfidence)) &&
            (f.about == null || s.about.some((c) => f.about!.includes(c))) &&
            (f.citing == null || s.citing.id === f.citing) &&
            (f.cited == null || s.cited.id === f.cited) &&
            (f.source == null || f.source.includes(s.source)),
        )
        // Strongest first, statements without a confidence last, then by id.
        .sort(
          (a, b) =>
            (a.confidence === null ? 1 : 0) - (b.confidence === null ? 1 : 0) ||
            (b.confidence ?? 0) - (a.confidence ?? 0) ||
            a.id!.localeCompare(b.id!),
        );
      const got = await repo.list(f, null, { offset: page.offset, first: page.first });
      const context = JSON.stringify({ f, page });
      expect(got.total, context).toBe(want.length);
      const slice = want.slice(page.offset, page.offset + page.first + 1);
      expect(
        got.rows.map((r) => [r.node.id, r.citing.id, r.cited.id, r.citing.title, r.score]),
        context,
      ).toEqual(slice.map((s) => [s.id, s.citing.id, s.cited.id, `Title of ${s.citing.id}`, null]));
      listed += slice.length;
    }
    expect(listed).toBeGreaterThan(filters.length);
  });
});

describe('co-citation and coupling against a recount', () => {
  /** Papers related to `p` through `link`, ranked as the API ranks them, counted in TypeScript. */
  function recount(p: number, link: (x: number, o: number) => boolean, first: number) {
    const shared = new Map<number, number>();
    for (let x = 0; x < N; x++) {
      if (!link(x, p)) continue;
      for (let o = 0; o < N; o++)
        if (o !== p && link(x, o)) shared.set(o, (shared.get(o) ?? 0) + 1);
    }
    return [...shared]
      .map(([o, n]) => [pid(o), n] as const)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, first);
  }
  const cites = new Set(edges.map((e) => `${e.citing}>${e.cited}`));
  const citing = (x: number, o: number) => cites.has(`${x}>${o}`);
  const citedBy = (x: number, o: number) => cites.has(`${o}>${x}`);

  it('ranks the co-cited and coupled papers of every paper as recounted, ties by id', async () => {
    const repo = new RelatedPaperRepository(db, { roundTrips: 0, queries: [] });
    const ids = papers.map((p) => p.id);
    let ties = 0;
    for (const first of [0, 3, 10]) {
      const [coCited, coupled] = await Promise.all([
        repo.coCited(ids, first),
        repo.coupled(ids, first),
      ]);
      for (let p = 0; p < N; p++) {
        const want = recount(p, citing, first);
        expect(
          coCited[p]!.map((r) => [r.paper.id, r.shared]),
          `coCited ${pid(p)}`,
        ).toEqual(want);
        expect(
          coupled[p]!.map((r) => [r.paper.id, r.shared]),
          `coupled ${pid(p)}`,
        ).toEqual(recount(p, citedBy, first));
        ties += want.filter((w, k) => k > 0 && want[k - 1]![1] === w[1]).length;
      }
    }
    // The sample must exercise the order by id within a count.
    expect(ties).toBeGreaterThan(20);
  });
});
