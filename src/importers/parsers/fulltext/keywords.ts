/**
 * A full text's keywords and controlled terms. JATS (1.0–1.3) `article-meta/kwd-group/kwd`:
 * a group with no `kwd-group-type` or an author one ("author", "author-keywords",
 * "author-generated") holds the authors' keywords; a MeSH group ("MeSH", "mesh-terms")
 * holds topics; other typed groups (eLife's "research-organism", "abbreviations") are
 * neither and are left out. `compound-kwd` is not read. GROBID TEI
 * `profileDesc/textClass/keywords`: its `term`s, or its text split at `;` and `,` when
 * GROBID wrote a plain line; a `keywords` with a MeSH `scheme` gives topics.
 */
import type { PaperRecord } from '../../../domain/import-format.js';
import { isMesh, splitTerms, terms } from '../values.js';
import { child, elements, findAll, textOf, type XmlElement } from './xml.js';

type Terms = Pick<PaperRecord, 'keywords' | 'topics'>;

const AUTHOR_GROUP = /^author/i;

function only(keywords: string[], topics: string[]): Terms {
  const k = terms(keywords);
  const t = terms(topics);
  return { ...(k ? { keywords: k } : {}), ...(t ? { topics: t } : {}) };
}

/** The keywords and MeSH topics of a JATS `article-meta`. */
export function jatsTerms(meta: XmlElement | undefined): Terms {
  const keywords: string[] = [];
  const topics: string[] = [];
  for (const group of elements(meta, 'kwd-group')) {
    const type = group.attrs['kwd-group-type'];
    const into = isMesh(type)
      ? topics
      : type === undefined || AUTHOR_GROUP.test(type)
        ? keywords
        : null;
    if (!into) continue;
    for (const kwd of findAll(group, (e) => e.name === 'kwd')) {
      const term = textOf(kwd);
      if (term !== undefined) into.push(term);
    }
  }
  return only(keywords, topics);
}

/** The keywords and MeSH topics of a TEI `profileDesc`. */
export function teiTerms(profileDesc: XmlElement | undefined): Terms {
  const keywords: string[] = [];
  const topics: string[] = [];
  for (const list of elements(child(profileDesc, 'textClass'), 'keywords')) {
    const into = isMesh(list.attrs.scheme) ? topics : keywords;
    const items = elements(list, 'term');
    if (items.length === 0) into.push(...splitTerms(textOf(list)));
    for (const term of items) {
      const value = textOf(term);
      if (value !== undefined) into.push(value);
    }
  }
  return only(keywords, topics);
}
