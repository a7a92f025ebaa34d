/**
 * A light English suffix stripper for the purpose model (our own, deliberately
 * small): plural -s, -ies, -es, and the verb endings -ing and -ed, so that "used",
 * "uses" and "using" share evidence. Whether the model stems at all is a setting
 * chosen on SciCite dev; the weights file records it.
 */

const cache = new Map<string, string>();

/** The word's stem; words of four letters or fewer are left alone. */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const out = strip(word);
  if (cache.size < 100_000) cache.set(word, out);
  return out;
}

function strip(w: string): string {
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('ing') && w.length > 6) return undouble(w.slice(0, -3));
  if (w.endsWith('ed') && w.length > 5) return undouble(w.slice(0, -2));
  if (w.endsWith('es') && /(?:sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

// "stopped" → "stopp" → "stop"; "added" → "add" stays (double d is the word's own).
function undouble(w: string): string {
  return /([bgmnprt])\1$/.test(w) ? w.slice(0, -1) : w;
}
