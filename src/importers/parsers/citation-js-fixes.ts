/**
 * Corrections to what Citation.js makes of real exports, applied to each CSL
 * item it returns, with the entry's source text at hand:
 *
 * - RIS `TI` is the title and `TT` its translation (RIS specification, 2011; SciELO
 *   writes both). Citation.js then makes TT the CSL title and TI the original title;
 *   the record keeps TI. The translation is not stored: a paper has one title.
 * - RIS `PY` is the year. Citation.js lets a `DA` it misreads ("Jun 23") replace it.
 * - RIS from PubMed records (EndNote and others: `DP  - NLM` or `DB  - PubMed`) carries
 *   the PMID in `AN`, which Citation.js does not map.
 * - RIS `KW` is one keyword per line; Citation.js joins the lines with commas, which
 *   splits a keyword holding a comma. The item gets the lines themselves, as a list.
 * - BibTeX titles and venues come out as plain text (see latex.ts), and `and others`
 *   (et al.) is not an author.
 */
import { plainText } from './latex.js';
import { isObject } from './values.js';

type Item = Record<string, unknown>;

const tag = (text: string, name: string): string | undefined =>
  new RegExp(`^${name} {2}- (.*\\S)`, 'm').exec(text)?.[1]?.trim();

function risTitle(item: Item, text: string): Item {
  const primary = tag(text, 'TI') ?? tag(text, 'T1');
  if (primary === undefined || tag(text, 'TT') === undefined) return item;
  const { 'original-title': _original, ...rest } = item;
  return { ...rest, title: primary };
}

function risYear(item: Item, text: string): Item {
  const year = /^(\d{4})\b/.exec(tag(text, 'PY') ?? '')?.[1];
  const issued = isObject(item.issued) ? item.issued['date-parts'] : undefined;
  const first = Array.isArray(issued) && Array.isArray(issued[0]) ? issued[0][0] : undefined;
  if (year === undefined || Number(first) === Number(year)) return item;
  return { ...item, issued: { 'date-parts': [[Number(year)]] } };
}

function risPmid(item: Item, text: string): Item {
  const fromPubmed = tag(text, 'DP') === 'NLM' || /^(PubMed|MEDLINE)$/i.test(tag(text, 'DB') ?? '');
  const an = tag(text, 'AN');
  if (!fromPubmed || an === undefined || !/^\d{1,10}$/.test(an) || item.PMID !== undefined)
    return item;
  return { ...item, PMID: an };
}

function risKeywords(item: Item, text: string): Item {
  const lines = [...text.matchAll(/^KW {2}- (.*\S)/gm)].map((m) => m[1]!.trim());
  return lines.length > 0 ? { ...item, keyword: lines } : item;
}

/** A CSL item from a RIS entry `text`, corrected as the module comment says. */
export function fixRisItem(item: unknown, text: string): unknown {
  if (!isObject(item)) return item;
  return risKeywords(risPmid(risYear(risTitle(item, text), text), text), text);
}

const isOthers = (a: unknown): boolean =>
  isObject(a) && [a.literal, a.family].some((n) => typeof n === 'string' && n === 'others');

/** A CSL item from a BibTeX entry, corrected as the module comment says. */
export function fixBibtexItem(item: unknown): unknown {
  if (!isObject(item)) return item;
  const out: Item = { ...item };
  for (const key of ['title', 'container-title'])
    if (typeof out[key] === 'string') out[key] = plainText(out[key]);
  if (Array.isArray(out.author)) out.author = out.author.filter((a) => !isOthers(a));
  return out;
}
