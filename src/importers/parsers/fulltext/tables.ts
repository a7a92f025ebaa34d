/**
 * Tables laid out as rows of cells, the same way for JATS (XHTML tables: `table`,
 * `thead|tbody|tfoot`, `tr`, `th|td`, `colspan`/`rowspan`) and TEI P5 (`table`, `row`,
 * `cell`, `role="label"`, `cols`/`rows`). Each cell is placed in its column, spans taken
 * into account, header rows are told apart from body rows, and each column gets the texts
 * of its header cells, so that a row citing a study can be read as "Header: value; …".
 */
import type { XmlElement } from './xml.js';

/** How one format writes a table. */
export interface TableShape {
  isRow(el: XmlElement): boolean;
  isCell(el: XmlElement): boolean;
  /** The element groups header rows (JATS `thead`). */
  isHead(el: XmlElement): boolean;
  /** The cell, or the row, is marked as a header (JATS `th`, TEI `role="label"`). */
  isHeader(el: XmlElement): boolean;
  /** Columns and rows a cell spans, as written (bounded here). */
  span(el: XmlElement): { cols: number; rows: number };
}

export interface PlacedCell {
  el: XmlElement;
  /** The first column the cell covers. */
  column: number;
}

export interface LaidRow {
  header: boolean;
  cells: PlacedCell[];
}

export interface LaidTable {
  rows: LaidRow[];
  /** Header texts of each column: the header rows' texts over it, top down. */
  headers: string[][];
}

/** Widest and tallest span honoured: a hostile `colspan="1000000"` must not cost a loop. */
const MAX_SPAN = 50;

const bounded = (n: number) => (Number.isInteger(n) && n > 1 ? Math.min(n, MAX_SPAN) : 1);

/** Rows of `table` in document order, each flagged when it sits in a header group. */
function rowsOf(table: XmlElement, shape: TableShape): { el: XmlElement; inHead: boolean }[] {
  const out: { el: XmlElement; inHead: boolean }[] = [];
  const walk = (e: XmlElement, inHead: boolean) => {
    for (const c of e.children) {
      if (typeof c === 'string') continue;
      if (shape.isRow(c)) out.push({ el: c, inHead });
      else if (!shape.isCell(c)) walk(c, inHead || shape.isHead(c));
    }
  };
  walk(table, false);
  return out;
}

/**
 * Lays out `table`. A row is a header row when it sits in a header group, is marked as
 * one, or, before any body row, holds header cells only. `text` gives a cell's text.
 */
export function layTable(
  table: XmlElement,
  shape: TableShape,
  text: (cell: XmlElement) => string,
): LaidTable {
  const rows: LaidRow[] = [];
  const parts: string[][] = [];
  // Column → index of the last row a cell spanning down from above still covers.
  const busyUntil: number[] = [];
  let bodySeen = false;
  rowsOf(table, shape).forEach(({ el, inHead }, r) => {
    const cells: PlacedCell[] = [];
    let column = 0;
    const found = el.children.filter(
      (c): c is XmlElement => typeof c !== 'string' && shape.isCell(c),
    );
    for (const cell of found) {
      while ((busyUntil[column] ?? -1) >= r) column++;
      const { cols, rows: down } = shape.span(cell);
      const [width, height] = [bounded(cols), bounded(down)];
      for (let k = 0; k < width; k++) busyUntil[column + k] = r + height - 1;
      cells.push({ el: cell, column });
      column += width;
    }
    const allHeaders = found.length > 0 && found.every((c) => shape.isHeader(c));
    const header = inHead || shape.isHeader(el) || (!bodySeen && allHeaders);
    if (!header) bodySeen = true;
    else {
      for (const { el: cell, column: at } of cells) {
        const t = text(cell);
        if (t === '') continue;
        for (let k = 0; k < bounded(shape.span(cell).cols); k++) {
          const list = (parts[at + k] ??= []);
          if (list[list.length - 1] !== t) list.push(t);
        }
      }
    }
    rows.push({ header, cells });
  });
  const headers = Array.from({ length: parts.length }, (_, i) => parts[i] ?? []);
  return { rows, headers };
}
