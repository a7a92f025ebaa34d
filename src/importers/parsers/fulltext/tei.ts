/**
 * GROBID TEI reader (https://grobid.readthedocs.io/en/latest/TEI-encoding-of-results/):
 * `teiHeader` gives the citing paper (title, `sourceDesc/biblStruct` authors,
 * identifiers, journal and imprint; `profileDesc` abstract and keywords, keywords.ts), `back//listBibl/biblStruct`
 * the reference list (`idno type="DOI|PMID|PMCID"`), and `text/body` the
 * paragraphs. GROBID flattens sections into sibling `div`s, so a div whose head
 * names no section carries the last mapped one forward, unless its head is
 * numbered as a top-level section (`n="3"`), which starts OTHER. Callouts are
 * `ref type="bibr" target="#b3"`; one without target is dropped as `no-target`.
 * Figure captions (`head`, `figDesc`) and table rows (`row`/`cell`, headers marked
 * `role="label"`) are OTHER; annexes (`back/div type="annex"`) are read like the body.
 */
import type { AuthorRecord, PaperRecord } from '../../../domain/import-format.js';
import type { Section } from '../../../domain/vocabulary.js';
import { orcid, pages } from '../values.js';
import { BodyWalker, captionLine, countIn, type Vocabulary } from './body.js';
import { IdSet, idKind } from './identifiers.js';
import { teiTerms } from './keywords.js';
import type { Article, Reference } from './model.js';
import { personName, referencePaper, yearOf } from './papers.js';
import { sectionOf } from './sections.js';
import { child, elements, find, findAll, textOf, type XmlElement } from './xml.js';

const isBibr = (e: XmlElement) => e.name === 'ref' && e.attrs.type === 'bibr';

const KINDS: Record<string, ReturnType<Vocabulary['kind']>> = {
  p: 'paragraph',
  note: 'paragraph',
  item: 'paragraph',
  figDesc: 'paragraph',
  head: 'heading',
  figure: 'float',
  table: 'table',
  formula: 'skip',
  label: 'skip',
  graphic: 'skip',
  div: 'block',
  list: 'block',
};

const int = (v: string | undefined) => (v === undefined ? 1 : Number(v));

const vocabulary: Vocabulary = {
  cite: (el) => {
    if (!isBibr(el)) return null;
    const rids = (el.attrs.target ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((t) => t.replace(/^#/, ''));
    return { rids, text: textOf(el) ?? '' };
  },
  kind: (el) => KINDS[el.name] ?? 'inline',
  footnoteMark: (el) => el.name === 'ref' && el.attrs.type === 'foot',
  caption: (el) => captionLine(textOf(child(el, 'head')), textOf(child(el, 'figDesc'))),
  table: {
    isRow: (el) => el.name === 'row',
    isCell: (el) => el.name === 'cell',
    isHead: () => false,
    isHeader: (el) => el.attrs.role === 'label',
    span: (el) => ({ cols: int(el.attrs.cols), rows: int(el.attrs.rows) }),
  },
};

function persName(el: XmlElement | undefined): string | undefined {
  const p = el?.name === 'persName' ? el : child(el, 'persName');
  if (!p) return undefined;
  const given = elements(p, 'forename').map(textOf).filter(Boolean).join(' ');
  return personName(given || undefined, textOf(child(p, 'surname')));
}

function authorsOf(el: XmlElement | undefined): AuthorRecord[] {
  const out: AuthorRecord[] = [];
  for (const a of elements(el, 'author')) {
    const name = persName(a);
    if (!name) continue;
    const o = orcid(textOf(elements(a, 'idno').find((i) => /orcid/i.test(i.attrs.type ?? ''))));
    out.push(o ? { name, orcid: o } : { name });
  }
  return out;
}

function idsOf(bibl: XmlElement | undefined): IdSet {
  const ids = new IdSet();
  for (const part of [child(bibl, 'analytic'), child(bibl, 'monogr'), bibl]) {
    for (const e of elements(part, 'idno')) ids.add(idKind(e.attrs.type), textOf(e));
  }
  return ids;
}

function dateOf(el: XmlElement | undefined): string | undefined {
  const when = el?.attrs.when ?? textOf(el);
  return when && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(when) ? when : undefined;
}

function scope(imprint: XmlElement | undefined, unit: string): string | undefined {
  const s = elements(imprint, 'biblScope').find((b) => b.attrs.unit === unit);
  if (!s) return undefined;
  return unit === 'page' && s.attrs.from ? pages(s.attrs.from, s.attrs.to) : textOf(s);
}

function citingPaper(root: XmlElement, warnings: string[]): PaperRecord {
  const header = child(root, 'teiHeader');
  const desc = child(header, 'fileDesc');
  const bibl = child(child(desc, 'sourceDesc'), 'biblStruct');
  const ids = idsOf(bibl);
  if (ids.malformed > 0)
    warnings.push(`${ids.malformed} malformed identifier(s) of the article were dropped`);
  const monogr = child(bibl, 'monogr');
  const imprint = child(monogr, 'imprint');
  const title =
    textOf(child(child(desc, 'titleStmt'), 'title')) ??
    textOf(child(child(bibl, 'analytic'), 'title'));
  const date =
    dateOf(find(child(desc, 'publicationStmt'), (e) => e.name === 'date')) ??
    dateOf(child(imprint, 'date'));
  const journal = textOf(elements(monogr, 'title').find((t) => t.attrs.level === 'j'));
  const issn = textOf(elements(monogr, 'idno').find((i) => /^issn/i.test(i.attrs.type ?? '')));
  const authors = authorsOf(child(bibl, 'analytic'));
  const profile = child(header, 'profileDesc');
  const abstract = textOf(child(profile, 'abstract'));
  const volume = scope(imprint, 'volume');
  const issue = scope(imprint, 'issue');
  const pageRange = scope(imprint, 'page');
  return {
    ...ids.ref(),
    ...(title ? { title } : {}),
    ...(abstract ? { abstract } : {}),
    ...teiTerms(profile),
    ...(date ? { year: Number(date.slice(0, 4)), publicationDate: date } : {}),
    ...(authors.length > 0 ? { authors } : {}),
    ...(journal
      ? {
          venue: {
            name: journal,
            ...(issn ? { issn } : {}),
            ...(volume ? { volume } : {}),
            ...(issue ? { issue } : {}),
            ...(pageRange ? { pages: pageRange } : {}),
          },
        }
      : {}),
    source: 'tei',
  };
}

function reference(bibl: XmlElement): Reference {
  const ids = idsOf(bibl);
  const analytic = child(bibl, 'analytic');
  const monogr = child(bibl, 'monogr');
  const titled = (el: XmlElement | undefined, level: string) =>
    textOf(elements(el, 'title').find((t) => (t.attrs.level ?? level) === level));
  const title = titled(analytic, 'a') ?? titled(monogr, 'm');
  const first = persName(child(analytic, 'author') ?? child(monogr, 'author'));
  const date = child(child(monogr, 'imprint'), 'date');
  const paper = referencePaper(
    ids,
    {
      title,
      year: yearOf(date?.attrs.when ?? textOf(date)),
      ...(first ? { firstAuthor: { name: first } } : {}),
      journal: titled(monogr, 'j'),
    },
    'tei',
  );
  return { key: bibl.attrs['xml:id'] ?? '', ...(paper ? { paper } : {}), malformed: ids.malformed };
}

/** Walks GROBID's body divs, carrying the last mapped heading forward. */
function walkBody(body: XmlElement, walker: BodyWalker): void {
  let current: Section = 'OTHER';
  const divs = (el: XmlElement) => {
    for (const c of el.children) {
      if (typeof c === 'string') continue;
      if (c.name !== 'div') {
        walker.block(c, current);
        continue;
      }
      const head = child(c, 'head');
      const mapped = sectionOf(textOf(head));
      const n = head?.attrs.n;
      if (mapped) current = mapped;
      else if (n !== undefined && /^[\dIVXivx]+\.?$/.test(n)) current = 'OTHER';
      divs(c);
    }
  };
  divs(body);
}

/** Reads a parsed GROBID TEI document into the article model. */
export function readTei(root: XmlElement, warnings: string[]): Article {
  const text = child(root, 'text');
  const back = child(text, 'back');
  const references = findAll(back, (e) => e.name === 'biblStruct').map(reference);
  const body = child(text, 'body');
  const hasBody = body !== undefined && body.children.some((c) => typeof c !== 'string');
  const walker = new BodyWalker(vocabulary, isBibr);
  if (hasBody) walkBody(body, walker);
  const annexes = findAll(back, (e) => e.name === 'div' && e.attrs.type === 'annex');
  for (const annex of annexes) walkBody(annex, walker);
  return {
    source: 'tei',
    paper: citingPaper(root, warnings),
    references,
    paragraphs: hasBody || annexes.length > 0 ? walker.out : null,
    rows: walker.rows,
    calloutsInDocument: countIn(root, isBibr),
    calloutsInTables: walker.tables,
    calloutsInSubArticles: 0,
  };
}
