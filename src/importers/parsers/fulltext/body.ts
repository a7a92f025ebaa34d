/**
 * Body walking shared by the JATS and TEI readers: paragraphs become text and
 * callout pieces, inline formatting is read through (a callout nested in
 * italic or superscript counts), formulas are left out, and block elements
 * found inside a paragraph (a figure, a list) are taken out and walked after
 * it, so a caption never splits a sentence. Each reader says what its element
 * names mean through a Vocabulary.
 */
import type { Section } from '../../../domain/vocabulary.js';
import type { Cite, Paragraph, Piece } from './model.js';
import type { XmlElement } from './xml.js';

/** How one format's elements read. */
export interface Vocabulary {
  /** The element is an in-text citation of the reference list; its ids, or null. */
  cite(el: XmlElement): Cite | null;
  /** What an element is when met in body flow. */
  kind(el: XmlElement): 'paragraph' | 'heading' | 'float' | 'table' | 'skip' | 'block' | 'inline';
}

/** Walks body content: paragraphs into `out`, callouts in tables counted in `tables`. */
export class BodyWalker {
  readonly out: Paragraph[] = [];
  tables = 0;

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
      case 'float':
        this.blocks(el, 'OTHER', true);
        return;
      case 'table':
        this.tables += countIn(el, this.isCite);
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
}

/** Number of elements below `el` (itself included) for which `test` holds. */
export function countIn(el: XmlElement, test: (e: XmlElement) => boolean): number {
  let n = test(el) ? 1 : 0;
  for (const c of el.children) if (typeof c !== 'string') n += countIn(c, test);
  return n;
}
