/**
 * Body walking shared by the JATS and TEI readers: paragraphs become text and
 * callout pieces, inline formatting is read through (a callout nested in
 * italic or superscript counts), formulas are left out, and block elements
 * found inside a paragraph (a figure, a list) are taken out and walked after
 * it, so a caption never splits a sentence. A table's rows that cite become
 * TableRows (tables.ts lays the table out), with the label and caption of the float
 * around them. Each reader says what its element names mean through a Vocabulary.
 */
import type { Section } from '../../../domain/vocabulary.js';
import type { Cite, Paragraph, Piece, TableRow } from './model.js';
import { layTable, type TableShape } from './tables.js';
import type { XmlElement } from './xml.js';

/** How one format's elements read. */
export interface Vocabulary {
  /** The element is an in-text citation of the reference list; its ids, or null. */
  cite(el: XmlElement): Cite | null;
  /** What an element is when met in body flow. */
  kind(el: XmlElement): 'paragraph' | 'heading' | 'float' | 'table' | 'skip' | 'block' | 'inline';
  /** A float's label and caption title, read as one line ("Table 1. Included studies"). */
  caption(float: XmlElement): string | undefined;
  /** The element is a footnote mark (JATS `xref` to a footnote, TEI `ref type="foot"`). */
  footnoteMark(el: XmlElement): boolean;
  table: TableShape;
}

/** Joins a float's label and caption title: "Table 1" + "Included studies". */
export function captionLine(
  label: string | undefined,
  title: string | undefined,
): string | undefined {
  if (!label || !title) return label ?? title;
  return /[.:]$/.test(label) ? `${label} ${title}` : `${label}. ${title}`;
}

/**
 * Walks body content: paragraphs into `out`, citing table rows into `rows`, callouts in
 * tables but in no row counted in `tables`.
 */
export class BodyWalker {
  readonly out: Paragraph[] = [];
  readonly rows: TableRow[] = [];
  tables = 0;
  /** The caption line of the float being walked. */
  private caption: string | undefined;

  constructor(
    private readonly vocab: Vocabulary,
    private readonly isCite: (el: XmlElement) => boolean,
  ) {}

  /** Walks the children of `el` as block content of `section` (of a figure or table: `inFloat`). */
  blocks(el: XmlElement, section: Section, inFloat = false): void {
    for (const c of el.children) if (typeof c !== 'string') this.block(c, section, inFloat);
  }

  /**
   * One block element met in body flow. Headings are not prose and are passed
   * over, except a caption's title, which is a sentence like the caption's others.
   */
  block(el: XmlElement, section: Section, inFloat = false): void {
    switch (this.vocab.kind(el)) {
      case 'paragraph':
        this.paragraph(el, section);
        return;
      case 'heading':
        if (inFloat) this.paragraph(el, section);
        return;
      case 'float': {
        const outer = this.caption;
        this.caption = this.vocab.caption(el) ?? outer;
        this.blocks(el, 'OTHER', true);
        this.caption = outer;
        return;
      }
      case 'table':
        this.table(el, section);
        return;
      case 'skip':
        return;
      default:
        this.blocks(el, section, inFloat);
    }
  }

  /** A paragraph: its text and callouts, then any block elements it held. */
  paragraph(el: XmlElement, section: Section): void {
    const pieces: Piece[] = [];
    const deferred: XmlElement[] = [];
    const inline = (e: XmlElement) => {
      for (const c of e.children) {
        if (typeof c === 'string') {
          pieces.push(c);
          continue;
        }
        const cite = this.vocab.cite(c);
        if (cite) {
          pieces.push(cite);
          continue;
        }
        const kind = this.vocab.kind(c);
        if (kind === 'skip') continue;
        if (kind === 'inline') inline(c);
        else deferred.push(c);
      }
    };
    inline(el);
    if (pieces.some((p) => typeof p !== 'string')) this.out.push({ section, pieces });
    for (const d of deferred) this.block(d, section);
  }

  /**
   * A table: each row holding a callout becomes a TableRow of its cells, a body cell
   * headed by its column's header text (a header row's cells are their own headers).
   * Callouts in the table but in no cell are counted as `tables`.
   */
  table(el: XmlElement, section: Section): void {
    // A header's footnote marks ("Dose*") are left out: they would repeat in every row.
    const text = (cell: XmlElement) =>
      this.cellPieces(cell, true)
        .map((p) => (typeof p === 'string' ? p : p.text))
        .join('')
        .replace(/\s+/g, ' ')
        .trim();
    const laid = layTable(el, this.vocab.table, text);
    let inRows = 0;
    for (const row of laid.rows) {
      const n = row.cells.reduce((sum, c) => sum + countIn(c.el, this.isCite), 0);
      if (n === 0) continue;
      inRows += n;
      const cells = row.cells.map(({ el: cell, column }) => {
        const header = row.header ? [] : (laid.headers[column] ?? []);
        return { ...(header.length > 0 ? { header } : {}), pieces: this.cellPieces(cell) };
      });
      this.rows.push({ section, cells, ...(this.caption ? { caption: this.caption } : {}) });
    }
    this.tables += countIn(el, this.isCite) - inRows;
  }

  /** A cell's text and callouts in order, its paragraphs and line breaks spaced apart. */
  private cellPieces(cell: XmlElement, noMarks = false): Piece[] {
    const pieces: Piece[] = [];
    const walk = (e: XmlElement) => {
      for (const c of e.children) {
        if (typeof c === 'string') {
          pieces.push(c);
          continue;
        }
        const cite = this.vocab.cite(c);
        if (cite) {
          pieces.push(cite);
          continue;
        }
        const kind = this.vocab.kind(c);
        if (kind === 'skip' || (noMarks && this.vocab.footnoteMark(c))) continue;
        if (kind !== 'inline' || c.children.length === 0) pieces.push(' ');
        walk(c);
        if (kind !== 'inline') pieces.push(' ');
      }
    };
    walk(cell);
    return pieces;
  }
}

/** Number of elements below `el` (itself included) for which `test` holds. */
export function countIn(el: XmlElement, test: (e: XmlElement) => boolean): number {
  let n = test(el) ? 1 : 0;
  for (const c of el.children) if (typeof c !== 'string') n += countIn(c, test);
  return n;
}
