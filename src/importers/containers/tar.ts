/**
 * `.tar.gz` packages as PubMed Central's open-access service ships them: a
 * folder holding the article's `.nxml` with its figures, PDF and supplements.
 * Only XML members are read (listMembers); each becomes its own import
 * source named `package.tar.gz:folder/article.nxml`, so a reject or a parse
 * error names the member. Nothing is extracted to disk, so member paths (`../`,
 * links) are only ever names.
 */
import { createReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { extract, type Extract } from 'tar-stream';
import { ImportError, type FormatChoice, type ImportSource } from '../sources.js';
import { collectBounded, readFailure } from './gzip.js';
import { MAX_ARCHIVE_BYTES, MAX_SOURCE_BYTES, mib } from './limits.js';
import { isPackageMember } from './names.js';

/** A member as the extractor yields it (tar-stream does not export the type). */
type Entry = Extract extends AsyncIterable<infer E> ? E : never;

/** A member's name without a leading `./`, as listed and matched. */
const memberName = (entry: Entry) => entry.header.name.replace(/^(\.\/)+/, '');

const isFile = (entry: Entry) =>
  entry.header.type === 'file' || entry.header.type === 'contiguous-file';

/** Counts decompressed bytes and fails the stream once they pass MAX_ARCHIVE_BYTES. */
function archiveBound(path: string): Transform {
  let total = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      total += chunk.length;
      if (total > MAX_ARCHIVE_BYTES)
        done(
          new ImportError(
            path,
            'read',
            `${path}: decompresses to more than ${mib(MAX_ARCHIVE_BYTES)}, the limit for one package`,
          ),
        );
      else done(null, chunk);
    },
  });
}

/**
 * Walks the members of package `path` in order; `visit` reads or skips each and
 * returns true to stop early. Fails with an ImportError (stage read) naming the
 * package when it is not a gzipped tar, is truncated, or passes the bounds.
 */
async function scan(path: string, visit: (entry: Entry) => Promise<boolean>): Promise<void> {
  const tar = extract();
  const piping = pipeline(createReadStream(path), createGunzip(), archiveBound(path), tar);
  let stopped = false;
  let failure: unknown;
  try {
    for await (const entry of tar) {
      if (await visit(entry)) {
        stopped = true;
        break;
      }
      entry.resume();
    }
  } catch (err) {
    failure = err;
  }
  try {
    await piping;
  } catch (err) {
    // Stopping early destroys the extractor: the pipeline's premature close is expected then.
    if (!stopped) failure ??= err;
  }
  if (failure !== undefined) throw readFailure(path, failure);
}

/**
 * The members of package `path` to read, in archive order: its `.nxml` files
 * (PMC's article), or, in a package without one, its `.xml` files. A PMC
 * package's other XML is supplementary material, not an article to parse.
 */
async function listMembers(path: string): Promise<string[]> {
  const names: string[] = [];
  await scan(path, async (entry) => {
    if (isFile(entry) && isPackageMember(memberName(entry))) names.push(memberName(entry));
    return false;
  });
  const nxml = names.filter((n) => /\.nxml$/i.test(n));
  return nxml.length > 0 ? nxml : names;
}

/** The text of member `member` of package `path`. */
async function readMember(path: string, member: string): Promise<string> {
  const name = `${path}:${member}`;
  let text: string | undefined;
  await scan(path, async (entry) => {
    if (!isFile(entry) || memberName(entry) !== member) return false;
    text = (await collectBounded(entry as AsyncIterable<Buffer>, MAX_SOURCE_BYTES, name)).toString(
      'utf8',
    );
    return true;
  });
  if (text === undefined)
    throw new ImportError(name, 'read', `${name}: the package no longer holds this member`);
  return text;
}

/**
 * One import source per XML member of package `path`. The package is read
 * once to list its members and again for each member read, so no member is
 * held in memory before the import asks for it.
 */
export async function packageSources(path: string, format: FormatChoice): Promise<ImportSource[]> {
  const members = await listMembers(path);
  if (members.length === 0)
    throw new ImportError(path, 'read', `${path}: the package holds no .nxml or .xml file`);
  return members.map((member) => ({
    name: `${path}:${member}`,
    format,
    read: () => readMember(path, member),
  }));
}
