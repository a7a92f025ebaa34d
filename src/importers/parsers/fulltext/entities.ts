/**
 * The named character entities a full-text article may use without declaring them.
 * JATS and TEI files are parsed without their DTD (a DTD may point at the network,
 * and its entity declarations are how XXE and billion-laughs attacks work), so a
 * file that writes `&ndash;` relies on the DTD we do not read. This fixed table
 * covers the HTML/ISO entities publishers commonly leave in; any other named
 * entity is refused as a parse error, never looked up anywhere.
 */

const GREEK = [
  'alpha',
  'beta',
  'gamma',
  'delta',
  'epsilon',
  'zeta',
  'eta',
  'theta',
  'iota',
  'kappa',
  'lambda',
  'mu',
  'nu',
  'xi',
  'omicron',
  'pi',
  'rho',
  'sigmaf',
  'sigma',
  'tau',
  'upsilon',
  'phi',
  'chi',
  'psi',
  'omega',
];

function greek(): Record<string, string> {
  const out: Record<string, string> = {};
  GREEK.forEach((name, i) => {
    // α (U+03B1) … ω (U+03C9) in order, final sigma included; the capitals sit
    // 0x20 lower, and U+03A2 (where a capital final sigma would be) is unassigned.
    out[name] = String.fromCodePoint(0x3b1 + i);
    if (name !== 'sigmaf')
      out[name[0]!.toUpperCase() + name.slice(1)] = String.fromCodePoint(0x391 + i);
  });
  return out;
}

/** Entity name → replacement text; the five predefined XML entities included. */
export const NAMED_ENTITIES: Readonly<Record<string, string>> = Object.freeze({
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  thinsp: '\u2009',
  ensp: '\u2002',
  emsp: '\u2003',
  ndash: '\u2013',
  mdash: '\u2014',
  minus: '\u2212',
  hellip: '\u2026',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  laquo: '\u00ab',
  raquo: '\u00bb',
  bull: '\u2022',
  middot: '\u00b7',
  times: '\u00d7',
  divide: '\u00f7',
  plusmn: '\u00b1',
  le: '\u2264',
  ge: '\u2265',
  ne: '\u2260',
  asymp: '\u2248',
  deg: '\u00b0',
  micro: '\u00b5',
  prime: '\u2032',
  Prime: '\u2033',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  sect: '\u00a7',
  para: '\u00b6',
  dagger: '\u2020',
  Dagger: '\u2021',
  larr: '\u2190',
  rarr: '\u2192',
  uarr: '\u2191',
  darr: '\u2193',
  infin: '\u221e',
  sup2: '\u00b2',
  sup3: '\u00b3',
  frac12: '\u00bd',
  frac14: '\u00bc',
  frac34: '\u00be',
  ...greek(),
});
