/**
 * JATS reader (JATS 1.0–1.3, NLM/PMC `.nxml`, publisher XML; https://jats.nlm.nih.gov):
 * `article/front/article-meta` gives the citing paper (its keywords: keywords.ts),
 * `back//ref-list/ref` the
 * reference list (ids from `pub-id`, `object-id` and DOI `ext-link`), and
 * `article/body` the paragraphs. A top-level `sec` maps to a Section by its
 * `sec-type`, else its title; subsections inherit it; paragraphs outside any
 * `sec` are OTHER. Figure and table captions, their permission lines ("reproduced
 * from …") and table rows (`tr`, headed by `thead` and leading `th` rows) are OTHER.
 * Appendices (`back//app`) are the authors' prose too: each maps by its title like a
 * top-level section. Sub-articles and responses (decision letters, author responses,
 * reviews) are other people's text about the article: their callouts count as `sub-article`.
 */
import type { AuthorRecord, PaperRecord } from '../../../domain/import-format.js';
import { orcid, pages } from '../values.js';
import { BodyWalker, captionLine, countIn, type Vocabulary } from './body.js';
import { IdSet, idKind } from './identifiers.js';
import { jatsTerms } from './keywords.js';
import type { Article, Reference } from './model.js';
import { personName, referencePaper, yearOf } from './papers.js';
import { jatsSection } from './sections.js';
import { child, elements, find, findAll, textOf, type XmlElement } from './xml.js';

const isBibr = (e: XmlElement) => e.name === 'xref' && e.attrs['ref-type'] === 'bibr';

const FLOATS = new Set([
  'fig',
  'fig-group',
  'table-wrap',
  'table-wrap-group',
  'supplementary-material',
  'media',
  'chem-struct-wrap',
]);
const SKIPS = new Set([
  'title',
  'label',
  'sec-meta',
  'inline-formula',
  'disp-formula',
  'disp-formula-group',
  'mml:math',
  'tex-math',
  'fn',
  'ref-list',
  'graphic',
  'inline-graphic',
  'preformat',
  'code',
  'object-id',
]);
const BLOCKS = new Set([
  'sec',
  'list',
  'list-item',
  'boxed-text',
  'disp-quote',
  'def-list',
  'def-item',
  'def',
  'statement',
  'speech',
  'verse-group',
  'glossary',
  'caption',
  'table-wrap-foot',
  'fn-group',
  'alternatives',
  'app',
  'app-group',
  'permissions',
  'license',
]);

const int = (v: string | undefined) => (v === undefined ? 1 : Number(v));

const vocabulary: Vocabulary = {
  cite: (el) =>
    isBibr(el)
      ? { rids: (el.attrs.rid ?? '').split(/\s+/).filter(Boolean), text: textOf(el) ?? '' }
      : null,
  kind: (el) => {
    if (el.name === 'p' || el.name === 'license-p') return 'paragraph';
    if (el.name === 'title') return 'heading';
    if (el.name === 'table') return 'table';
    if (FLOATS.has(el.name)) return 'float';
    if (SKIPS.has(el.name)) return 'skip';
    return BLOCKS.has(el.name) ? 'block' : 'inline';
  },
  footnoteMark: (el) => el.name === 'xref' && /fn$/.test(el.attrs['ref-type'] ?? ''),
  caption: (el) => {
    const caption = child(el, 'caption');
    return captionLine(
      textOf(child(el, 'label')),
      textOf(child(caption, 'title')) ?? textOf(child(caption, 'p')),
    );
  },
  table: {
    isRow: (el) => el.name === 'tr',
    isCell: (el) => el.name === 'td' || el.name === 'th',
    isHead: (el) => el.name === 'thead',
    isHeader: (el) => el.name === 'th',
    span: (el) => ({ cols: int(el.attrs.colspan), rows: int(el.attrs.rowspan) }),
  },
};

const isSubArticle = (e: XmlElement) => e.name === 'sub-article' || e.name === 'response';

function author(contrib: XmlElement): AuthorRecord | undefined {
  const name = child(contrib, 'name') ?? child(contrib, 'name-alternatives');
  const n = name?.name === 'name-alternatives' ? child(name, 'name') : name;
  const full = n
    ? personName(textOf(child(n, 'given-names')), textOf(child(n, 'surname')))
    : (textOf(child(contrib, 'string-name')) ?? textOf(child(contrib, 'collab')));
  if (!full) return undefined;
  const id = elements(contrib, 'contrib-id').find((e) =>
    /orcid/i.test(e.attrs['contrib-id-type'] ?? ''),
  );
  const o = orcid(textOf(id));
  return o ? { name: full, orcid: o } : { name: full };
}

const DATE_PREFERENCE = ['epub', 'pub', 'ppub', 'collection'];

function pubDate(meta: XmlElement): { year?: number; date?: string } {
  const dates = elements(meta, 'pub-date');
  const rank = (d: XmlElement) => {
    const i = DATE_PREFERENCE.indexOf(d.attrs['pub-type'] ?? d.attrs['date-type'] ?? '');
    return i < 0 ? DATE_PREFERENCE.length : i;
  };
  const best = [...dates].sort((a, b) => rank(a) - rank(b))[0];
  const year = yearOf(textOf(child(best, 'year')));
  if (!year || !best) return {};
  const parts = [String(year)];
  for (const f of ['month', 'day']) {
    const n = Number(textOf(child(best, f)));
    if (!Number.isInteger(n) || n < 1 || n > 31) break;
    parts.push(String(n).padStart(2, '0'));
  }
  return { year, date: parts.join('-') };
}

const SPACED = new Set(['p', 'title', 'sec', 'list-item', 'abstract']);

/** Text of a block with a space between its paragraphs and titles. */
function blockText(el: XmlElement | undefined): string | undefined {
  if (!el) return undefined;
  const parts: string[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (typeof c === 'string') parts.push(c);
      else if (c.name !== 'label' && c.name !== 'object-id') {
        walk(c);
        if (SPACED.has(c.name)) parts.push(' ');
      }
    }
  };
  walk(el);
  const s = parts.join('').replace(/\s+/g, ' ').trim();
  return s === '' ? undefined : s;
}

function citingPaper(root: XmlElement, warnings: string[]): PaperRecord {
  const front = child(root, 'front');
  const meta = child(front, 'article-meta');
  const journal = child(front, 'journal-meta');
  const ids = new IdSet();
  for (const e of elements(meta, 'article-id')) ids.add(idKind(e.attrs['pub-id-type']), textOf(e));
  if (ids.malformed > 0)
    warnings.push(`${ids.malformed} malformed identifier(s) of the article were dropped`);
  const authors = findAll(meta, (e) => e.name === 'contrib')
    .filter((c) => (c.attrs['contrib-type'] ?? 'author') === 'author')
    .map(author)
    .filter((a): a is AuthorRecord => a !== undefined);
  const journalName =
    textOf(find(journal, (e) => e.name === 'journal-title')) ??
    textOf(find(journal, (e) => e.name === 'abbrev-journal-title'));
  const issn = textOf(child(journal, 'issn'));
  const { year, date } = meta ? pubDate(meta) : {};
  const abstract =
    elements(meta, 'abstract').find((a) => !a.attrs['abstract-type']) ?? child(meta, 'abstract');
  const venue = journalName
    ? {
        name: journalName,
        ...(issn ? { issn } : {}),
        ...optional('volume', textOf(child(meta, 'volume'))),
        ...optional('issue', textOf(child(meta, 'issue'))),
        ...optional(
          'pages',
          pages(textOf(child(meta, 'fpage')), textOf(child(meta, 'lpage'))) ??
            textOf(child(meta, 'elocation-id')),
        ),
      }
    : undefined;
  return {
    ...ids.ref(),
    ...optional('title', textOf(find(meta, (e) => e.name === 'article-title'))),
    ...optional('abstract', blockText(abstract)),
    ...jatsTerms(meta),
    ...(year ? { year } : {}),
    ...optional('publicationDate', date),
    ...(authors.length > 0 ? { authors } : {}),
    ...(venue ? { venue } : {}),
    source: 'jats',
  };
}

function optional<K extends string>(key: K, value: string | undefined): { [k in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [k in K]?: string };
}

const CITATIONS = new Set(['element-citation', 'mixed-citation', 'citation', 'nlm-citation']);

function reference(ref: XmlElement): Reference {
  const cit =
    ref.children.find((c): c is XmlElement => typeof c !== 'string' && CITATIONS.has(c.name)) ??
    ref;
  const ids = new IdSet();
  for (const e of findAll(
    cit,
    (x) => x.name === 'pub-id' || x.name === 'object-id' || x.name === 'ext-link',
  )) {
    if (e.name !== 'ext-link') ids.add(idKind(e.attrs['pub-id-type']), textOf(e));
    // A link is an identifier only when it says so: typed "doi", or a doi.org address.
    else if (e.attrs['ext-link-type'] === 'doi') ids.add('doi', textOf(e));
    else if (/^https?:\/\/(dx\.)?doi\.org\/10\./i.test(e.attrs['xlink:href'] ?? ''))
      ids.add('doi', e.attrs['xlink:href']);
  }
  const kind = cit.attrs['publication-type'] ?? cit.attrs['citation-type'];
  const source = textOf(child(cit, 'source'));
  const title =
    textOf(child(cit, 'article-title')) ??
    textOf(child(cit, 'chapter-title')) ??
    (kind === 'journal' ? undefined : source);
  const group = elements(cit, 'person-group').find(
    (g) => (g.attrs['person-group-type'] ?? 'author') === 'author',
  );
  const first = find(
    group ?? cit,
    (e) => e.name === 'name' || e.name === 'string-name' || e.name === 'collab',
  );
  const name =
    first?.name === 'name'
      ? personName(textOf(child(first, 'given-names')), textOf(child(first, 'surname')))
      : textOf(first);
  const paper = referencePaper(
    ids,
    {
      title,
      year: yearOf(textOf(find(cit, (e) => e.name === 'year'))),
      ...(name ? { firstAuthor: { name } } : {}),
      journal: kind === 'journal' ? source : undefined,
    },
    'jats',
  );
  return {
    key: ref.attrs.id ?? '',
    ...optional('label', textOf(child(ref, 'label'))),
    ...(paper ? { paper } : {}),
    malformed: ids.malformed,
  };
}

/** Reads a parsed JATS document into the article model. */
export function readJats(root: XmlElement, warnings: string[]): Article {
  const back = child(root, 'back');
  const references = findAll(back, (e) => e.name === 'ref').map(reference);
  const body = child(root, 'body');
  const walker = new BodyWalker(vocabulary, isBibr);
  for (const c of body?.children ?? []) {
    if (typeof c === 'string') continue;
    if (c.name === 'sec')
      walker.blocks(c, jatsSection(c.attrs['sec-type'], textOf(child(c, 'title'))));
    else walker.block(c, 'OTHER');
  }
  const appendices = findAll(back, (e) => e.name === 'app');
  for (const app of appendices)
    walker.blocks(app, jatsSection(undefined, textOf(child(app, 'title'))));
  return {
    source: 'jats',
    paper: citingPaper(root, warnings),
    references,
    paragraphs: body || appendices.length > 0 ? walker.out : null,
    rows: walker.rows,
    calloutsInDocument: countIn(root, isBibr),
    calloutsInTables: walker.tables,
    calloutsInSubArticles: findAll(root, isSubArticle).reduce((n, e) => n + countIn(e, isBibr), 0),
  };
}
