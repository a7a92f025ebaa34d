/**
 * Reading compressed bytes with a bound: every gunzip in the import goes
 * through `inflateBounded`, so no input can decompress past the limits of
 * limits.ts, and a single `.gz` file becomes one import source.
 */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { ImportError, type FormatChoice, type ImportSource } from '../sources.js';
import { MAX_SOURCE_BYTES, mib } from './limits.js';

/** Why reading `path` failed, as the message of an ImportError at stage read. */
export function readFailure(path: string, err: unknown): ImportError {
  if (err instanceof ImportError) return err;
  const e = err as NodeJS.ErrnoException;
  const why =
    e.code === 'ENOENT'
      ? 'no such file'
      : e.code === 'EISDIR'
        ? 'is a directory'
        : e.code === 'Z_DATA_ERROR' || e.code === 'Z_BUF_ERROR'
          ? `not valid gzip data: ${e.message}`
          : (e.message ?? String(err));
  return new ImportError(path, 'read', `${path}: cannot read the file (${why})`, { cause: err });
}

/** Collects a stream's bytes, failing once they pass `max` (named `what` in the message). */
export async function collectBounded(
  chunks: AsyncIterable<Buffer>,
  max: number,
  name: string,
): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.length;
    if (size > max)
      throw new ImportError(
        name,
        'read',
        `${name}: decompresses to more than ${mib(max)}, the limit for one import source`,
      );
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}

/** A gzipped file on disk (`refs.bib.gz`, `article.nxml.gz`): one source, named by its path. */
export function gzipSource(path: string, format: FormatChoice): ImportSource {
  return {
    name: path,
    format,
    async read() {
      const input = createReadStream(path);
      const gunzip = createGunzip();
      input.on('error', (err) => gunzip.destroy(err));
      try {
        const bytes = await collectBounded(input.pipe(gunzip), MAX_SOURCE_BYTES, path);
        return bytes.toString('utf8');
      } catch (err) {
        throw readFailure(path, err);
      } finally {
        input.destroy();
        gunzip.destroy();
      }
    },
  };
}
