/**
 * Which files an import picks up when it walks a directory or opens a package,
 * decided by name alone so a listing is cheap and the rule is easy to state
 * (README, "Import"): a file named on the command line is always read; inside
 * a directory, only the extensions below; inside a `.tar.gz`, only XML.
 */

/** Extensions of the formats `import` reads, each also accepted gzipped (`.gz` after it). */
const READABLE = ['.nxml', '.xml', '.json', '.jsonl', '.ndjson', '.bib', '.ris', '.csv'];

/** True for a package: a gzipped tar, as PMC's open-access service ships articles. */
export function isPackage(name: string): boolean {
  return /\.(tar\.gz|tgz)$/i.test(name);
}

/** True for a single gzipped file (not a package). */
export function isGzip(name: string): boolean {
  return /\.gz$/i.test(name) && !isPackage(name);
}

/** Hidden files (`.DS_Store`, macOS `._` forks) are never import files. */
function isHidden(base: string): boolean {
  return base.startsWith('.');
}

function baseName(path: string): string {
  return path.split(/[/\\]/).pop() ?? path;
}

/** True when a directory walk should read the file `name`. */
export function isImportFile(name: string): boolean {
  const base = baseName(name);
  if (isHidden(base)) return false;
  if (isPackage(base)) return true;
  const lower = base.toLowerCase().replace(/\.gz$/, '');
  return READABLE.some((ext) => lower.endsWith(ext));
}

/** True for a package member the import reads: the article's XML, not its figures or PDF. */
export function isPackageMember(name: string): boolean {
  const base = baseName(name);
  return !isHidden(base) && /\.(nxml|xml)$/i.test(base);
}

/**
 * The name format detection sees: a `.gz` file's name without `.gz`, so
 * `refs.bib.gz` is recognised as BibTeX by its name as `refs.bib` is.
 */
export function detectionName(name: string): string {
  return name.replace(/\.gz$/i, '');
}
