/**
 * Every repository path the README and docs/ name in backticks exists, so a clone never
 * points its reader at a file it does not contain (issue 12: the old DESIGN.md references).
 * A path is a backticked token whose first segment is a top-level entry of the repository
 * (src/…, test/…, docs/…) or a root file such as `codegen.ts`, or any `*.md` file; a `*` in
 * it must match something, and a trailing `/` names a folder.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TOP = new Set(readdirSync(root).filter((e) => e !== 'node_modules' && e !== '.git'));

const DOCS = [
  'README.md',
  ...readdirSync(path.join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** The repository paths named in backticks in `text`. */
function pathsIn(text: string): string[] {
  const found = new Set<string>();
  for (const [, token] of text.matchAll(/`([^`\s]+)`/g)) {
    const clean = token!.replace(/[.,:;)]+$/, '');
    const first = clean.split('/')[0]!;
    // A Markdown file is always a reference to a document, wherever it claims to be.
    const named = TOP.has(first) && (clean.includes('/') || /\.[a-z]+$/.test(clean));
    if (!named && !clean.endsWith('.md')) continue;
    found.add(clean);
  }
  return [...found];
}

/** Whether `p` (maybe with one `*` per segment) names something in the repository. */
function exists(p: string): boolean {
  const segments = p.replace(/\/$/, '').split('/');
  let dirs = [root];
  for (const segment of segments) {
    const pattern = new RegExp(
      `^${segment.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`,
    );
    dirs = dirs.flatMap((d) => {
      if (!segment.includes('*'))
        return existsSync(path.join(d, segment)) ? [path.join(d, segment)] : [];
      try {
        return readdirSync(d)
          .filter((e) => pattern.test(e))
          .map((e) => path.join(d, e));
      } catch {
        return [];
      }
    });
  }
  return dirs.length > 0;
}

describe('paths named in the docs', () => {
  for (const doc of DOCS) {
    it(`${doc} names only paths that exist`, () => {
      const paths = pathsIn(readFileSync(path.join(root, doc), 'utf8'));
      expect(paths.length).toBeGreaterThan(0);
      expect(paths.filter((p) => !exists(p))).toEqual([]);
    });
  }

  it('recognises a missing path', () => {
    expect(pathsIn('see `src/no-such-file.ts`, `DESIGN.md` and `nodes.csv`')).toEqual([
      'src/no-such-file.ts',
      'DESIGN.md',
    ]);
    expect(exists('DESIGN.md')).toBe(false);
    expect(exists('src/no-such-file.ts')).toBe(false);
    expect(exists('schema/*.graphql')).toBe(true);
    expect(exists('src/db/cypher/')).toBe(true);
  });
});
