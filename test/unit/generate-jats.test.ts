/**
 * The synthetic JATS generator (the full-text benchmark's corpus): one seed and
 * index give the same bytes, every article is well-formed XML, and the
 * references, callouts and citing pairs it reports are what the XML holds,
 * counted here independently of the generator from the markup itself.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { jatsArticle, writeJatsCorpus } from '../../src/importers/generate/index.js';

/** What a walk over the XML finds. */
interface Walk {
  refs: string[];
  pubIds: Record<string, number>;
  refsWithId: number;
  secTypes: string[];
  nestedSecs: number;
  orcids: string[];
  articleIds: Record<string, string>;
}

/** Parses `xml` with saxes (throws on any well-formedness error) and collects what the tests check. */
function walk(xml: string): Walk {
  const w: Walk = {
    refs: [],
    pubIds: {},
    refsWithId: 0,
    secTypes: [],
    nestedSecs: 0,
    orcids: [],
    articleIds: {},
  };
  const parser = new SaxesParser({ xmlns: true });
  const stack: string[] = [];
  let text = '';
  let refHasId = false;
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (t) => {
    const attr = (n: string) => t.attributes[n]?.value;
    stack.push(t.name);
    text = '';
    if (t.name === 'ref') {
      w.refs.push(attr('id')!);
      refHasId = false;
    }
    if (t.name === 'sec' && stack.includes('body')) {
      const depth = stack.filter((n) => n === 'sec').length;
      if (depth === 1) w.secTypes.push(attr('sec-type') ?? '');
      else w.nestedSecs += 1;
    }
    if (t.name === 'pub-id') {
      const type = attr('pub-id-type')!;
      w.pubIds[type] = (w.pubIds[type] ?? 0) + 1;
      refHasId = true;
    }
  });
  parser.on('text', (t) => (text += t));
  parser.on('closetag', (t) => {
    stack.pop();
    if (t.name === 'ref' && refHasId) w.refsWithId += 1;
    if (t.name === 'contrib-id') w.orcids.push(text.replace('https://orcid.org/', ''));
    if (t.name === 'article-id') w.articleIds[t.attributes['pub-id-type']!.value] = text;
  });
  parser.write(xml).close();
  return w;
}

/** Callouts read from the markup: each xref becomes X, then runs of X in brackets or superscript. */
function callouts(xml: string) {
  const body = xml.slice(xml.indexOf('<body>'), xml.indexOf('</body>'));
  let xrefs = 0;
  const marked = body.replace(/<xref ref-type="bibr" rid="R(\d+)">\1<\/xref>/g, (_, n: string) => {
    xrefs += 1;
    return `X${n}X`;
  });
  const runs = [...marked.matchAll(/(\.?)(?:\[|<sup>)X\d+X(?:(?:,|–|\]–\[)X\d+X)*(?:\]|<\/sup>)/g)];
  // The cited numbers in document order, ranges expanded.
  const cited: number[] = [];
  for (const [run] of runs) {
    const ns = [...run.matchAll(/X(\d+)X/g)].map((m) => Number(m[1]));
    if (run.includes('–')) for (let n = ns[0]!; n <= ns[1]!; n += 1) cited.push(n);
    else cited.push(...ns);
  }
  return {
    xrefs,
    runs: runs.length,
    ranges: runs.filter(([r]) => r.includes('–')).length,
    groups: runs.filter(([r]) => r.includes(',')).length,
    trailing: runs.filter((m) => m[1] === '.').length,
    pairs: cited.length,
    cited,
  };
}

/** ISO 7064 mod 11-2, as ORCID checks its last character. */
function orcidValid(id: string): boolean {
  const digits = id.replace(/-/g, '');
  let total = 0;
  for (const d of digits.slice(0, 15)) total = (total + Number(d)) * 2;
  const r = (12 - (total % 11)) % 11;
  return digits[15] === (r === 10 ? 'X' : String(r));
}

describe('jatsArticle', () => {
  it('is deterministic per (seed, index) and differs across seeds and indexes', () => {
    expect(jatsArticle(7, 3).xml).toBe(jatsArticle(7, 3).xml);
    expect(jatsArticle(8, 3).xml).not.toBe(jatsArticle(7, 3).xml);
    expect(jatsArticle(7, 4).xml).not.toBe(jatsArticle(7, 3).xml);
  });

  it.each([0, 1, 2, 3, 4, 5, 6, 7])(
    'article %i of seed 1 is well-formed JATS with IMRaD sections',
    (i) => {
      const a = jatsArticle(1, i);
      const w = walk(a.xml);
      expect(w.secTypes).toEqual([
        'intro',
        'materials|methods',
        'results',
        'discussion',
        'conclusions',
      ]);
      expect(w.nestedSecs).toBe(2);
      expect(w.articleIds).toEqual({ pmid: a.pmid, pmc: `PMC${9_000_000 + i}`, doi: a.doi });
      expect(w.orcids.length).toBeGreaterThan(0);
      for (const id of w.orcids) expect(orcidValid(id), id).toBe(true);
    },
  );

  it('reports the references and callouts the markup holds (40 and 60 by default)', () => {
    let ranges = 0;
    let groups = 0;
    let trailing = 0;
    for (let i = 0; i < 20; i += 1) {
      const a = jatsArticle(1, i);
      const w = walk(a.xml);
      const c = callouts(a.xml);
      expect(a.references).toBe(40);
      expect(w.refs).toEqual(Array.from({ length: 40 }, (_, k) => `R${k + 1}`));
      expect(w.refsWithId).toBe(a.identified);
      expect(a.identified).toBeGreaterThanOrEqual(34);
      expect(a.identified).toBeLessThan(40);
      expect(c.runs).toBe(60);
      expect(a.callouts).toBe(60);
      expect(c.xrefs).toBe(a.xrefs);
      expect(c.pairs).toBe(a.citations);
      // Every reference is cited, numbered by first appearance.
      expect([...new Set(c.cited)]).toEqual(Array.from({ length: 40 }, (_, k) => k + 1));
      ranges += c.ranges;
      groups += c.groups;
      trailing += c.trailing;
    }
    // The quirks appear in realistic shares over 20 articles × 60 callouts.
    expect(ranges).toBeGreaterThan(60);
    expect(groups).toBeGreaterThan(120);
    expect(trailing).toBeGreaterThan(120);
    expect(trailing).toBeLessThan(360);
  });

  it('writes pub-id DOIs and PMIDs for most references and follows the size options', () => {
    const w = walk(jatsArticle(2, 0).xml);
    expect(w.pubIds.doi).toBeGreaterThan(25);
    expect(w.pubIds.pmid).toBeGreaterThan(20);
    const small = jatsArticle(2, 0, { references: 12, callouts: 20 });
    expect(walk(small.xml).refs).toHaveLength(12);
    expect(callouts(small.xml).runs).toBe(20);
    expect(() => jatsArticle(2, 0, { references: 100, callouts: 20 })).toThrow(RangeError);
  });
});

describe('writeJatsCorpus', () => {
  it('writes each article as jatsArticle makes it, whatever else is written', async () => {
    const out = mkdtempSync(join(tmpdir(), 'eg-jats-'));
    const summary = await writeJatsCorpus({ articles: 3, seed: 5, out });
    expect(summary.files).toEqual([
      'article-00001.nxml',
      'article-00002.nxml',
      'article-00003.nxml',
    ]);
    expect(readFileSync(join(out, summary.files[2]!), 'utf8')).toBe(jatsArticle(5, 2).xml);
    expect(summary.references).toBe(120);
    expect(summary.callouts).toBe(180);
  });
});
