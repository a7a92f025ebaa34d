/**
 * The production build: every TypeScript file of src/ and seed/ transpiled one to one
 * (esbuild, no bundling, no type check: `npm run typecheck` is the check) into dist/,
 * which mirrors the repository so that paths relative to a module stay true: dist/src and
 * dist/seed hold the JavaScript and the non-TypeScript assets (web pages, model weights),
 * and dist/schema, dist/launcher and dist/package.json stand for the root's own (links,
 * and a copy), so `new URL('../../schema', import.meta.url)` finds the same files.
 *
 *   npm run build            build when stale (rm -rf dist to force)
 *   import { ensureBuilt }   build only when dist/ is missing or older than a source
 *
 * Why: the service runs as compiled JavaScript, not through tsx's loader and its
 * source-map stack formatting. A build takes about a second, so `npm start` on a fresh
 * clone builds on its own. A lock file keeps two starting processes from building at once.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
  openSync,
  closeSync,
} from 'node:fs';
import { performance } from 'node:perf_hooks';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const STAMP = join(DIST, '.built');
const LOCK = join(ROOT, '.dist.lock');
/** Folders compiled into dist/ (seed/ because the server seeds an empty database). */
const SOURCES = ['src', 'seed'];
/** Root entries that modules reach by relative paths; linked into dist/. */
const LINKED = ['schema', 'launcher'];

/** Every file under `dir`, recursively. */
function files(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? e.path, e.name));
}

/**
 * Newest modification time among the sources, their folders (a deleted or renamed file
 * changes its folder's), package.json and this script.
 */
function newestSource() {
  let newest = Math.max(
    statSync(join(ROOT, 'package.json')).mtimeMs,
    statSync(fileURLToPath(import.meta.url)).mtimeMs,
  );
  for (const dir of SOURCES) {
    const root = join(ROOT, dir);
    newest = Math.max(newest, statSync(root).mtimeMs);
    for (const e of readdirSync(root, { withFileTypes: true, recursive: true })) {
      newest = Math.max(newest, statSync(join(e.parentPath ?? e.path, e.name)).mtimeMs);
    }
  }
  return newest;
}

/** True when dist/ is missing or older than any source. */
export function isStale() {
  return !existsSync(STAMP) || statSync(STAMP).mtimeMs < newestSource();
}

/** Builds dist/ from scratch; resolves with the number of modules written. */
export async function build() {
  const { build: esbuild } = await import('esbuild');
  rmSync(DIST, { recursive: true, force: true });
  const all = SOURCES.flatMap((dir) => files(join(ROOT, dir)));
  const modules = all.filter((f) => f.endsWith('.ts'));
  await esbuild({
    entryPoints: modules,
    outdir: DIST,
    outbase: ROOT,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  for (const f of all.filter((f) => !f.endsWith('.ts'))) {
    const to = join(DIST, relative(ROOT, f));
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(f, to);
  }
  for (const name of LINKED) symlinkSync(join('..', name), join(DIST, name));
  copyFileSync(join(ROOT, 'package.json'), join(DIST, 'package.json'));
  writeFileSync(STAMP, new Date().toISOString());
  return modules.length;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Builds dist/ when it is stale, holding a lock so that concurrent starts build once:
 * a process that finds the lock taken waits for it (a lock older than a minute is a
 * crashed build's and is taken over), then checks again.
 */
export async function ensureBuilt(log = () => {}) {
  for (;;) {
    if (!isStale()) return;
    let fd;
    try {
      fd = openSync(LOCK, 'wx');
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      if (Date.now() - statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs > 60_000) {
        rmSync(LOCK, { force: true });
      } else await sleep(100);
      continue;
    }
    try {
      if (isStale()) {
        const started = performance.now();
        const n = await build();
        log(`built dist/ (${n} modules) in ${Math.round(performance.now() - started)} ms`);
      }
      return;
    } finally {
      closeSync(fd);
      rmSync(LOCK, { force: true });
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await ensureBuilt((line) => console.error(`[build] ${line}`)).catch((error) => {
    console.error(`[build] failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
