/**
 * The import's input containers (src/importers/containers): which files a
 * directory walk picks, what a PMC-style `.tar.gz` package yields (its `.nxml`,
 * named package:member), and the clear read errors for a package that is not
 * gzip, is cut short or holds no article, an empty directory, and a source
 * that decompresses past its bound. Inputs are built in a temp directory.
 */
import {
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip, gzipSync } from 'node:zlib';
import { pack } from 'tar-stream';
import { describe, expect, it } from 'vitest';
import { detectionName, expandInputs } from '../../../src/importers/containers/index.js';
import { collectBounded } from '../../../src/importers/containers/gzip.js';
import { ImportError } from '../../../src/importers/sources.js';

const WORK = mkdtempSync(join(tmpdir(), 'eg-containers-'));

async function writePackage(path: string, members: Record<string, string>) {
  const p = pack();
  for (const [name, content] of Object.entries(members)) p.entry({ name }, content);
  p.finalize();
  await pipeline(p, createGzip(), createWriteStream(path));
}

async function readAll(paths: string[]) {
  const sources = await expandInputs(paths, 'auto');
  return Promise.all(sources.map(async (s) => [s.name.slice(WORK.length + 1), await s.read()]));
}

async function readError(paths: string[]): Promise<ImportError> {
  try {
    await Promise.all((await expandInputs(paths, 'auto')).map((s) => s.read()));
  } catch (err) {
    expect(err).toBeInstanceOf(ImportError);
    return err as ImportError;
  }
  throw new Error('expected an ImportError');
}

describe('import inputs', () => {
  it('walks a directory in name order, picking import files and skipping the rest', async () => {
    const dir = join(WORK, 'tree');
    mkdirSync(join(dir, 'b', '.git'), { recursive: true });
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'b', 'z.tei.xml'), '<TEI/>');
    writeFileSync(join(dir, 'b', 'refs.bib.gz'), gzipSync('@article{x, title={T}}'));
    writeFileSync(join(dir, 'b', '.git', 'config.xml'), 'hidden folder');
    writeFileSync(join(dir, 'a', 'one.nxml'), '<article/>');
    writeFileSync(join(dir, 'a', 'notes.txt'), 'not an import file');
    writeFileSync(join(dir, 'a', 'figure.jpg'), 'not an import file');
    writeFileSync(join(dir, '.DS_Store.xml'), 'hidden file');
    await writePackage(join(dir, 'a', 'PMC1.tgz'), {
      'PMC1/article.nxml': '<article>packaged</article>',
      'PMC1/supplement.xml': '<data/>',
      'PMC1/figure.gif': 'GIF89a',
    });
    // A link back to the top would loop if links to directories were followed.
    symlinkSync(dir, join(dir, 'b', 'loop'));
    expect(await readAll([dir])).toEqual([
      ['tree/a/PMC1.tgz:PMC1/article.nxml', '<article>packaged</article>'],
      ['tree/a/one.nxml', '<article/>'],
      ['tree/b/refs.bib.gz', '@article{x, title={T}}'],
      ['tree/b/z.tei.xml', '<TEI/>'],
    ]);
  });

  it('reads a package without .nxml by its .xml members, each a source of its own', async () => {
    const path = join(WORK, 'grobid.tar.gz');
    await writePackage(path, {
      './out/a.tei.xml': '<TEI>a</TEI>',
      'out/b.tei.xml': '<TEI>b</TEI>',
    });
    expect(await readAll([path])).toEqual([
      ['grobid.tar.gz:out/a.tei.xml', '<TEI>a</TEI>'],
      ['grobid.tar.gz:out/b.tei.xml', '<TEI>b</TEI>'],
    ]);
  });

  it('names the file and the reason when a container cannot be read', async () => {
    const notGzip = join(WORK, 'fake.tar.gz');
    writeFileSync(notGzip, 'plain text');
    expect((await readError([notGzip])).message).toBe(
      `${notGzip}: cannot read the file (not valid gzip data: incorrect header check)`,
    );
    const cut = join(WORK, 'cut.tar.gz');
    const whole = join(WORK, 'whole.tar.gz');
    await writePackage(whole, { 'P/article.nxml': 'fixture '.repeat(20_000) });
    const bytes = readFileSync(whole);
    writeFileSync(cut, bytes.subarray(0, bytes.length / 2));
    const cutError = await readError([cut]);
    expect(cutError.stage).toBe('read');
    expect(cutError.message).toMatch(new RegExp(`^${cut}: cannot read the file`));
    const figures = join(WORK, 'figures.tar.gz');
    await writePackage(figures, { 'P/fig.jpg': 'jpeg' });
    expect((await readError([figures])).message).toBe(
      `${figures}: the package holds no .nxml or .xml file`,
    );
    const empty = join(WORK, 'empty');
    mkdirSync(empty);
    expect((await readError([empty])).message).toMatch(
      new RegExp(`^${empty}: the directory holds no import file`),
    );
    const missing = join(WORK, 'missing.nxml.gz');
    expect((await readError([missing])).message).toBe(
      `${missing}: cannot read the file (no such file)`,
    );
  });

  it('stops a source that decompresses past its bound', async () => {
    async function* chunks() {
      for (let i = 0; i < 5; i++) yield Buffer.alloc(1000);
    }
    const err = await collectBounded(chunks(), 4_500, 'bomb.nxml.gz').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).message).toBe(
      'bomb.nxml.gz: decompresses to more than 4500 bytes, the limit for one import source',
    );
    expect((await collectBounded(chunks(), 5_000, 'ok')).length).toBe(5_000);
  });

  it('detects the format of a .gz file by the name inside it', () => {
    expect(detectionName('refs.bib.gz')).toBe('refs.bib');
    expect(detectionName('pkg.tar.gz:PMC1/article.nxml')).toBe('pkg.tar.gz:PMC1/article.nxml');
  });
});
