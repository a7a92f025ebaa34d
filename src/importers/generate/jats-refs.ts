/**
 * Reference-list entries of generated JATS articles. Each entry points at one
 * work of a shared pool of cited works, drawn with a heavy head (a few works
 * are cited by many articles, as in real literature), so importing many
 * articles converges on the same cited papers. A pool work looks the same
 * wherever it is cited: its identifiers, title, authors and year come from its
 * own seeded stream. Most entries carry a DOI and/or PMID `pub-id`; a few carry
 * none and can only become stubs.
 */
import { seededRandom, type Random } from './prng.js';
import { surname, titleWords } from './jats-prose.js';

/** Works that generated articles cite, per seed. */
export const CITED_POOL = 50_000;
/** Share of entries without any identifier. */
export const UNIDENTIFIED_SHARE = 0.075;

/** Mixes a seed and an index into one 32-bit seed. */
export const mix = (seed: number, i: number) =>
  (Math.imul(seed ^ 0x5bd1e995, 0x9e3779b1) ^ Math.imul(i + 1, 0x85ebca6b)) | 0;

/** PMIDs of one seed: pool works from the base, articles from base + 500,000. */
export const pmidBase = (seed: number) => 1_000_000 * (1 + (Math.abs(seed) % 89));

/** The DOI of pool work `r` of `seed` (10.5555 is the test prefix). */
export const pooledDoi = (seed: number, r: number) => `10.5555/eg.cited.${seed}.${r + 1}`;

/** Which identifiers one entry carries. */
type Ids = 'doi+pmid' | 'doi' | 'pmid' | 'none';

/** Draws `count` distinct pool works for one article, heavy-headed (u³ over the pool). */
export function pickCited(random: Random, count: number): number[] {
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(Math.floor(CITED_POOL * random.next() ** 3));
  return [...chosen];
}

/** Which entries (0-based) carry no identifier: round(count × share) of them, at least one. */
export function unidentified(random: Random, count: number): Set<number> {
  const n = Math.max(1, Math.round(count * UNIDENTIFIED_SHARE));
  const out = new Set<number>();
  while (out.size < Math.min(n, count)) out.add(random.int(count));
  return out;
}

/** One `<ref>` element: label `n`, pointing at pool work `r`. */
export function refXml(seed: number, n: number, r: number, ids: Ids): string {
  const w = seededRandom(mix(seed ^ 0x27d4eb2f, r));
  const authors = 1 + w.int(6);
  let names = '';
  for (let a = 0; a < Math.min(authors, 4); a += 1) {
    const initials =
      String.fromCharCode(65 + w.int(26)) +
      (w.chance(0.5) ? String.fromCharCode(65 + w.int(26)) : '');
    names += `<name><surname>${surname(w)}</surname><given-names>${initials}</given-names></name>`;
  }
  if (authors > 4) names += '<etal/>';
  const year = 1980 + w.int(44);
  const volume = 1 + w.int(120);
  const fpage = 1 + w.int(900);
  const title = titleWords(w, 6 + w.int(8));
  const source = `${titleWords(w, 2)} Journal`;
  let pubIds = '';
  if (ids === 'doi+pmid' || ids === 'doi')
    pubIds += `<pub-id pub-id-type="doi">${pooledDoi(seed, r)}</pub-id>`;
  if (ids === 'doi+pmid' || ids === 'pmid')
    pubIds += `<pub-id pub-id-type="pmid">${pmidBase(seed) + r}</pub-id>`;
  return (
    `<ref id="R${n}"><label>${n}</label><element-citation publication-type="journal">` +
    `<person-group person-group-type="author">${names}</person-group>` +
    `<article-title>${title}</article-title><source>${source}</source><year>${year}</year>` +
    `<volume>${volume}</volume><fpage>${fpage}</fpage><lpage>${fpage + 1 + w.int(20)}</lpage>` +
    `${pubIds}</element-citation></ref>\n`
  );
}

/** The identifier mix of an identified entry: mostly both, some DOI or PMID alone. */
export function identifiedIds(random: Random): Ids {
  return random.weighted([
    ['doi+pmid', 65],
    ['doi', 22],
    ['pmid', 13],
  ] as const);
}
