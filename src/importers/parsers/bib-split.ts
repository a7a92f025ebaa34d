/**
 * Splitting BibTeX and RIS files into entries so that each entry is parsed on its
 * own and one bad entry costs one rejection. BibTeX entries start at `@type{` or
 * `@type(` (BibTeX 0.99 / biblatex); RIS entries run from `TY  -` to `ER  -`
 * (RIS format specification, Research Information Systems, 2011).
 */

/** One entry's text and the 1-based line where it starts. */
export interface Entry {
  line: number;
  text: string;
  /** Set when the entry is structurally broken before any field is read. */
  error?: string;
}

const BIB_START = /^\s*@\s*([A-Za-z]+)\s*[{(]/;

/**
 * BibTeX entries, skipping @comment and @preamble. @string macros are prepended
 * to every entry so that abbreviations still resolve when entries are parsed alone.
 */
export function splitBibtex(text: string): { entries: Entry[]; strings: string } {
  const lines = text.split('\n');
  const blocks: { line: number; type: string; lines: string[] }[] = [];
  lines.forEach((l, i) => {
    const m = BIB_START.exec(l);
    if (m) blocks.push({ line: i + 1, type: (m[1] ?? '').toLowerCase(), lines: [l] });
    else blocks.at(-1)?.lines.push(l);
  });
  const strings = blocks
    .filter((b) => b.type === 'string')
    .map((b) => b.lines.join('\n'))
    .join('\n');
  const entries = blocks
    .filter((b) => !['string', 'comment', 'preamble'].includes(b.type))
    .map((b) => ({ line: b.line, text: b.lines.join('\n').trimEnd() }));
  return { entries, strings };
}

const RIS_TAG = /^([A-Z][A-Z0-9]) {2}-(?: |$)/;
const UNTERMINATED = 'entry is not terminated by "ER  -"';

/** RIS entries; an entry without `ER  -`, or lines outside any entry, carry an error. */
export function splitRis(text: string): Entry[] {
  const entries: Entry[] = [];
  let current: Entry | undefined;
  // An entry keeps the first error found in it.
  const close = (error?: string): void => {
    const e = current?.error ?? error;
    if (current) entries.push(e === undefined ? current : { ...current, error: e });
    current = undefined;
  };
  text.split('\n').forEach((raw, i) => {
    const l = raw.trimEnd();
    const tag = RIS_TAG.exec(l)?.[1];
    if (tag === 'TY') {
      close(UNTERMINATED);
      current = { line: i + 1, text: l };
    } else if (current) {
      current.text += `\n${l}`;
      if (tag === 'ER') close();
    } else if (l !== '') {
      current = { line: i + 1, text: l, error: 'entry does not start with "TY  -"' };
      if (tag === 'ER') close();
    }
  });
  close(UNTERMINATED);
  return entries;
}
