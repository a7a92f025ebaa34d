/**
 * Text escaping for the XML 1.0 (Fifth Edition) documents written by the GraphML and GEXF
 * serialisers: https://www.w3.org/TR/xml/#charsets and #syntax.
 */

// One pass finds both kinds of trouble: characters to escape and characters XML 1.0 forbids
// (C0 controls other than tab/LF/CR, U+FFFE, U+FFFF, and surrogates not part of a pair).
const SPECIAL =
  // eslint-disable-next-line no-control-regex
  /[&<>"'\t\n\r]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Same class without the global flag, whose stateful lastIndex would break test().
const HAS_SPECIAL = new RegExp(SPECIAL.source);

// Tab, LF and CR are written as character references: literally, a parser would normalise
// them to spaces inside attribute values (and CR to LF everywhere), losing the original text.
const REPLACEMENTS: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/**
 * Escapes `text` for use in XML element content or in a quoted attribute value (either quote),
 * and removes the characters XML 1.0 does not allow at all, which cannot be escaped either.
 */
export function escapeXml(text: string): string {
  if (!HAS_SPECIAL.test(text)) return text;
  return text.replace(SPECIAL, (match) => REPLACEMENTS[match] ?? '');
}
