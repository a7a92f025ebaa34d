/**
 * In-text citation callouts of a generated JATS article: which references each
 * callout cites, in document order, and how it is written. References are
 * numbered by first appearance (Vancouver style), so ranges such as [4]–[7]
 * span consecutive entries of the reference list, as a parser expanding them
 * through the list's order expects. Every reference is cited at least once.
 */
import type { Random } from './prng.js';

/** How a callout is written. */
export type CalloutKind = 'single' | 'group' | 'range';

/** One callout: the reference numbers it cites (1-based, expanded, ascending) and its kind. */
export interface Callout {
  kind: CalloutKind;
  refs: number[];
  /** Placed after the sentence's full stop ("… done.[3] Next …") rather than before it. */
  trailing: boolean;
}

/** Share of callouts placed after the full stop. */
const TRAILING_SHARE = 0.2;

const distinctSorted = (xs: number[]) => [...new Set(xs)].sort((a, b) => a - b);

/** Plans `count` callouts over `references` references (count must be ≥ references / 4). */
export function planCallouts(random: Random, references: number, count: number): Callout[] {
  const out: Callout[] = [];
  let introduced = 0;
  for (let k = 0; k < count; k += 1) {
    const fresh = references - introduced;
    const left = count - k;
    const introduce = fresh > 0 && (introduced === 0 || fresh >= left || random.chance(0.6));
    let callout: Omit<Callout, 'trailing'>;
    if (introduce) {
      callout = introduceNew(random, introduced, fresh, left === 1);
      introduced += callout.refs.filter((r) => r > introduced).length;
    } else {
      callout = citeAgain(random, introduced);
    }
    out.push({ ...callout, trailing: random.chance(TRAILING_SHARE) });
  }
  return out;
}

/** A callout that cites the next never-cited references (and in a group perhaps an old one). */
function introduceNew(
  random: Random,
  introduced: number,
  fresh: number,
  last: boolean,
): Omit<Callout, 'trailing'> {
  const next = introduced + 1;
  const span = (n: number) => Array.from({ length: n }, (_, j) => next + j);
  const kind: CalloutKind = last
    ? fresh >= 3
      ? 'range'
      : fresh === 2
        ? 'group'
        : 'single'
    : random.weighted([
        ['single', 60],
        ['range', fresh >= 3 ? 20 : 0],
        ['group', fresh >= 2 || introduced > 0 ? 20 : 0],
      ] as const);
  if (kind === 'range')
    return { kind, refs: span(last ? fresh : Math.min(fresh, 3 + random.int(3))) };
  if (kind === 'single') return { kind, refs: [next] };
  const news = span(last ? fresh : Math.min(fresh, introduced > 0 ? 1 + random.int(2) : 2));
  const old =
    introduced > 0 && (news.length < 2 || random.chance(0.5)) ? [1 + random.int(introduced)] : [];
  return { kind, refs: distinctSorted([...old, ...news]) };
}

/** A callout that cites references already cited earlier. */
function citeAgain(random: Random, introduced: number): Omit<Callout, 'trailing'> {
  const kind = random.weighted([
    ['single', 65],
    ['group', introduced >= 3 ? 25 : 0],
    ['range', introduced >= 4 ? 10 : 0],
  ] as const);
  if (kind === 'single') return { kind, refs: [1 + random.int(introduced)] };
  if (kind === 'range') {
    const n = 3 + random.int(2);
    const start = 1 + random.int(introduced - n + 1);
    return { kind, refs: Array.from({ length: n }, (_, j) => start + j) };
  }
  const picks = Array.from({ length: 2 + random.int(2) }, () => 1 + random.int(introduced));
  let refs = distinctSorted(picks);
  if (refs.length < 2) refs = distinctSorted([refs[0]!, (refs[0]! % introduced) + 1]);
  return { kind, refs };
}

const xref = (n: number) => `<xref ref-type="bibr" rid="R${n}">${n}</xref>`;

/**
 * The callout as JATS markup: numeric in square brackets, or in superscript
 * (an xref nested in formatting). A range is either two bracketed xrefs joined
 * by an en dash, [4]–[7], or one bracket around both, [4–7]. Returns the
 * markup and its number of xref elements.
 */
export function renderCallout(
  random: Random,
  callout: Callout,
  style: 'bracket' | 'superscript',
): { xml: string; xrefs: number } {
  const { refs, kind } = callout;
  const first = refs[0]!;
  const lastRef = refs[refs.length - 1]!;
  if (kind === 'range') {
    const inner = `${xref(first)}–${xref(lastRef)}`;
    if (style === 'superscript') return { xml: `<sup>${inner}</sup>`, xrefs: 2 };
    const split = random.chance(0.5);
    return { xml: split ? `[${xref(first)}]–[${xref(lastRef)}]` : `[${inner}]`, xrefs: 2 };
  }
  const inner = refs.map(xref).join(',');
  return {
    xml: style === 'superscript' ? `<sup>${inner}</sup>` : `[${inner}]`,
    xrefs: refs.length,
  };
}
