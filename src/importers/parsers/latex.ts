/**
 * LaTeX that Citation.js leaves in BibTeX values, as DBLP and JabRef write it:
 * inline math in `\(…\)` (Citation.js reads only `$…$`), `\mbox`/`\text` inside
 * math (`e\(^\mbox2\)EPCs`), `{}^` superscript anchors, and `\aa`/`\AA`, which it
 * does not know. `prepareBibtex` rewrites those into forms Citation.js decodes;
 * `plainText` turns the rich-text tags Citation.js emits (`<sup>`, `<i>`…) into
 * plain readable text, since titles are stored as plain text.
 */

// `\mbox{2}`, `\mbox2`, `\text{th}`, `\textrm{k}`, `\mathrm{\mu}` → the group or character alone.
const TEXT_IN_MATH = /\\(?:mbox|textrm|text|mathrm)(?![A-Za-z])\s*(\{[^{}]*\}|[^\s{}\\])/g;

/** The entry text with LaTeX Citation.js misreads rewritten (braces stay balanced). */
export function prepareBibtex(entry: string): string {
  return entry
    .replace(/\\\(|\\\)/g, '$')
    .replace(TEXT_IN_MATH, (_, group: string) => group.replace(/^\{(.*)\}$/, '$1'))
    .replace(/\{\}(?=[\^_])/g, '')
    .replace(/\\(aa|AA)(?:\{\}|\s+|(?![A-Za-z]))/g, (_, a: string) => `\\r{${a[0]}}`);
}

const SUPERSCRIPT: Record<string, string> = Object.fromEntries(
  [...'0123456789+-=()abcdefghijklmnoprstuvwxyzABDEGHIJKLMNOPRTUVW'].map((c, i) => [
    c,
    [...'⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂ'][i]!,
  ]),
);
const SUBSCRIPT: Record<string, string> = Object.fromEntries(
  [...'0123456789+-=()aehijklmnoprstuvx'].map((c, i) => [
    c,
    [...'₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ'][i]!,
  ]),
);

/** `x` in Unicode super- or subscript characters when each has one, else `^x` / `_x`. */
function script(text: string, table: Record<string, string>, mark: string): string {
  const chars = [...text];
  return chars.every((c) => table[c] !== undefined)
    ? chars.map((c) => table[c]).join('')
    : `${mark}${text}`;
}

/** Citation.js rich text (`<sup>`, `<sub>`, `<i>`, `<b>`, `<sc>`, `<span class="nocase">`) as plain text. */
export function plainText(value: string): string {
  return value
    .replace(/<sup>([^<]*)<\/sup>/g, (_, t: string) => script(t, SUPERSCRIPT, '^'))
    .replace(/<sub>([^<]*)<\/sub>/g, (_, t: string) => script(t, SUBSCRIPT, '_'))
    .replace(/<\/?(?:i|b|sc|span)(?:\s[^>]*)?>/g, '');
}
