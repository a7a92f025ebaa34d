/**
 * ESLint rule `layers/no-folder-cycle`: an import from top folder A (src/auth, src/db, …) into
 * top folder B is an error when some file of B (or of a folder B imports from, and so on)
 * imports back into A. It counts every
 * import, `import type` included, because a cycle between folders is a design fault even when
 * the compiler erases it; import-x/no-cycle ignores type-only imports, and it looks at modules,
 * so it cannot see a cycle that passes through two different files of each folder. The layer
 * zones of eslint.config.js forbid such cycles too; this rule also covers a folder that a
 * future change adds without giving it a place in the layer order.
 *
 * The folder graph is built once per lint run by reading the relative import specifiers of
 * every .ts file under the `roots` option (default `['src']`), so it also sees files that the
 * current lint run does not lint.
 */
import fs from 'node:fs';
import path from 'node:path';

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?\sfrom\s+'(\.{1,2}\/[^']+)'/g;

const graphs = new Map();

function walk(dir, out) {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

/**
 * The node of `file` in the folder graph: the top folder under its root that holds it
 * (src/repositories for src/repositories/network/export.ts), except that a file directly in a
 * root (src/config.ts, src/context.ts) is a layer of its own and so a node of its own. Folders
 * inside one top folder belong to one layer and may use each other.
 */
function nodeOf(file, rootDirs) {
  for (const root of rootDirs) {
    const rel = path.relative(root, file);
    if (rel.startsWith('..') || path.isAbsolute(rel)) continue;
    const [top, ...rest] = rel.split(path.sep);
    return rest.length === 0 ? file.replace(/\.[jt]sx?$/, '') : path.join(root, top);
  }
  return path.dirname(file);
}

/** Node → nodes it imports from (other than itself), over every file under `roots`. */
function folderGraph(cwd, roots) {
  const key = `${cwd}|${roots.join(',')}`;
  const cached = graphs.get(key);
  if (cached) return cached;
  const graph = new Map();
  const rootDirs = roots.map((r) => path.resolve(cwd, r));
  for (const root of rootDirs) {
    for (const file of walk(root, [])) {
      const from = nodeOf(file, rootDirs);
      for (const match of fs.readFileSync(file, 'utf8').matchAll(IMPORT)) {
        const to = nodeOf(path.resolve(path.dirname(file), match[1]), rootDirs);
        if (to === from) continue;
        if (!graph.has(from)) graph.set(from, new Set());
        graph.get(from).add(to);
      }
    }
  }
  graphs.set(key, graph);
  return graph;
}

/** One folder path from `start` to `goal` in `graph`, or null. */
function route(graph, start, goal) {
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const at = queue.shift();
    if (at === goal) {
      const steps = [];
      for (let f = goal; f !== null; f = previous.get(f)) steps.unshift(f);
      return steps;
    }
    for (const next of graph.get(at) ?? []) {
      if (!previous.has(next)) {
        previous.set(next, at);
        queue.push(next);
      }
    }
  }
  return null;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'forbid import cycles between folders, type-only imports included' },
    schema: [
      {
        type: 'object',
        properties: { roots: { type: 'array', items: { type: 'string' } } },
        additionalProperties: false,
      },
    ],
    messages: { cycle: 'folder cycle: {{route}} (docs/ARCHITECTURE.md: layers)' },
  },
  create(context) {
    const roots = context.options[0]?.roots ?? ['src'];
    const cwd = context.cwd;
    const rootDirs = roots.map((r) => path.resolve(cwd, r));
    const file = context.physicalFilename;
    const inRoots = rootDirs.some((r) => !path.relative(r, file).startsWith('..'));
    if (!inRoots) return {};
    const here = nodeOf(file, rootDirs);
    function check(node) {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const there = nodeOf(path.resolve(path.dirname(file), spec), rootDirs);
      if (there === here) return;
      const back = route(folderGraph(cwd, roots), there, here);
      if (!back) return;
      const shown = [here, ...back].map((f) => path.relative(cwd, f) || '.').join(' → ');
      context.report({ node: node.source, messageId: 'cycle', data: { route: shown } });
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
    };
  },
};
