/**
 * The full-text parsers: one JATS or GROBID TEI article per file becomes an
 * import batch (article.ts). The whole file fails with a ParseError when its
 * XML is unsafe or malformed (xml.ts) or it is not an article of the format; an
 * article that names no work (no identifier, no title) or breaks a field limit
 * is a rejection, so nothing is written from it.
 */
import { emptyBatch } from '../../../domain/import-format.js';
import { ParseError } from '../errors.js';
import { checkPaperLimits } from '../limits.js';
import type { ParseOptions, ParseResult } from '../result.js';
import { noReferences, toRejection } from '../result.js';
import { addArticle } from './article.js';
import { readJats } from './jats.js';
import type { Article } from './model.js';
import { readTei } from './tei.js';
import { localName, parseXml, type XmlElement } from './xml.js';

export { DROP_REASONS, type DropReason } from './model.js';

const NO_IDENTITY = 'the article has no DOI, PMID, PMCID or title to identify it by';

function parseArticle(
  text: string,
  options: ParseOptions,
  root: string,
  read: (root: XmlElement, warnings: string[]) => Article,
): ParseResult {
  const { file } = options;
  const doc = parseXml(text, file);
  if (localName(doc) !== root) {
    throw new ParseError(file, `expected a <${root}> document, found <${doc.name}>`);
  }
  const notes: string[] = [];
  const article = read(doc, notes);
  const batch = emptyBatch();
  const { paper } = article;
  try {
    if (!paper.doi && !paper.pmid && !paper.pmcid && !paper.title) throw new Error(NO_IDENTITY);
    checkPaperLimits(paper);
  } catch (err) {
    return {
      batch,
      rejects: [toRejection(file, { index: 0 }, err, { title: paper.title })],
      read: 1,
      references: noReferences(),
    };
  }
  const got = addArticle(article, batch, file);
  const warnings = [...notes.map((n) => `${file}: ${n}`), ...got.warnings];
  return {
    batch,
    rejects: [],
    read: 1,
    references: got.references,
    dropped: got.dropped as Record<string, number>,
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}

/** Parses one JATS article (root `<article>`); statements carry source 'jats'. */
export function parseJats(text: string, options: ParseOptions): ParseResult {
  return parseArticle(text, options, 'article', readJats);
}

/** Parses one GROBID TEI document (root `<TEI>`); statements carry source 'tei'. */
export function parseTei(text: string, options: ParseOptions): ParseResult {
  return parseArticle(text, options, 'TEI', readTei);
}
