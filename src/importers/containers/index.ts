/**
 * What `import` and the bulk load read, from the paths a user names: files,
 * directories (walked recursively), single `.gz` files and `.tar.gz` packages.
 * Each readable unit becomes one ImportSource, so rejects and errors name the
 * file (or `package.tar.gz:member`) they came from. The picking rule is in
 * names.ts; the decompression bounds in limits.ts.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileSource, ImportError, type FormatChoice, type ImportSource } from '../sources.js';
import { gzipSource } from './gzip.js';
import { isGzip, isImportFile, isPackage } from './names.js';
import { packageSources } from './tar.js';

export { detectionName, isImportFile, isPackageMember } from './names.js';
export { MAX_ARCHIVE_BYTES, MAX_SOURCE_BYTES } from './limits.js';

/** The sources of one file: a package's XML members, a gunzipped file, or the file itself. */
async function fileSources(path: string, format: FormatChoice): Promise<ImportSource[]> {
  if (isPackage(path)) return packageSources(path, format);
  if (isGzip(path)) return [gzipSource(path, format)];
  return [fileSource(path, format)];
}

/**
 * The import files under `dir`, depth first in name order so a listing never
 * depends on the file system's order. Links to directories are not followed
 * (a link loop would never end); links to files are read.
 */
async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.')) files.push(...(await walk(path)));
    } else if (isImportFile(entry.name)) {
      if (entry.isFile() || (entry.isSymbolicLink() && (await stat(path)).isFile()))
        files.push(path);
    }
  }
  return files;
}

/**
 * The import sources `paths` name. A path named outright is read whatever its
 * extension (its format is detected from the content); a directory contributes
 * the import files under it. A directory with none is an error, as is a package
 * without XML: either is more likely a wrong path than an intended no-op.
 */
export async function expandInputs(
  paths: readonly string[],
  format: FormatChoice,
): Promise<ImportSource[]> {
  const sources: ImportSource[] = [];
  for (const path of paths) {
    const isDir = await stat(path).then(
      (s) => s.isDirectory(),
      () => false, // a missing file fails when read, with the message every import gives
    );
    if (!isDir) {
      sources.push(...(await fileSources(path, format)));
      continue;
    }
    const files = await walk(path).catch((err: unknown) => {
      throw new ImportError(path, 'read', `${path}: cannot list the directory (${String(err)})`, {
        cause: err,
      });
    });
    if (files.length === 0)
      throw new ImportError(
        path,
        'read',
        `${path}: the directory holds no import file (.nxml, .xml, .json, .jsonl, .ndjson, .bib, .ris, .csv, each also as .gz, or .tar.gz/.tgz packages)`,
      );
    for (const file of files) sources.push(...(await fileSources(file, format)));
  }
  return sources;
}
