/**
 * Bounds on what a compressed input may decompress to. A `.gz` or `.tar.gz`
 * is read whole into memory before parsing, so a small file that inflates to
 * gigabytes (a decompression bomb, or a corrupt archive) must stop the import
 * with a clear error instead of exhausting memory.
 */

/** Largest text one import source may decompress to (a `.gz` file, or one XML member of a package). */
export const MAX_SOURCE_BYTES = 256 * 1024 * 1024;

/**
 * Largest total a `.tar.gz` may decompress to, members that are skipped
 * included (they are decompressed to be passed over). A PMC OA package with
 * its figures, PDF and supplements is tens of megabytes.
 */
export const MAX_ARCHIVE_BYTES = 2 * 1024 * 1024 * 1024;

/** A byte count for messages: whole mebibytes, or bytes below one. */
export const mib = (bytes: number): string =>
  bytes < 1024 * 1024 ? `${bytes} bytes` : `${Math.round(bytes / (1024 * 1024))} MiB`;
