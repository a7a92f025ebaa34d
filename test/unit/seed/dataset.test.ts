import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseDoi } from '../../../src/domain/doi.js';
import type { PaperRef } from '../../../src/domain/import-format.js';
import {
  MEASURES,
  OUTCOME_DOMAINS,
  POLARITIES,
  PURPOSES,
  SECTIONS,
} from '../../../src/domain/vocabulary.js';
import { seedDataset } from '../../../seed/dataset/index.js';

/** A source document of the seed, kept in seed/sources/ (see its README). */
const source = (file: string): string =>
  readFileSync(new URL(`../../../seed/sources/${file}`, import.meta.url), 'utf8');

const reference = source('peer-support-literature.md');
const records = source('records.md');
const seed000 = source('000_b8429c08e3a97322.txt');
const seed003 = source('003_7b3b4a87231fad14.txt');

const { concepts, papers, citations, statements, findings, tallies, inclusions } = seedDataset;
const conceptIds = new Set(concepts.map((c) => c.id));
const paperIds = new Set(papers.map((p) => p.id));
const dois = papers.flatMap((p) => (p.doi ? [p.doi] : []));

/** The records.md entry of each paper: the text under its `### <id>` heading. */
const entries = new Map(
  records
    .split(/^### /m)
    .slice(1)
    .map((chunk) => {
      const [id, ...rest] = chunk.split('\n');
      return [id!.trim(), rest.join('\n')] as const;
    }),
);
/** Placeholders share one entry: the text under the last of their headings. */
const entryOf = (id: string): string | undefined =>
  id.startsWith('unidentified-citing-') ? entries.get('unidentified-citing-3') : entries.get(id);

const paper = (id: string) => papers.find((p) => p.id === id)!;

/** Every ref in the seed names a paper by its explicit id, which must exist. */
function expectPaper(ref: PaperRef): void {
  expect(ref.id, JSON.stringify(ref)).toBeDefined();
  expect(paperIds.has(ref.id!), `unknown paper ${ref.id}`).toBe(true);
}

describe('seed dataset: papers and DOIs', () => {
  it('gives every paper a unique explicit id and a title', () => {
    for (const p of papers) {
      expect(p.id).toMatch(/^[a-z0-9-]+$/);
      expect(p.title).toBeTruthy();
      expect(p.source).toBe('seed');
    }
    expect(paperIds.size).toBe(papers.length);
  });

  it('stores every DOI normalised, and no DOI twice', () => {
    for (const doi of dois) expect(normaliseDoi(doi)).toBe(doi);
    expect(new Set(dois).size).toBe(dois.length);
  });

  it('takes every DOI from the reference, verbatim up to case', () => {
    const ref = reference.toLowerCase();
    for (const doi of dois) expect(ref.includes(doi), doi).toBe(true);
  });

  it('has at least 20 papers with real DOIs', () => {
    expect(dois.length).toBeGreaterThanOrEqual(20);
  });

  it('lists the three authors of Lyons 2021 in order, with full metadata', () => {
    const lyons = papers.find((p) => p.id === 'lyons-2021');
    expect(lyons?.authors?.map((a) => a.name)).toEqual([
      'Natasha Lyons',
      'Chris Cooper',
      'Brynmor Lloyd-Evans',
    ]);
    expect(lyons).toMatchObject({
      doi: '10.1186/s12888-021-03321-z',
      pmid: '34162340',
      pmcid: 'PMC8220835',
      publicationDate: '2021-06-23',
      venue: { name: 'BMC Psychiatry', volume: '21', issue: '1', pages: '315' },
    });
  });

  it('keeps abstracts to the text in the seed files', () => {
    const flat = (s: string) => s.replace(/\u00a0/g, ' ');
    const lyons = papers.find((p) => p.id === 'lyons-2021')!;
    expect(lyons.abstract?.endsWith('…')).toBe(true); // marked truncated
    expect(flat(seed000).includes(lyons.abstract!)).toBe(true);
    const murphy = papers.find((p) => p.id === 'murphy-2024')!;
    expect(seed003.includes(murphy.abstract!)).toBe(true);
  });

  it('gives every paper an entry in seed/sources/records.md: dated, with a page and its DOI', () => {
    for (const p of papers) {
      const entry = entryOf(p.id!);
      expect(entry, `no records.md entry for ${p.id}`).toBeDefined();
      expect(entry, p.id).toContain('2026-11-28');
      if (p.id!.startsWith('unidentified-citing-')) continue;
      expect(entry, p.id).toMatch(/https?:\/\/\S+/);
      if (p.doi) expect(entry!.toLowerCase(), p.id).toContain(p.doi);
    }
  });

  it("carries published titles, not the reference's paraphrases", () => {
    expect(paper('lloyd-evans-2014').title).toBe(
      'A systematic review and meta-analysis of randomised controlled trials of peer support for people with severe mental illness',
    );
    expect(paper('chinman-2014').title).toBe(
      'Peer Support Services for Individuals With Serious Mental Illnesses: Assessing the Evidence',
    );
    expect(paper('smit-2023').title).toBe(
      'The effectiveness of peer support for individuals with mental illness: systematic review and meta-analysis',
    );
    // The reference's short-title shorthand ("SR & MA", ": SR", "... RCT") is gone.
    for (const p of papers) expect(p.title, p.id).not.toMatch(/\bSR\b|\bMA\b|\bRCT\b/);
  });

  it('lists complete author lists in order (Cooper 2024: 17, Johnson 2022: 14)', () => {
    const authors = (id: string) => paper(id).authors!.map((a) => a.name);
    expect(authors('cooper-2024')).toHaveLength(17);
    expect(authors('cooper-2024').slice(0, 3)).toEqual([
      'Ruth E. Cooper',
      'Katherine R. K. Saunders',
      'Anna Greenburgh',
    ]);
    expect(authors('cooper-2024').slice(-3)).toEqual([
      'Brynmor Lloyd-Evans',
      'Alan Simpson',
      'Sonia Johnson',
    ]);
    expect(authors('johnson-2022')).toHaveLength(14);
    expect(authors('johnson-2022')[0]).toBe('Sonia Johnson');
    expect(authors('johnson-2022').at(-1)).toBe('Brynmor Lloyd-Evans');
    expect(authors('gillard-2022')).toHaveLength(18);
    expect(authors('lloyd-evans-2014')).toHaveLength(8);
    expect(authors('kowalski-2020')).toEqual(['Melissa A. Kowalski']);
    // Every real paper names its authors; a list known to be incomplete says so in the data.
    for (const p of papers.filter((q) => !q.id!.startsWith('unidentified-citing-'))) {
      expect(p.authors?.length, p.id).toBeGreaterThan(0);
    }
    expect(paper('cook-2012-wrap').unverified?.map((u) => u.field)).toEqual(['title', 'authors']);
  });

  it('gives unidentified citing papers no identifiers or bibliographic facts', () => {
    for (const p of papers.filter((q) => q.id!.startsWith('unidentified-citing-'))) {
      expect(p.doi ?? p.pmid ?? p.year ?? p.authors ?? p.venue).toBeUndefined();
      expect(p.publicationTypes).toEqual([]);
    }
  });
});

describe('seed dataset: concepts', () => {
  it('has unique concept ids and descriptions', () => {
    expect(conceptIds.size).toBe(concepts.length);
    for (const c of concepts) expect(c.description, c.id).toBeTruthy();
  });

  it('gives outcomes, and only outcomes, a valid domain', () => {
    for (const c of concepts) {
      if (c.kind === 'outcome') expect(OUTCOME_DOMAINS).toContain(c.domain);
      else expect(c.domain).toBeUndefined();
    }
  });

  it('has existing parents of the same kind and an acyclic hierarchy', () => {
    const byId = new Map(concepts.map((c) => [c.id, c]));
    for (const c of concepts) {
      if (c.parent === undefined) continue;
      const parent = byId.get(c.parent);
      expect(parent, `${c.id} -> ${c.parent}`).toBeDefined();
      expect(parent!.kind).toBe(c.kind);
      const seen = new Set<string>([c.id]);
      for (let p = parent; p !== undefined; p = p.parent ? byId.get(p.parent) : undefined) {
        expect(seen.has(p.id), `cycle through ${p.id}`).toBe(false);
        seen.add(p.id);
      }
    }
  });

  it('builds the intervention hierarchy of the design', () => {
    const parentOf = (id: string) => concepts.find((c) => c.id === id)?.parent;
    expect(parentOf('group-peer-support')).toBe('peer-support');
    expect(parentOf('mutual-support-group')).toBe('group-peer-support');
    expect(parentOf('peer-support-group')).toBe('group-peer-support');
    expect(parentOf('anti-stigma-peer-support-group')).toBe('peer-support-group');
    expect(parentOf('self-management-peer-support-group')).toBe('peer-support-group');
    expect(parentOf('one-to-one-peer-support')).toBe('peer-support');
    expect(parentOf('online-peer-support')).toBe('peer-support');
  });

  it('resolves every concept a paper, statement or finding refers to, by kind', () => {
    const kindOf = new Map(concepts.map((c) => [c.id, c.kind]));
    const check = (ids: string[] | undefined, kinds: string[]) => {
      for (const id of ids ?? []) expect(kinds, id).toContain(kindOf.get(id));
    };
    for (const p of papers) {
      check(p.interventions, ['intervention']);
      check(p.outcomes, ['outcome']);
      check(p.populations, ['population']);
      check(p.settings, ['setting']);
    }
    for (const s of statements) check(s.about, ['intervention', 'outcome']);
    for (const f of findings) {
      check([f.intervention], ['intervention']);
      check([f.outcome], ['outcome']);
    }
  });
});

describe('seed dataset: citations, statements, findings, tallies', () => {
  it('refers only to papers in the dataset', () => {
    for (const c of citations) [c.citing, c.cited].forEach(expectPaper);
    for (const s of statements) [s.citing, s.cited].forEach(expectPaper);
    for (const f of findings) expectPaper(f.paper);
    for (const t of tallies) expectPaper(t.paper);
    for (const i of inclusions) [i.review, i.study].forEach(expectPaper);
  });

  it('has no self-citations and no duplicate citation edges', () => {
    const keys = citations.map((c) => `${c.citing.id}->${c.cited.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const c of citations) expect(c.citing.id).not.toBe(c.cited.id);
  });

  it('records the verified Cooper 2024 -> Lyons 2021 citation, and no unverified Johnson 2022 one', () => {
    const edge = (a: string, b: string) =>
      citations.some((c) => c.citing.id === a && c.cited.id === b) ||
      statements.some((s) => s.citing.id === a && s.cited.id === b);
    expect(edge('cooper-2024', 'lyons-2021')).toBe(true);
    expect(edge('johnson-2022', 'lyons-2021')).toBe(false);
  });

  it('uses the closed vocabularies and confidences in 0..1', () => {
    const ids = statements.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of statements) {
      expect(SECTIONS).toContain(s.section);
      expect(POLARITIES).toContain(s.polarity);
      if (s.purpose !== null) expect(PURPOSES).toContain(s.purpose);
      if (s.confidence !== null) {
        expect(s.confidence).toBeGreaterThanOrEqual(0);
        expect(s.confidence).toBeLessThanOrEqual(1);
      }
      expect(s.text.trim()).toBe(s.text);
    }
    for (const f of findings) expect(MEASURES).toContain(f.measure);
  });

  it('quotes every scite statement verbatim from seed file 000', () => {
    const scite = statements.filter((s) => s.source === 'scite');
    expect(scite.length).toBe(3); // four quotes in the file, the first two identical
    for (const s of scite) {
      expect(seed000.includes(`\u201c\u2026${s.text}\u2026\u201d`), s.id).toBe(true);
      expect(s.confidence).toBe(0.99);
      expect(s.polarity).toBe('MENTIONING');
      expect(s.provenance).toMatch(/not identified/);
    }
    const quotes = seed000.match(/\u201c\u2026[\s\S]*?\u2026\u201d/g) ?? [];
    expect(quotes.length).toBe(4);
    expect(new Set(quotes).size).toBe(3);
  });

  it('marks curated statements as paraphrase without a confidence', () => {
    const curated = statements.filter((s) => s.source === 'curated');
    expect(curated.length).toBeGreaterThan(0);
    for (const s of curated) {
      expect(s.confidence).toBeNull();
      expect(s.provenance).toMatch(/paraphrase/i);
    }
  });

  it('gives findings unique ids and consistent confidence intervals', () => {
    const ids = findings.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of findings) {
      expect(f.pooled).toBe(true);
      if (f.estimate === undefined) continue;
      expect(f.ciLower!).toBeLessThanOrEqual(f.estimate);
      expect(f.ciUpper!).toBeGreaterThanOrEqual(f.estimate);
    }
  });

  it('copies the scite tally for Lyons 2021', () => {
    expect(tallies).toHaveLength(1);
    const [t] = tallies;
    expect(t).toMatchObject({
      paper: { id: 'lyons-2021' },
      source: 'scite',
      citingPublications: 78,
      statements: 90,
      supporting: 2,
      mentioning: 84,
      contrasting: 1,
      unclassified: 3,
      references: 85,
    });
    expect(t!.asOf).toBeUndefined();
    expect(seed000).toContain('Cited by 78 publications');
    expect(seed000).toContain('(90 citation statements)');
    expect(seed000).toContain('References 85 publications');
  });

  it('states the inclusions of the included-studies tables, each with its table', () => {
    const pairs = inclusions.map((i) => `${i.review.id} > ${i.study.id}`).sort();
    expect(pairs).toEqual(
      [
        'chien-2019 > castelein-2008',
        'chien-2019 > cook-2012-bridges',
        'chien-2019 > cook-2012-wrap',
        'cooper-2024 > burke-2019',
        'cooper-2024 > chien-2019',
        'cooper-2024 > fuhr-2014',
        'cooper-2024 > lloyd-evans-2014',
        'cooper-2024 > lyons-2021',
      ].sort(),
    );
    for (const i of inclusions) {
      expect(i.note, `${i.review.id} > ${i.study.id}`).toMatch(/Table/);
      // records.md's inclusion table lists the same pair.
      expect(records).toContain(`| ${i.review.id} | ${i.study.id} |`);
    }
  });

  it('says Smit 2023 reviewed 30 RCTs and meta-analysed 28, nowhere "28 RCTs" reviewed', () => {
    const smit = findings.filter((f) => f.paper.id === 'smit-2023');
    expect(smit.length).toBeGreaterThan(0);
    for (const f of smit) expect(f.note).toMatch(/30 RCTs reviewed, 28 meta-analysed/);
    const texts = [
      ...findings.map((f) => f.note ?? ''),
      ...statements.map((s) => `${s.text} ${s.provenance ?? ''}`),
      ...citations.map((c) => c.note ?? ''),
      ...papers.map((p) => `${p.title} ${p.abstract ?? ''}`),
    ];
    for (const t of texts) expect(t).not.toMatch(/(review|of) 28 RCTs/i);
  });
});

describe('seed dataset: what the seed cannot verify is flagged in the data', () => {
  it('gives every verified: false a note', () => {
    const flagged = [
      ...citations.filter((c) => c.verified === false).map((c) => c.note),
      ...inclusions.filter((i) => i.verified === false).map((i) => i.note),
      ...findings.filter((f) => f.verified === false).map((f) => f.note),
      ...statements.filter((s) => s.verified === false).map((s) => s.note ?? s.provenance),
      ...papers.flatMap((p) => (p.unverified ?? []).map((u) => u.note)),
    ];
    expect(flagged.length).toBeGreaterThan(0);
    for (const note of flagged) expect(note?.trim()).toBeTruthy();
  });

  it('flags the edges no reference list confirmed, and only those', () => {
    const flagged = citations
      .filter((c) => c.verified === false)
      .map((c) => `${c.citing.id} > ${c.cited.id}`)
      .sort();
    expect(flagged).toEqual(
      ['castelein-2008', 'cook-2012-bridges', 'cook-2012-wrap', 'jonikas-2013'].map(
        (t) => `lloyd-evans-2014 > ${t}`,
      ),
    );
    // Chien 2019's reference list was read: its edges to the same trials stand.
    for (const c of citations.filter((x) => x.citing.id === 'chien-2019'))
      expect(c.verified).toBeUndefined();
  });

  it('flags the findings whose value or measure no source confirms', () => {
    const flagged = findings.filter((f) => f.verified === false).map((f) => f.id);
    expect(flagged.sort()).toEqual(['lyons-2021-depression', 'lyons-2021-hope-post']);
  });
});
