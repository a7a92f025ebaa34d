/**
 * The check that every named query is sent exactly the parameters it uses: each
 * `$param` in the Cypher text has a value, and no value is sent that the text never
 * reads. A missing one fails at run time only on the path that uses it; an extra one
 * is a filter the caller thinks it applies but the query ignores.
 *
 * The test executors (test/helpers/db.ts) run every query through `recordParams`,
 * so what is checked is what the repositories, loaders and services really send
 * during the integration files; test/setup/params.ts fails a file that sent any
 * query the wrong parameters.
 */

/** The `$names` a Cypher text reads, outside string literals and comments. */
export function paramsUsed(text: string): Set<string> {
  const used = new Set<string>();
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === "'" || c === '"') {
      // A string literal, with backslash escapes: `$` inside it is text, not a parameter.
      for (i += 1; i < text.length && text[i] !== c; i += 1) if (text[i] === '\\') i += 1;
      i += 1;
    } else if (c === '`') {
      i = text.indexOf('`', i + 1) + 1 || text.length;
    } else if (text.startsWith('//', i)) {
      i = text.indexOf('\n', i) + 1 || text.length;
    } else if (text.startsWith('/*', i)) {
      i = text.indexOf('*/', i + 2) + 2 || text.length;
    } else if (c === '$') {
      const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 1))?.[0];
      if (name) used.add(name);
      i += 1 + (name?.length ?? 0);
    } else {
      i += 1;
    }
  }
  return used;
}

/** What is wrong with sending `params` to `text`: one line per missing or unread parameter. */
export function paramProblems(text: string, params: Record<string, unknown>): string[] {
  const used = paramsUsed(text);
  // The driver leaves out a key whose value is undefined: it is not sent.
  const sent = new Set(Object.keys(params).filter((k) => params[k] !== undefined));
  return [
    ...[...used].filter((p) => !sent.has(p)).map((p) => `uses $${p} but is not sent it`),
    ...[...sent].filter((p) => !used.has(p)).map((p) => `is sent ${p} but never reads $${p}`),
  ];
}

const mismatches = new Map<string, string[]>();

/** An Executor `log` hook: records each query whose parameters do not match its text. */
export function recordParams(name: string, text: string, params: Record<string, unknown>): void {
  const problems = paramProblems(text, params);
  if (problems.length > 0 && !mismatches.has(name)) mismatches.set(name, problems);
}

/** Every query of this file, by name, that was sent the wrong parameters. */
export function paramMismatches(): Record<string, string[]> {
  return Object.fromEntries(mismatches);
}
