/**
 * Citing units: what one statement's text is. In a paragraph it is a sentence, with
 * the sentences either side as context; in a table it is the row, its cells laid out
 * one by one (so a callout in one cell never forms a range with one in the next) and
 * joined as "Header: value; …" (a group heading spanning several columns said once,
 * at its first cell), with the table's label and caption as the context before.
 * Both keep the callouts as written, as statement texts always do.
 */
import type { Section } from '../../../domain/vocabulary.js';
import { expand, layout, type RefIndex } from './callouts.js';
import type { DropReason, Paragraph, TableRow } from './model.js';
import { splitSentences } from './sentences.js';

/** One statement's text, the reference indexes it cites in callout order, and its context. */
export interface Unit {
  text: string;
  refs: number[];
  section: Section;
  before?: string;
  after?: string;
}

/** Units of a paragraph or row, with the callouts read and those dropped while expanding. */
export interface Units {
  units: Unit[];
  callouts: number;
  dropped: Partial<Record<DropReason, number>>;
}

function tally(
  into: Partial<Record<DropReason, number>>,
  from: Partial<Record<DropReason, number>>,
) {
  for (const [reason, n] of Object.entries(from) as [DropReason, number][])
    into[reason] = (into[reason] ?? 0) + n;
}

/** The citing sentences of a paragraph. */
export function paragraphUnits(paragraph: Paragraph, index: RefIndex): Units {
  const out: Units = { units: [], callouts: 0, dropped: {} };
  const laid = layout(paragraph.pieces);
  if (laid.clusters.length === 0) return out;
  const { sentences, owners } = splitSentences(laid);
  // Sentence → reference indexes it cites, in callout order.
  const bySentence = new Map<number, number[]>();
  laid.clusters.forEach((cluster, k) => {
    out.callouts += cluster.callouts.length;
    const { refs, dropped } = expand(cluster, index);
    tally(out.dropped, dropped);
    const list = bySentence.get(owners[k]!) ?? [];
    list.push(...refs);
    bySentence.set(owners[k]!, list);
  });
  for (const [s, refs] of bySentence) {
    const unit: Unit = { text: sentences[s]!, refs, section: paragraph.section };
    if (sentences[s - 1]) unit.before = sentences[s - 1];
    if (sentences[s + 1]) unit.after = sentences[s + 1];
    out.units.push(unit);
  }
  return out;
}

/** A citing table row as one unit. */
export function rowUnits(row: TableRow, index: RefIndex): Units {
  const out: Units = { units: [], callouts: 0, dropped: {} };
  const parts: string[] = [];
  const refs: number[] = [];
  let shown: string[] = [];
  for (const cell of row.cells) {
    const laid = layout(cell.pieces);
    const text = laid.text.trim();
    if (text === '') continue;
    // Header texts the cell before already showed (a spanning group heading) are not repeated.
    const header = cell.header ?? [];
    let same = 0;
    while (same < header.length - 1 && header[same] === shown[same]) same++;
    const label = header.slice(same).join(' – ');
    parts.push(label && label !== text ? `${label}: ${text}` : text);
    shown = header;
    for (const cluster of laid.clusters) {
      out.callouts += cluster.callouts.length;
      const got = expand(cluster, index);
      tally(out.dropped, got.dropped);
      refs.push(...got.refs);
    }
  }
  if (out.callouts === 0) return out;
  const unit: Unit = { text: parts.join('; '), refs, section: row.section };
  if (row.caption) unit.before = row.caption;
  out.units.push(unit);
  return out;
}
